import { useEffect, useState } from 'react';
import { objectiveAlongAngle, type AngleProfile, type ClassifierLossId, type LabeledPoint } from '../../math/classifier';

/** The boundary angles (degrees) of the "why not accuracy" plot: every 2°, and the same in radians for src/math. */
export const ANGLES_DEGREES: readonly number[] = Array.from({ length: 181 }, (_, i) => 2 * i - 180);
const ANGLES = ANGLES_DEGREES.map((deg) => (deg * Math.PI) / 180);
/** Angles solved per task: each angle is a small exact fit, and a slice stays well under a frame. */
const SLICE = 6;

export interface AngleSweep {
  /** The latest complete profile (of earlier points while a new one is computed), or null before the first. */
  profile: AngleProfile | null;
  /** A newer profile is being computed. */
  pending: boolean;
}

/** Joins profiles of consecutive angle slices into one (array concatenation only). */
function join(parts: readonly AngleProfile[]): AngleProfile {
  const fields = ['angles', 'objective', 'rho', 'b', 'zeroOne', 'surrogateZeroOne', 'unbounded'] as const;
  return Object.fromEntries(fields.map((field) => [field, parts.flatMap((part) => part[field] as unknown[])])) as unknown as AngleProfile;
}

/**
 * objectiveAlongAngle over the whole circle, computed a few angles per task after the render, so
 * dragging a point never waits for the sweep (one exact fit per angle). Nothing runs on the server:
 * the prerendered page shows the section without its curve.
 */
export function useAngleProfile(points: readonly LabeledPoint[], loss: ClassifierLossId, lambda: number, enabled: boolean): AngleSweep {
  const [done, setDone] = useState<{ key: unknown[]; profile: AngleProfile } | null>(null);
  useEffect(() => {
    if (!enabled) return;
    const key = [points, loss, lambda];
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const parts: AngleProfile[] = [];
    const next = (from: number) => {
      if (cancelled) return;
      parts.push(objectiveAlongAngle(points, loss, lambda, ANGLES.slice(from, from + SLICE)));
      if (from + SLICE < ANGLES.length) timer = setTimeout(() => next(from + SLICE), 0);
      else setDone({ key, profile: join(parts) });
    };
    // A short pause first: while a point is dragged, only the last position is swept.
    timer = setTimeout(() => next(0), 60);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [points, loss, lambda, enabled]);
  const current = done !== null && done.key[0] === points && done.key[1] === loss && done.key[2] === lambda;
  return { profile: done?.profile ?? null, pending: !current };
}
