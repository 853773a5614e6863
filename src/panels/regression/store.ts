import { lastOf, liveOf } from '../../components/live';
import { panelHooks } from '../../state/panelStore';
import type { ValuesOf } from '../../state/params';
import type { schema } from './definition';
import { fitAll, type FittedLine } from './fits';

export type RegressionValues = ValuesOf<typeof schema>;

/** Typed hooks onto this regression panel's store (one store per panel instance, from context). */
export const { useValue, useActions, useStoreApi } = panelHooks<RegressionValues>();

/** A node of this panel that follows its values without a React render (src/components/live.tsx). */
export const Live = liveOf<RegressionValues>();

/** The fitted lines for the panel's values, once per change of the values (every live node of a step shares them). */
export const linesOf = lastOf((values: RegressionValues): FittedLine[] => fitAll(values.points, values.losses, values.delta, values.beta));

/** One loss's line for the panel's values (a live node's line: its loss is shown while the node is). */
export const lineOf = (values: RegressionValues, id: FittedLine['id']): FittedLine => {
  const line = linesOf(values).find((l) => l.id === id);
  // A loss switched off reaches the writers before the render that removes its nodes (Live skips a write that throws).
  if (!line) throw new Error(`no ${id} line`);
  return line;
};
