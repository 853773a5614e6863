import { describe, expect, it } from 'vitest';
import { PANELS } from '../../../../src/panels/registry';
import { createPanelStore } from '../../../../src/state/panelStore';
import { defaultValues, parseParams, resolveConflicts } from '../../../../src/state/params';
import { distributionConflicts, equalWeights, resizeOutcomes } from '../../../../src/panels/more/distributions';
import { schema } from '../../../../src/panels/more/definition';

const more = PANELS.more;
const resolveLink = (query: string) => {
  const params = new URLSearchParams(query);
  return resolveConflicts(more.schema, parseParams(more.schema, params), params, more.rules);
};

describe('the distributions’ rules', () => {
  it('leave p and q alone when q weighs p’s outcomes and neither is all zeros', () => {
    expect(distributionConflicts([0.5, 0.5], [0, 1])).toEqual([]);
  });

  it('fit q to p’s outcomes: missing weights are 0, extra ones dropped', () => {
    expect(distributionConflicts([1, 1, 1], [0.5, 0.5]).map((c) => [c.key, c.value, c.note.key])).toEqual([['q', [0.5, 0.5, 0], 'lengthPadded']]);
    expect(distributionConflicts([1, 1], [0.2, 0.3, 0.5]).map((c) => [c.key, c.value, c.note.key])).toEqual([['q', [0.2, 0.3], 'lengthCut']]);
  });

  it('replace all-zero weights by equal ones, as a person writes them', () => {
    expect(distributionConflicts([0, 0, 0], [1, 2, 3]).map((c) => [c.key, c.value])).toEqual([['p', [0.3333, 0.3333, 0.3333]]]);
    expect(distributionConflicts([1, 1], [0, 0]).map((c) => [c.key, c.value, c.note.key])).toEqual([['q', [0.5, 0.5], 'zeroWeightsLink']]);
    expect(equalWeights(3)).toEqual([0.3333, 0.3333, 0.3333]);
  });

  it('name each repair of a link in the panel’s own words, and rewrite the link to what is shown', () => {
    const { values, issues } = resolveLink('p=0,0,0&q=0.2,0.3,0.5,0.1');
    expect(values.p).toEqual([0.3333, 0.3333, 0.3333]);
    expect(values.q).toEqual([0.2, 0.3, 0.5]);
    expect(issues.map((issue) => [issue.key, issue.problem, issue.note])).toEqual([
      ['p', 'conflict', { key: 'zeroWeightsLink', values: { dist: 'p' } }],
      ['q', 'conflict', { key: 'lengthCut', values: { given: 4, count: 3 } }],
    ]);
  });

  it('hold on every write to the store, not only for links', () => {
    const store = createPanelStore(more, defaultValues(more.schema));
    store.getState().set('p', [0.5, 0.5]);
    // The default q, cut to p's two outcomes.
    expect(store.getState().values.q).toEqual(schema.q.default.slice(0, 2));
    store.getState().patch(resizeOutcomes([0, 0, 1], [0.2, 0.2, 0.6], 2));
    expect(store.getState().values.p).toEqual([0.5, 0.5]);
    expect(store.getState().values.q).toEqual([0.2, 0.2]);
  });
});
