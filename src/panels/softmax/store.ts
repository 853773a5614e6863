import { panelHooks } from '../../state/panelStore';
import type { ValuesOf } from '../../state/params';
import type { schema } from './definition';

/** Typed hooks onto this softmax panel's store (one store per panel instance, from context). */
export const { useValue, useValues, useActions } = panelHooks<ValuesOf<typeof schema>>();
