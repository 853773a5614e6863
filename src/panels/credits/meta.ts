import { defineStrings } from '../../i18n/strings';

/** What the shell shows of this panel before its code loads (tab, heading, links): src/panels/catalog.ts. */
export const meta = {
  id: 'credits' as const,
  tab: false,
  labels: defineStrings(
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
  ),
};
