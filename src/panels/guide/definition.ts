import { lazy } from 'react';
import type { Schema } from '../../state/params';
import { definePanel } from '../definition';
import { meta } from './meta';

/** The guide has no settings: one view, the same for every visitor. */
export const schema = {} satisfies Schema;

const labels = meta.labels;

/** The guide: a view without settings, with a tab. */
export const definition = definePanel({
  id: meta.id,
  schema,
  labels,
  controls: {},
  hide: [],
  Component: lazy(() => import('./Panel')),
});
