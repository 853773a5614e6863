import type { PlanePoint } from '../../math/fitLine';
import { readNumber, toHalfWidth } from '../../state/numberText';
import type { ParamSpec, ParseResult } from '../../state/params';

/*
 * The regression panel's points in a link, readable and editable by hand: one point per entry,
 * entries separated by ";", each entry "x,y", e.g.
 *
 *   points=0.5,1.2;1,2.1
 *
 * Numbers are read by numberText (full-width digits and punctuation as a Chinese input method types
 * them, "−" for minus); the list is written back in the canonical form above.
 */

export interface PointListSpec {
  default: readonly PlanePoint[];
  minLength: number;
  maxLength: number;
  /** x lies in x[0]…x[1], y in y[0]…y[1]. */
  x: readonly [number, number];
  y: readonly [number, number];
}

/** Shortest text that reads back as the same number (never "-0"). */
const numberText = (value: number) => (Object.is(value, -0) ? '0' : String(value));

/** One point as link text: "x,y". */
export function formatPoint(point: PlanePoint): string {
  return `${numberText(point.x)},${numberText(point.y)}`;
}

/** A whole list as link text. */
export function formatPoints(points: readonly PlanePoint[]): string {
  return points.map(formatPoint).join(';');
}

/** Reads a point list; the first problem found is the answer for the whole list (as for number lists). */
export function parsePoints(raw: string, spec: Omit<PointListSpec, 'default'>): ParseResult<PlanePoint[]> {
  const text = toHalfWidth(raw).trim();
  // A trailing ";" (as people leave one when editing by hand) is not an empty entry.
  const entries = text === '' ? [] : text.split(';').filter((entry, i, all) => !(entry.trim() === '' && i === all.length - 1));
  if (entries.length > spec.maxLength) return { ok: false, problem: 'too-many' };
  const points: PlanePoint[] = [];
  for (const entry of entries) {
    const fields = entry.split(',');
    if (fields.length !== 2) return { ok: false, problem: 'not-a-number' };
    const x = readNumber(fields[0]);
    const y = readNumber(fields[1]);
    if (x === null || y === null) return { ok: false, problem: 'not-a-number' };
    if (x < spec.x[0] || x > spec.x[1] || y < spec.y[0] || y > spec.y[1]) return { ok: false, problem: 'out-of-range' };
    points.push({ x, y });
  }
  if (points.length < spec.minLength) return { ok: false, problem: 'too-few' };
  return { ok: true, value: points };
}

/** A URL parameter holding points of the plane, "x,y" pairs separated by ";". */
export function pointListParam(spec: PointListSpec): ParamSpec<readonly PlanePoint[]> {
  return {
    kind: 'number-list',
    default: spec.default,
    range: `${spec.minLength}–${spec.maxLength} points x,y (x in ${spec.x[0]}…${spec.x[1]}, y in ${spec.y[0]}…${spec.y[1]}), separated by ;`,
    parse: (raw) => parsePoints(raw, spec),
    format: formatPoints,
  };
}
