/*
 * How people write numbers, shared by every place that reads one: the number boxes, the logits
 * field and links. Pure; no DOM.
 */

/** What Chinese punctuation mode types for ". [ ]" and the space bar's full-width space. */
const CJK_PUNCTUATION: Record<string, string> = { '\u3000': ' ', '\u3002': '.', '\u3010': '[', '\u3011': ']' };

/**
 * Full-width forms as a Chinese or Japanese input method types them ("１２．５", "－３", "，", the
 * ideographic space, and "。【】" for ". [ ]" in Chinese punctuation mode) read as their ASCII
 * counterparts. One character for one, so positions in the text still point at the same characters.
 */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E\u3000\u3002\u3010\u3011]/g, (c) => CJK_PUNCTUATION[c] ?? String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

const isDigit = (c: string) => c >= '0' && c <= '9';
const MINUS_SIGNS = new Set(['-', '\u2212']); // ASCII hyphen-minus and the "−" this app displays

/**
 * Checks one token against [sign] digits [. digits] [e [sign] digits] with a small state machine,
 * returning the index of the first character that cannot belong, or token.length if the number is
 * merely unfinished, or -1 if it is complete.
 */
export function firstBadIndex(token: string): number {
  type State = 'start' | 'sign' | 'int' | 'dot' | 'frac' | 'e' | 'expSign' | 'exp';
  let state: State = 'start';
  let sawDigit = false;
  for (let i = 0; i < token.length; i++) {
    const c = token[i];
    const sign = c === '+' || MINUS_SIGNS.has(c);
    const e = c === 'e' || c === 'E';
    switch (state) {
      case 'start':
        if (sign) state = 'sign';
        else if (isDigit(c)) { state = 'int'; sawDigit = true; }
        else if (c === '.') state = 'dot';
        else return i;
        break;
      case 'sign':
        if (isDigit(c)) { state = 'int'; sawDigit = true; }
        else if (c === '.') state = 'dot';
        else return i;
        break;
      case 'int':
        if (isDigit(c)) break;
        if (c === '.') state = 'dot';
        else if (e) state = 'e';
        else return i;
        break;
      case 'dot':
      case 'frac':
        if (isDigit(c)) { state = 'frac'; sawDigit = true; }
        else if (e && sawDigit) state = 'e';
        else return i;
        break;
      case 'e':
        if (sign) state = 'expSign';
        else if (isDigit(c)) state = 'exp';
        else return i;
        break;
      case 'expSign':
      case 'exp':
        if (isDigit(c)) state = 'exp';
        else return i;
        break;
    }
  }
  const complete = state === 'int' || state === 'frac' || state === 'exp' || (state === 'dot' && sawDigit);
  return complete ? -1 : token.length;
}

/** A number being typed, not yet readable: "", "-", "−", ".", "1.", "1e", "1e-" (full-width forms included). */
export function isUnfinishedNumber(text: string): boolean {
  const token = toHalfWidth(text);
  return firstBadIndex(token) === token.length;
}

/** At most `max` characters of what was typed, for quoting in a message, with "…" when cut. */
export function clipText(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/**
 * Reads one number as a person writes it (full-width forms and "−" included, surrounding spaces
 * ignored): the value, ±Infinity for a valid spelling beyond float64 ("1e400"), or null when the text
 * is not a plain decimal or scientific number (no hex, no "Infinity", no "NaN"). The only place where
 * text becomes a number: boxes, the logits field and links all read through it.
 */
export function readNumber(text: string): number | null {
  const token = toHalfWidth(text).trim();
  if (firstBadIndex(token) !== -1) return null;
  return Number(token.replaceAll('\u2212', '-'));
}

/** Reads a decimal number typed by a person or found in a URL: the value, 'too-large' when it overflows to ±Infinity, or null. */
export function readDecimal(raw: string): number | 'too-large' | null {
  const value = readNumber(raw);
  if (value === null) return null;
  return Number.isFinite(value) ? value : 'too-large';
}
