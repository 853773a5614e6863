import { memo, useMemo } from 'react';
import katex from 'katex';
import 'katex/dist/katex.min.css';

interface Props {
  /** KaTeX source. */
  tex: string;
  display?: boolean;
  className?: string;
}

const cache = new Map<string, { html: string } | { error: string }>();

function render(tex: string, display: boolean) {
  const key = `${display ? 'D' : 'I'}${tex}`;
  let entry = cache.get(key);
  if (!entry) {
    try {
      entry = { html: katex.renderToString(tex, { displayMode: display, throwOnError: true, output: 'htmlAndMathml', strict: 'ignore' }) };
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
