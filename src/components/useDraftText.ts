import { useState } from 'react';

/** What a draft's text says: a value, or why not, and whether typing on could still make it one ("1e", "3, 1, -"). */
export type DraftReading<T, E> = { ok: true; value: T } | { ok: false; error: E; unfinished: boolean };

interface DraftOptions<T, E> {
  /** The value in use (the store's). */
  value: T;
  /** The text shown for a value. */
  format: (value: T) => string;
  /** Reads the text (through src/state/numberText, where text becomes numbers). */
  read: (text: string) => DraftReading<T, E>;
  /** Two values are the same (no write needed; the text need not follow). */
  same: (a: T, b: T) => boolean;
  onChange: (value: T) => void;
}

export interface Draft<E> {
  /** The text as the visitor typed it. */
  text: string;
  /** Why the text is not used, or null (also while an unfinished number is still being typed). */
  error: E | null;
  /** The visitor typed: a readable text is applied at once; an unfinished one waits; anything else is flagged. */
  type: (text: string) => void;
  /** The visitor is done (left the field, pressed Enter): unfinished text is now an error; readable text is shown in its plain form. */
  finish: () => void;
}

/**
 * Text the visitor is still typing, for a number box or the logits field: invalid text stays for
 * editing with its reason and is never applied (the value in use stays), and the text follows
 * changes made elsewhere (a slider, a preset, a link) unless it already says the same.
 */
export function useDraftText<T, E>({ value, format, read, same, onChange }: DraftOptions<T, E>): Draft<E> {
  const [text, setText] = useState(() => format(value));
  const [error, setError] = useState<E | null>(null);
  // Follow outside changes during render; text that already means the new value stays as typed ("１．５" for 1.5).
  const [shown, setShown] = useState(value);
  if (!Object.is(shown, value)) {
    setShown(value);
    const reading = read(text);
    if (!(reading.ok && same(reading.value, value))) setText(format(value));
    setError(null);
  }
  const apply = (next: string, typing: boolean) => {
    const reading = read(next);
    if (reading.ok) {
      setError(null);
      if (!same(reading.value, value)) onChange(reading.value);
    } else {
      setError(typing && reading.unfinished ? null : reading.error);
    }
  };
  return {
    text,
    error,
    type: (next) => {
      setText(next);
      apply(next, true);
    },
    finish: () => {
      if (error !== null) return; // already says what is wrong
      if (read(text).ok) setText(format(value));
      else apply(text, false);
    },
  };
}
