/**
 * URL-state schema: each panel declares its parameters once (name, type, default, range) and these
 * pure functions turn a query string into values and back. Nothing here touches `window`.
 */

import { clipText, readNumber, toHalfWidth } from './numberText';

/** How a person writes a number is numberText's business; re-exported for the codec's callers. */
export { readDecimal } from './numberText';

/** Why a URL value was not used as written. */
export type ParamProblem = 'unknown-key' | 'not-a-number' | 'out-of-range' | 'not-an-option' | 'too-many' | 'too-few' | 'too-long' | 'conflict' | 'newer-version';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; problem: ParamProblem };

/** One parameter: its default, how to read it from text, how to write it back. */
export interface ParamSpec<T> {
  kind: 'number' | 'integer' | 'boolean' | 'enum' | 'set' | 'number-list';
  default: T;
  /** Human-readable range, e.g. "-10…10" or "hinge|log|…", for docs and notices. */
  range: string;
  parse(raw: string): ParseResult<T>;
  format(value: T): string;
  /** Numbers (and the entries of number lists): the widest range a link, a box or a slider accepts. */
  min?: number;
  max?: number;
  /** Numbers: a slider's step (in the track's units: log10 of the value for a logarithmic scale). */
  step?: number;
  /** Numbers: how a slider's track maps to the value. */
  scale?: 'linear' | 'log';
  /** Enums and sets: the options, in display and link order. */
  options?: readonly string[];
  /** The default inside an embed, where it differs (a prediction prompt: on in the app, off in embeds unless the link asks). */
  embedDefault?: T;
}

/** What a numeric parameter declares besides its default: the range, and how a slider moves through it. */
export interface NumberRange {
  default: number;
  min: number;
  max: number;
  /** Slider step (default: 1 for integers, 1/100 of the range for numbers; 0.01 decades on a log scale). */
  step?: number;
  scale?: 'linear' | 'log';
}

export type Schema = Record<string, ParamSpec<unknown>>;
export type ValuesOf<S extends Schema> = { [K in keyof S]: S[K] extends ParamSpec<infer T> ? T : never };

/** Longest raw value read from a URL; anything longer is rejected unread. */
export const MAX_RAW_LENGTH = 2000;

/** Shortest text that reads back as the same number (and no "-0"). */
function formatNumberText(value: number): string {
  return Object.is(value, -0) ? '0' : String(value);
}

export function numberParam(spec: NumberRange): ParamSpec<number> {
  const scale = spec.scale ?? 'linear';
  return {
    kind: 'number',
    default: spec.default,
    range: `${spec.min}…${spec.max}`,
    min: spec.min,
    max: spec.max,
    step: spec.step ?? (scale === 'log' ? 0.01 : (spec.max - spec.min) / 100),
    scale,
    parse(raw) {
      const value = readNumber(raw);
      if (value === null) return { ok: false, problem: 'not-a-number' };
      if (value < spec.min || value > spec.max) return { ok: false, problem: 'out-of-range' };
      return { ok: true, value };
    },
    format: formatNumberText,
  };
}

export function integerParam(spec: NumberRange): ParamSpec<number> {
  const base = numberParam({ step: 1, ...spec });
  return {
    ...base,
    kind: 'integer',
    parse(raw) {
      const result = base.parse(raw);
      if (result.ok && !Number.isInteger(result.value)) return { ok: false, problem: 'not-a-number' };
      return result;
    },
  };
}

export function booleanParam(defaultValue: boolean, { embed }: { embed?: boolean } = {}): ParamSpec<boolean> {
  return {
    kind: 'boolean',
    default: defaultValue,
    ...(embed !== undefined && embed !== defaultValue ? { embedDefault: embed } : {}),
    range: '0|1',
    parse(raw) {
      const text = raw.trim().toLowerCase();
      if (text === '1' || text === 'true' || text === 'on') return { ok: true, value: true };
      if (text === '0' || text === 'false' || text === 'off') return { ok: true, value: false };
      return { ok: false, problem: 'not-an-option' };
    },
    format: (value) => (value ? '1' : '0'),
  };
}

export function enumParam<T extends string>(options: readonly T[], defaultValue: T): ParamSpec<T> {
  return {
    kind: 'enum',
    default: defaultValue,
    options,
    range: options.join('|'),
    parse(raw) {
      const text = raw.trim();
      return (options as readonly string[]).includes(text) ? { ok: true, value: text as T } : { ok: false, problem: 'not-an-option' };
    },
    format: (value) => value,
  };
}

/** A subset of the options, written comma-separated in option order ("" is the empty set). */
export function setParam<T extends string>(options: readonly T[], defaultValue: readonly T[]): ParamSpec<readonly T[]> {
  return {
    kind: 'set',
    default: defaultValue,
    options,
    range: `subset of ${options.join(',')}`,
    parse(raw) {
      const items = raw.split(',').map((s) => s.trim()).filter((s) => s !== '');
      if (items.some((s) => !(options as readonly string[]).includes(s))) return { ok: false, problem: 'not-an-option' };
      return { ok: true, value: options.filter((o) => items.includes(o)) };
    },
    format: (value) => options.filter((o) => value.includes(o)).join(','),
  };
}

export function numberListParam(spec: {
  default: readonly number[];
  minLength: number;
  maxLength: number;
  min: number;
  max: number;
  /** A slider's step for one entry. */
  step?: number;
}): ParamSpec<readonly number[]> {
  return {
    kind: 'number-list',
    default: spec.default,
    min: spec.min,
    max: spec.max,
    step: spec.step,
    range: `${spec.minLength}–${spec.maxLength} numbers in ${spec.min}…${spec.max}`,
    parse(raw) {
      const parts = toHalfWidth(raw).split(',');
      if (parts.length > spec.maxLength) return { ok: false, problem: 'too-many' };
      const values: number[] = [];
      for (const part of parts) {
        const value = readNumber(part);
        if (value === null) return { ok: false, problem: 'not-a-number' };
        if (value < spec.min || value > spec.max) return { ok: false, problem: 'out-of-range' };
        values.push(value);
      }
      if (values.length < spec.minLength) return { ok: false, problem: 'too-few' };
      return { ok: true, value: values };
    },
    format: (value) => value.map(formatNumberText).join(','),
  };
}

/** A value from the URL that was not used as written, and why. */
export interface ParamIssue {
  key: string;
  /** The raw text, truncated to 40 characters: for showing as text, never as markup. */
  raw: string;
  problem: ParamProblem;
  /** The value used instead, as link text (truncated like `raw`); absent for unknown keys. */
  used?: string;
  /** For 'conflict': the setting it had to fit, as `key=value` link text. */
  other?: string;
  /** For 'conflict': the panel's own words for the repair, shown instead of the generic message. */
  note?: ConflictNote;
}

/** A label of the panel's definition (and its placeholders) that says what a rule changed and why. */
export interface ConflictNote {
  key: string;
  values?: Readonly<Record<string, string | number>>;
}

/**
 * A value that does not fit with another setting (say, a margin outside the plotted range), the value
 * to use instead and the setting it has to fit. Typed per key: `value` has that key's type and both
 * names must be keys of the schema.
 */
export type Conflict<S extends Schema = Schema> = {
  [K in keyof S & string]: { key: K; value: ValuesOf<S>[K]; other: keyof S & string; note?: ConflictNote };
}[keyof S & string];

/** A panel's rules between its settings: every value that must change for the values to fit together. */
export type ConflictRule = (values: Readonly<Record<string, unknown>>) => readonly Conflict[];

/** Declares a panel's conflict rule against its own schema, so keys and values are checked against it. */
export function conflictRule<S extends Schema>(_schema: S, rule: (values: ValuesOf<S>) => readonly Conflict<S>[]): ConflictRule {
  // The one cast: the shell holds every panel's rule under one type and always calls it with values
  // parsed from the same schema (PanelDefinition pairs them).
  return rule as unknown as ConflictRule;
}

const clip = (text: string) => clipText(text, 40);

export interface ParsedParams<S extends Schema> {
  values: ValuesOf<S>;
  issues: ParamIssue[];
  /** Keys whose value differs from what the link says (or implies by leaving them out) without an issue of their own to show for it. */
  adjusted?: readonly string[];
}

/** The defaults of a schema. */
export function defaultValues<S extends Schema>(schema: S): ValuesOf<S> {
  const values: Record<string, unknown> = {};
  for (const key of Object.keys(schema)) values[key] = schema[key].default;
  return values as ValuesOf<S>;
}

/**
 * Reads the schema's keys from `params`. Invalid values fall back to the key's default and are
 * reported; keys in `ignore` (the app-level ones) are skipped; any other key is reported as unknown.
 * Never throws.
 */
export function parseParams<S extends Schema>(
  schema: S,
  params: URLSearchParams,
  ignore: readonly string[] = [],
): ParsedParams<S> {
  const values: Record<string, unknown> = defaultValues(schema);
  const issues: ParamIssue[] = [];
  const seen = new Set<string>();
  for (const [key, raw] of params) {
    if (ignore.includes(key)) continue;
    const clipped = clip(raw);
    if (!Object.prototype.hasOwnProperty.call(schema, key)) {
      issues.push({ key: key.slice(0, 40), raw: clipped, problem: 'unknown-key' });
      continue;
    }
    if (seen.has(key)) continue; // the first occurrence wins, as URLSearchParams.get does
    seen.add(key);
    const used = clip(schema[key].format(schema[key].default));
    if (raw.length > MAX_RAW_LENGTH) {
      issues.push({ key, raw: clipped, problem: 'too-long', used });
      continue;
    }
    const result = schema[key].parse(raw);
    if (result.ok) values[key] = result.value;
    else issues.push({ key, raw: clipped, problem: result.problem, used });
  }
  return { values: values as ValuesOf<S>, issues };
}

/**
 * Applies a panel's conflict rule to parsed values. A conflicting value that came from the link is
 * reported ('conflict', with the value used and the setting it had to fit). A default that conflicts
 * is fixed silently when the link left the key out (nothing is wrong in the link; the key is listed
 * in `adjusted` so the address bar can be brought in line); when the link's value was invalid and
 * its default conflicts, that issue's `used` is corrected to the value actually used.
 */
export function resolveConflicts<S extends Schema>(
  schema: S,
  parsed: ParsedParams<S>,
  params: URLSearchParams,
  rule: ConflictRule | undefined,
): ParsedParams<S> {
  if (!rule) return parsed;
  const conflicts = rule(parsed.values);
  if (conflicts.length === 0) return parsed;
  const values: Record<string, unknown> = { ...parsed.values };
  const issues = [...parsed.issues];
  const adjusted: string[] = [];
  for (const { key, value, other, note } of conflicts) {
    const spec = schema[key];
    const used = clip(spec.format(value));
    const earlier = issues.findIndex((issue) => issue.key === key);
    if (earlier >= 0) issues[earlier] = { ...issues[earlier], used };
    else if (params.has(key)) {
      const issue: ParamIssue = { key, raw: clip(spec.format(values[key])), problem: 'conflict', used, other: clip(`${other}=${schema[other].format(values[other])}`) };
      issues.push(note ? { ...issue, note } : issue);
    } else adjusted.push(key);
    values[key] = value;
  }
  return { values: values as ValuesOf<S>, issues, adjusted };
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => Object.is(v, b[i]));
  return Object.is(a, b);
}

/** The schema's values that differ from their defaults, as ordered [key, text] pairs for a query string. */
export function serializeParams<S extends Schema>(schema: S, values: ValuesOf<S>): [string, string][] {
  const entries: [string, string][] = [];
  for (const key of Object.keys(schema)) {
    const value = values[key as keyof S];
    if (!sameValue(value, schema[key].default)) entries.push([key, schema[key].format(value)]);
  }
  return entries;
}
