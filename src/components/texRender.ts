/**
 * KaTeX itself (the app's largest chunk, about 75 KB gzip): imported only through `loadTex()` in
 * Tex.tsx, when a formula comes near the viewport or has to change, never with the first view.
 */
import katex from 'katex';
import { polishMathml } from './mathml';
import { TEX_OPTIONS } from './texOptions';

export type TexEntry = { html: string } | { error: string };

const cache = new Map<string, TexEntry>();

/** A formula's MathML (memoized), or KaTeX's parse error. */
export function renderTex(tex: string, display: boolean): TexEntry {
  const key = `${display ? 'D' : 'I'}${tex}`;
  let entry = cache.get(key);
  if (!entry) {
    try {
      const mathml = polishMathml(katex.renderToString(tex, { ...TEX_OPTIONS, displayMode: display }));
      // KaTeX's own wrapper for display formulas, which the panels' styles address.
      entry = { html: display ? `<span class="katex-display">${mathml}</span>` : mathml };
    } catch (error) {
      entry = { error: error instanceof Error ? error.message : String(error) };
    }
    if (cache.size > 500) cache.clear();
    cache.set(key, entry);
  }
  return entry;
}
