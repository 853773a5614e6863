import { parseLogits, stillTyping } from '../softmax/parseLogits';
import { MAX_CLASSES, MIN_CLASSES } from './definition';

/*
 * The outputs field's text, read with the logits field's parser (one number reader for the whole
 * app, src/state/numberText), then checked as outputs: each a probability, 2 to 10 of them.
 */

export type OutputsErrorKind = 'empty' | 'empty-entry' | 'bad-character' | 'incomplete' | 'not-probability' | 'too-few' | 'too-many';

export interface OutputsError {
  kind: OutputsErrorKind;
  entry: number;
  token: string;
  char: string;
}

export type OutputsReading = { ok: true; values: number[] } | { ok: false; error: OutputsError; unfinished: boolean };

/** Reads outputs typed by a visitor: "0.1, 0.05, 0.6", "[0.5 0.5]", full-width forms included. Never throws. */
export function readOutputs(text: string): OutputsReading {
  const parsed = parseLogits(text);
  if (!parsed.ok) {
    const { kind, entry, token, char } = parsed.error;
    const mapped: OutputsErrorKind = kind === 'too-many' ? 'too-many' : kind === 'not-finite' || kind === 'out-of-range' ? 'not-probability' : kind;
    return { ok: false, error: { kind: mapped, entry, token, char }, unfinished: stillTyping(text, parsed.error) || kind === 'empty' };
  }
  const { values } = parsed;
  const outside = values.findIndex((v) => !(v >= 0 && v <= 1));
  if (outside >= 0) return { ok: false, error: { kind: 'not-probability', entry: outside + 1, token: String(values[outside]), char: '' }, unfinished: false };
  if (values.length < MIN_CLASSES) return { ok: false, error: { kind: 'too-few', entry: 0, token: '', char: '' }, unfinished: true };
  if (values.length > MAX_CLASSES) return { ok: false, error: { kind: 'too-many', entry: 0, token: '', char: '' }, unfinished: false };
  return { ok: true, values };
}

/** The text the field shows for outputs: readOutputs(formatOutputs(v)) gives v back. */
export function formatOutputs(values: readonly number[]): string {
  return values.map(String).join(', ');
}

/** Same outputs, entry by entry. */
export function sameOutputs(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((v, i) => Object.is(v, b[i]));
}
