import type { Lang } from '../i18n/lang';
import { interpolate } from '../i18n/strings';

/*
 * "Copy as code": for a panel's current values, a short Python snippet per framework that prints,
 * labelled, the numbers the panel shows, and those numbers computed by src/math (the readings). The
 * test suite runs every snippet with NumPy and PyTorch and compares what it prints with the readings.
 */

export const FRAMEWORKS = ['numpy', 'torch'] as const;
export type Framework = (typeof FRAMEWORKS)[number];

/** One number (or vector) a snippet prints as `label = value`, and its value from src/math. */
export interface Reading {
  /** Printed before ` = `; plain ASCII, the same in both languages (it is code output). */
  label: string;
  value: number | readonly number[];
  /** Relative tolerance of the comparison (default 1e-9); float32 arithmetic gets 1e-6. */
  tolerance?: number;
  /** The frameworks whose snippet prints it (default: every snippet the generator writes). */
  only?: readonly Framework[];
}

export interface PanelCode {
  numpy: string;
  /** null where PyTorch has nothing to add for this panel. */
  torch: string | null;
  readings: readonly Reading[];
}

/** A panel's generator: its values (as its store holds them) and the language of the comments. */
export type CodeGenerator<V> = (values: V, lang: Lang) => PanelCode;

/** A comment's text in both languages; the generator picks one. */
export type Bilingual = Readonly<Record<Lang, string>>;
export const bi = (en: string, zh: string): Bilingual => ({ en, 'zh-CN': zh });

/** A JavaScript number as a Python float literal that reads back to the same double. */
export function pyNumber(x: number): string {
  if (Number.isNaN(x)) return 'float("nan")';
  if (x === Infinity) return 'float("inf")';
  if (x === -Infinity) return '-float("inf")';
  const text = String(x);
  return /[.e]/.test(text) ? text : `${text}.0`;
}

/** A list of numbers as a Python list literal. */
export function pyList(xs: readonly number[]): string {
  return `[${xs.map(pyNumber).join(', ')}]`;
}

/** A string as a Python string literal. */
export function pyString(s: string): string {
  return JSON.stringify(s);
}

/** Joins snippet lines, dropping `null`s (lines that do not apply to these settings). */
export function lines(...parts: (string | null | false | undefined)[]): string {
  return `${parts.filter((part): part is string => typeof part === 'string').join('\n')}\n`;
}

/** `# comment` lines from a table of bilingual comments, in the snippet's language, with {placeholders} filled. */
export function commenter<K extends string>(table: Readonly<Record<K, Bilingual>>, lang: Lang) {
  return (key: K, params: Record<string, string | number> = {}) => `# ${interpolate(table[key][lang], params)}`;
}
