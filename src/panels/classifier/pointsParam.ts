import type { LabeledPoint } from '../../math/classifier';
import { readNumber, toHalfWidth } from '../../state/numberText';
import type { ParamSpec, ParseResult } from '../../state/params';

/*
 * The classifier's points in a link, readable and editable by hand: one point per entry, entries
 * separated by ";", each entry "x1,x2,label" with the label 1 or -1, e.g.
 *
 *   points=1.2,0.5,1;-0.3,2,-1
 *
 * Read leniently, as people type: full-width digits and punctuation ("１．２，０．５，１；"), the
 * "−" sign, and "+" or "-" alone for the label. A "+" typed into an address bar arrives as a space
 * (form encoding), so a blank label reads as +1 too. Written back in the canonical form above.
 */

export interface PointListSpec {
  default: readonly LabeledPoint[];
  minLength: number;
  maxLength: number;
  /** Both coordinates lie in min…max. */
  min: number;
  max: number;
}

const PLUS = new Set(['1', '+1', '+', '']);
const MINUS = new Set(['-1', '-', '\u22121', '\u2212']);

/** The label of one entry's third field, or null. */
function readLabel(text: string): 1 | -1 | null {
  const token = toHalfWidth(text).trim();
  if (PLUS.has(token)) return 1;
  if (MINUS.has(token)) return -1;
  return null;
}

/** Shortest text that reads back as the same number (never "-0"). */
const numberText = (value: number) => (Object.is(value, -0) ? '0' : String(value));

/** One point as link text: "x1,x2,1" or "x1,x2,-1". */
export function formatPoint(point: LabeledPoint): string {
  return `${numberText(point.x1)},${numberText(point.x2)},${point.label}`;
}

/** Reads a point list; the first problem found is the answer for the whole list (as for number lists). */
export function parsePoints(raw: string, spec: Omit<PointListSpec, 'default'>): ParseResult<LabeledPoint[]> {
  const text = toHalfWidth(raw).trim();
  const entries = text === '' ? [] : text.split(';').filter((entry, i, all) => !(entry.trim() === '' && i === all.length - 1));
  if (entries.length > spec.maxLength) return { ok: false, problem: 'too-many' };
  const points: LabeledPoint[] = [];
  for (const entry of entries) {
    const fields = entry.split(',');
    if (fields.length !== 3) return { ok: false, problem: 'not-a-number' };
    const x1 = readNumber(fields[0]);
    const x2 = readNumber(fields[1]);
    if (x1 === null || x2 === null) return { ok: false, problem: 'not-a-number' };
    if (x1 < spec.min || x1 > spec.max || x2 < spec.min || x2 > spec.max) return { ok: false, problem: 'out-of-range' };
    const label = readLabel(fields[2]);
    if (label === null) return { ok: false, problem: 'not-an-option' };
    points.push({ x1, x2, label });
  }
  if (points.length < spec.minLength) return { ok: false, problem: 'too-few' };
  return { ok: true, value: points };
}

/** A URL parameter holding labelled points of the plane (a number-list-like spec, three numbers a point). */
export function pointListParam(spec: PointListSpec): ParamSpec<readonly LabeledPoint[]> {
  return {
    kind: 'number-list',
    default: spec.default,
    min: spec.min,
    max: spec.max,
    range: `${spec.minLength}–${spec.maxLength} points x1,x2,±1 in ${spec.min}…${spec.max}, separated by ;`,
    parse: (raw) => parsePoints(raw, spec),
    format: (value) => value.map(formatPoint).join(';'),
  };
}
