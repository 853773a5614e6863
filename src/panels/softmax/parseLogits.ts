import { clipText, firstBadIndex, readNumber, toHalfWidth } from '../../state/numberText';

/**
 * Reads a logits vector typed or pasted by a visitor: numbers separated by commas and/or whitespace,
 * decimal or scientific notation ("1e3", "-2.5E-1"), optionally wrapped in one pair of brackets
 * ("[1, 2, 3]" pasted from Python). Pure and total: it never throws, and on failure it says which
 * entry and which character is wrong so the field can point at it.
 */

/** Most entries a vector may have (sliders are shown for up to MAX_SLIDER_ENTRIES of them). */
export const MAX_LOGITS = 50;
/** Most entries that get one slider each. */
export const MAX_SLIDER_ENTRIES = 10;
/** Largest |logit| accepted: far past both overflow thresholds, and finite even in float32. */
export const MAX_ABS_LOGIT = 1e6;
/**
 * MAX_ABS_LOGIT as the field's hint writes it ("1,000,000"), grouped here rather than with
 * `toLocaleString`: the page's first Intl call loads the browser's number-format data, 10–20 ms on a
 * fast machine, inside the softmax panel's hydration.
 */
export const MAX_ABS_LOGIT_TEXT = String(MAX_ABS_LOGIT).replace(/\B(?=(\d{3})+$)/g, ',');

export type LogitsErrorKind =
  | 'empty' // nothing but separators
  | 'empty-entry' // two commas with nothing between ("1,,2") or a leading comma
  | 'bad-character' // a character that cannot continue a number ("abc", "1x", "NaN")
  | 'incomplete' // the number stops half-way ("1e", "-", ".")
  | 'not-finite' // a valid spelling whose value is beyond float64 ("1e400")
  | 'out-of-range' // finite but |x| > MAX_ABS_LOGIT
  | 'too-many'; // more than MAX_LOGITS entries

export interface LogitsError {
  kind: LogitsErrorKind;
  /** 1-based index of the offending entry (0 for 'empty'). */
  entry: number;
  /** 1-based character position in the whole text (0 for 'empty' and 'too-many'). */
  column: number;
  /** The offending entry's text, clipped to 24 characters (show as text, never as markup). */
  token: string;
  /** The offending character, for 'bad-character'. */
  char: string;
}

export type ParseLogitsResult = { ok: true; values: number[] } | { ok: false; error: LogitsError };

const isSpace = (c: string) => /\s/.test(c);
/** Commas, including the full-width Chinese comma and the ideographic comma. */
const COMMAS = new Set([',', '\uFF0C', '\u3001']);

/** Removes one pair of enclosing brackets, keeping character positions: returns [start, end) of the inside. */
function innerRange(text: string): [number, number] {
  let start = 0;
  let end = text.length;
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  const pairs: Record<string, string> = { '[': ']', '(': ')', '{': '}' };
  if (end - start >= 2 && pairs[text[start]] === text[end - 1]) return [start + 1, end - 1];
  return [start, end];
}

/** Parses a logits list; see the module comment. Never throws. */
export function parseLogits(text: string): ParseLogitsResult {
  const fail = (kind: LogitsErrorKind, entry: number, column: number, token = '', char = ''): ParseLogitsResult => ({
    ok: false,
    error: { kind, entry, column, token: clipText(token, 24), char },
  });
  if (typeof text !== 'string') return fail('empty', 0, 0);
  // "１，２，３" from a Chinese input method reads as "1,2,3". One character for one, so positions
  // found in the read text quote the typed text (`typed`) in messages.
  const typed = text;
  text = toHalfWidth(text);
  const [start, end] = innerRange(text);
  const values: number[] = [];
  let i = start;
  // After a comma an entry is required (except at the very end: "1, 2," is read as [1, 2]).
  let expectEntryAfterComma = false;
  while (i < end) {
    const c = text[i];
    if (isSpace(c)) { i++; continue; }
    if (COMMAS.has(c)) {
      if (expectEntryAfterComma || values.length === 0) return fail('empty-entry', values.length + 1, i + 1);
      expectEntryAfterComma = true;
      i++;
      continue;
    }
    // A token runs to the next separator.
    let j = i;
    while (j < end && !isSpace(text[j]) && !COMMAS.has(text[j])) j++;
    const token = text.slice(i, j);
    const shown = typed.slice(i, j);
    const entry = values.length + 1;
    if (entry > MAX_LOGITS) return fail('too-many', entry, 0, shown);
    const value = readNumber(token);
    if (value === null) {
      // Not a number: say where it goes wrong, or that it stops half-way.
      const bad = firstBadIndex(token);
      if (bad < token.length) return fail('bad-character', entry, i + bad + 1, shown, shown[bad]);
      return fail('incomplete', entry, j, shown);
    }
    if (!Number.isFinite(value)) return fail('not-finite', entry, i + 1, shown);
    if (Math.abs(value) > MAX_ABS_LOGIT) return fail('out-of-range', entry, i + 1, shown);
    values.push(Object.is(value, -0) ? 0 : value);
    expectEntryAfterComma = false;
    i = j;
  }
  if (values.length === 0) return fail('empty', 0, 0);
  return { ok: true, values };
}

/**
 * The error is only that the last entry is unfinished ("1, -", "[3, 1, 1e-]"): the visitor may still
 * be typing it, so it is not flagged until the field is left.
 */
export function stillTyping(text: string, error: LogitsError): boolean {
  return error.kind === 'incomplete' && /^[\s\])]*$/.test(toHalfWidth(text).slice(error.column));
}

/** The text the field shows for a vector: parseLogits(formatLogits(v)) gives v back exactly. */
export function formatLogits(values: readonly number[]): string {
  return values.map((v) => String(v)).join(', ');
}
