import { lazy } from 'react';
import type { Schema } from '../../state/params';
import { definePanel } from '../definition';
import { meta } from './meta';

/** The credits have no settings. */
export const schema = {} satisfies Schema;

const labels = meta.labels;

/** The credits: reached from the footer, no tab. */
export const definition = definePanel({
  id: meta.id,
  schema,
  labels,
  controls: {},
  hide: [],
  tab: meta.tab,
  Component: lazy(() => import('./Panel')),
});
