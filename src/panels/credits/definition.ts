import { lazy } from 'react';
import { defineStrings } from '../../i18n/strings';
import type { Schema } from '../../state/params';
import { definePanel } from '../definition';

/** The credits have no settings. */
export const schema = {} satisfies Schema;

const labels = defineStrings(
  {
    title: 'Sources and credits',
    blurb: 'The book chapter and the articles Loss Lab is built on.',
    linkText: 'Sources and credits',
  },
  {
    title: '参考来源与致谢',
    blurb: 'Loss Lab 所依据的书籍章节和文章。',
    linkText: '参考来源与致谢',
  },
);

/** The credits: reached from the footer, no tab. */
export const definition = definePanel({
  id: 'credits',
  schema,
  labels,
  controls: {},
  hide: [],
  tab: false,
  Component: lazy(() => import('./Panel')),
});
