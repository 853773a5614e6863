import { useLayoutEffect, useRef } from 'react';
import { useStore } from 'zustand';
import { lastOf, liveOf } from '../../components/live';
import { depthChain, depthWeights, type DepthChain } from '../../math';
import { panelHooks } from '../../state/panelStore';
import type { ValuesOf } from '../../state/params';
import type { schema } from './definition';

export type DepthValues = ValuesOf<typeof schema>;

/** Typed hooks onto this depth panel's store (one store per panel instance, from context). */
export const { useValue, useActions, useStoreApi } = panelHooks<DepthValues>();

/** A node of this panel that follows its values without a React render (src/components/live.tsx). */
export const Live = liveOf<DepthValues>();

/** The chain for the panel's values, computed once per change of the values (every live node of a step shares it). */
export const chainOf = lastOf(
  (values: DepthValues): DepthChain =>
    depthChain({
      activation: values.act,
      weights: depthWeights(values.layers, values.w, values.weights, values.seed),
      bias: values.bias === 'pin' ? { kind: 'pin', z: values.z } : { kind: 'fixed', value: values.b },
      input: values.x,
    }),
);

/**
 * How many layers the chart and the table keep nodes for: the layer count, or one more right after
 * a step down by one (that layer's bar, tick and row stay in the page, hidden as absent: not drawn,
 * not read), so moving the layers slider back and forth shows or hides a layer instead of creating
 * and removing its nodes, and renders nothing. Any other change of the count renders exactly that
 * many layers.
 */
export function useLayerSlots(): number {
  const slots = useRef(0);
  const next = useStore(useStoreApi(), (state) => {
    const count = state.values.layers;
    return count === slots.current - 1 ? slots.current : count;
  });
  useLayoutEffect(() => {
    slots.current = next;
  });
  return next;
}
