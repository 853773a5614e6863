import { useCallback, useMemo } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../i18n/strings';
import type { NeuronCost } from '../../math';
import { RUN_IDS, type RunId } from './definition';
import { runNotes, type RunNote } from './notes';
import { computeRuns, type Run, type RunParams } from './runs';
import { useStoreApi, useValue } from './store';
import { neuronStrings } from './strings';

export interface Runs {
  /** All four runs, trained. */
  byId: Record<RunId, Run>;
  /** The switched-on runs that can be drawn, in a fixed order. */
  visible: Run[];
  /** The visible runs of each cost. */
  byCost: Record<NeuronCost, Run[]>;
  notes: RunNote[];
}

/** The four runs, trained once per change of the values they depend on (the cursor only indexes them). */
export function useRuns(): Runs {
  const params = useStore(
    useStoreApi(),
    useShallow(({ values: v }): RunParams => ({ eta: v.eta, separateRate: v.separateRate, etaCe: v.etaCe, epochs: v.epochs, w1: v.w1, b1: v.b1, w2: v.w2, b2: v.b2, x: v.x, y: v.y })),
  );
  const shown = useValue('runs');
  const byId = useMemo(() => computeRuns(params), [params]);
  return useMemo(() => {
    const { visible, notes } = runNotes(byId, shown);
    const byCost = {
      quadratic: visible.filter((run) => run.cost === 'quadratic'),
      'cross-entropy': visible.filter((run) => run.cost === 'cross-entropy'),
    };
    return { byId, visible, byCost, notes };
  }, [byId, shown]);
}

/** A run's name in the current language ("Quadratic, start 1"). */
export function useRunLabel(): (run: Run | RunId) => string {
  const t = useT(neuronStrings);
  return useCallback((run: Run | RunId) => t(`run.${typeof run === 'string' ? run : run.id}`), [t]);
}

/** The run the diagram (and the derivations) show: the chosen one if it is on screen, else the first visible (any run when all are off). */
export function focusedRunId(runs: Runs, focus: RunId): RunId {
  const choices: readonly RunId[] = runs.visible.length > 0 ? runs.visible.map((run) => run.id) : RUN_IDS;
  return choices.includes(focus) ? focus : choices[0];
}
