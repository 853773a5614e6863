import { panelHooks } from '../../state/panelStore';
import type { ValuesOf } from '../../state/params';
import { liveOf } from '../../components/live';
import type { schema } from './definition';

export type SurrogateValues = ValuesOf<typeof schema>;

/** Typed hooks onto this surrogate panel's store (one store per panel instance, from context). */
export const { useValue, useActions, useStoreApi } = panelHooks<SurrogateValues>();

/** A node of this panel that follows its values without a React render (src/components/live.tsx). */
export const Live = liveOf<SurrogateValues>();

/** The margin the marker, the readout and the derivations show. */
export const marginOf = (values: SurrogateValues): number => values.m;
