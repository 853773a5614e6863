import { Fragment } from 'react';
import { Term } from './Term';
import { isTermId } from './strings';

/** `[[term-id|the words shown]]` in a string: a glossary term. */
const TERM_MARK = /\[\[([a-z0-9-]+)\|([^\]|]+)\]\]/g;

/** A text split into plain parts and glossary terms (`words` as written, `term` when it is one). */
export function parseRichText(text: string): { words: string; term?: string }[] {
  const parts: { words: string; term?: string }[] = [];
  let last = 0;
  for (const match of text.matchAll(TERM_MARK)) {
    if (match.index > last) parts.push({ words: text.slice(last, match.index) });
    parts.push({ words: match[2], term: match[1] });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ words: text.slice(last) });
  return parts;
}

/** The same text without the marks, as a reader sees it (for titles and plain-text uses). */
export function plainText(text: string): string {
  return parseRichText(text)
    .map((part) => part.words)
    .join('');
}

/** A string from a strings table with its `[[id|words]]` glossary terms as Term buttons; an unknown id is plain text. */
export function RichText({ text }: { text: string }) {
  return (
    <>
      {parseRichText(text).map((part, i) =>
        part.term !== undefined && isTermId(part.term) ? (
          <Term key={i} id={part.term}>
            {part.words}
          </Term>
        ) : (
          <Fragment key={i}>{part.words}</Fragment>
        ),
      )}
    </>
  );
}
