import { lazy } from 'react';
import { defineStrings } from '../../i18n/strings';
import type { Schema } from '../../state/params';
import { definePanel } from '../definition';

/** The guide has no settings: one view, the same for every visitor. */
export const schema = {} satisfies Schema;

const labels = defineStrings(
  {
    title: 'Which loss?',
    blurb: 'Which loss for which task: the output layer, the loss, why, and where in Loss Lab to see it.',
    linkText: 'Which loss for which task?',
  },
  {
    title: '选哪种损失？',
    blurb: '什么任务用什么损失：输出层、损失函数、原因，以及在 Loss Lab 的哪里能看到。',
    linkText: '什么任务该用什么损失？',
  },
);

/** The guide: a view without settings, with a tab. */
export const definition = definePanel({
  id: 'guide',
  schema,
  labels,
  controls: {},
  hide: [],
  Component: lazy(() => import('./Panel')),
});
