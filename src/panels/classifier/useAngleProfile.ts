import { useEffect, useState, type RefObject } from 'react';
import { useInViewport } from '../../components/viewport';
import { objectiveAlongAngle, type AngleProfile, type ClassifierLossId, type LabeledPoint } from '../../math/classifier';

/** The boundary angles (degrees) of the "why not accuracy" plot: every 2°, and the same in radians for src/math. */
export const ANGLES_DEGREES: readonly number[] = Array.from({ length: 181 }, (_, i) => 2 * i - 180);
const ANGLES = ANGLES_DEGREES.map((deg) => (deg * Math.PI) / 180);
/** Angles solved in the first task; later tasks are sized from its pace to take about BUDGET_MS. */
const FIRST_SLICE = 3;
/** What one task of the sweep may take before it gives the thread back (to input and frames): a
 *  quarter of a 60 Hz frame, so a key pressed mid-sweep waits at most that. */
const BUDGET_MS = 4;
const MAX_SLICE = 30;

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
 * objectiveAlongAngle over the whole circle, computed a few angles per task (about BUDGET_MS each)
 * after the render, so dragging a point never waits for the sweep (one exact fit per angle), and
 * only while `enabled` (the section on screen: see useOnScreen). Nothing runs on the server: the
 * prerendered page shows the section without its curve.
 */
export function useAngleProfile(points: readonly LabeledPoint[], loss: ClassifierLossId, lambda: number, enabled: boolean): AngleSweep {
  const [done, setDone] = useState<{ key: unknown[]; profile: AngleProfile } | null>(null);
  useEffect(() => {
    if (!enabled) return;
    const key = [points, loss, lambda];
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const parts: AngleProfile[] = [];
    const next = (from: number, size: number) => {
      if (cancelled) return;
      const started = performance.now();
      parts.push(objectiveAlongAngle(points, loss, lambda, ANGLES.slice(from, from + size)));
      // The next slice sized from this one's pace (a slow phone gets smaller slices, not longer tasks).
      const took = performance.now() - started;
      const nextSize = Math.max(1, Math.min(MAX_SLICE, Math.floor((size * BUDGET_MS) / Math.max(took, 0.05))));
      if (from + size < ANGLES.length) timer = setTimeout(() => next(from + size, nextSize), 0);
      else setDone({ key, profile: join(parts) });
    };
    // A short pause first: while a point is dragged, only the last position is swept.
    timer = setTimeout(() => next(0, FIRST_SLICE), 60);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [points, loss, lambda, enabled]);
  const current = done !== null && done.key[0] === points && done.key[1] === loss && done.key[2] === lambda;
  return { profile: done?.profile ?? null, pending: !current };
}

/**
 * Whether the element is on screen or near it (within 200 px); true where IntersectionObserver is
 * missing (then nothing can say it is not). A sweep for a section scrolled away waits until it is back.
 */
export function useOnScreen(ref: RefObject<Element | null>): boolean {
  return useInViewport(ref, '200px');
}
