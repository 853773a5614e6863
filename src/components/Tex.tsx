import { memo, useMemo } from 'react';
import katex from 'katex';
import { polishMathml } from './mathml';
import './tex.css';

interface Props {
  /** KaTeX source. */
  tex: string;
  display?: boolean;
  className?: string;
}

/**
 * MathML only: the browser typesets it with a system math font, so no KaTeX stylesheet, no font
 * files and no inline style attributes are needed, and a strict Content-Security-Policy holds.
 * `trust: false` keeps \href, \url and \html… out; the limits bound what one formula may cost
 * (`maxExpand`: macro expansions; `maxSize`: any user-specified size, in em).
 */
export const TEX_OPTIONS = {
  output: 'mathml',
  throwOnError: true,
  strict: 'ignore',
  trust: false,
  maxExpand: 200,
  maxSize: 20,
} as const satisfies katex.KatexOptions;

const cache = new Map<string, { html: string } | { error: string }>();

function render(tex: string, display: boolean) {
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

/** A formula rendered with KaTeX (memoized); a parse error shows in place instead of crashing the panel. */
export const Tex = memo(function Tex({ tex, display = false, className }: Props) {
  const entry = useMemo(() => render(tex, display), [tex, display]);
  if ('error' in entry) {
    return (
      <code className="tex-error" title={entry.error}>
        {tex}
      </code>
    );
  }
  const Tag = display ? 'div' : 'span';
  return <Tag className={className ?? (display ? 'tex tex-display' : 'tex')} dangerouslySetInnerHTML={{ __html: entry.html }} />;
});
