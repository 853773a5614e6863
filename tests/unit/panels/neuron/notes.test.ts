import { describe, expect, it } from 'vitest';
import { computeRuns, type RunParams } from '../../../../src/panels/neuron/runs';
import { firstCostRise, largestStep, runNotes } from '../../../../src/panels/neuron/notes';
import { defaultValues } from '../../../../src/state/params';
import { RUN_IDS, schema } from '../../../../src/panels/neuron/definition';

const params: RunParams = defaultValues(schema);

describe('notes for runs that do not descend smoothly', () => {
  it('the defaults need no note', () => {
    const { visible, notes } = runNotes(computeRuns(params), RUN_IDS);
    expect(visible.map((r) => r.id)).toEqual([...RUN_IDS]);
    expect(notes).toEqual([]);
  });

  it('a huge rate with a target inside (0, 1) overshoots: the cost rises, and the step is giant', () => {
    const { notes } = runNotes(computeRuns({ ...params, eta: 100, y: 0.5 }), RUN_IDS);
    expect(notes.some((n) => n.kind === 'noteRise' && n.run === 'ce1')).toBe(true);
    expect(notes.some((n) => n.kind === 'noteGiant' && n.run === 'ce2' && n.size > 5)).toBe(true);
  });

  it('only switched-on runs are drawn and noted', () => {
    const { visible, notes } = runNotes(computeRuns({ ...params, eta: 100, y: 0.5 }), ['quad1']);
    expect(visible.map((r) => r.id)).toEqual(['quad1']);
    expect(notes.every((n) => n.run === 'quad1')).toBe(true);
  });

  it('every slider extreme stays finite', () => {
    for (const eta of [1e-4, 100]) {
      for (const x of [-5, 5]) {
        for (const w of [-10, 10]) {
          const runs = computeRuns({ ...params, eta, separateRate: false, epochs: 1000, x, y: 1, w1: w, b1: -w, w2: w, b2: w });
          const { notes } = runNotes(runs, RUN_IDS);
          expect(notes.filter((n) => n.kind === 'noteNonFinite')).toEqual([]);
        }
      }
    }
  });
});

describe('what the notes look for', () => {
  it('firstCostRise finds the first increase and ignores flat stretches', () => {
    expect(firstCostRise(Float64Array.from([3, 2, 2, 1]))).toBeNull();
    expect(firstCostRise(Float64Array.from([3, 2, 2.5, 1]))).toBe(2);
  });

  it('largestStep reports the epoch before the jump', () => {
    expect(largestStep(Float64Array.from([0, 1, 11, 12]))).toEqual({ epoch: 1, size: 10 });
  });
});
