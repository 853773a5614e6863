import { defineStringsWithPack } from '../../i18n/packs';

/** What the shell shows of this panel before its code loads (tab, heading, links): src/panels/catalog.ts. */
export const meta = {
  id: 'credits' as const,
  tab: false,
  labels: defineStringsWithPack(
    {
      title: 'Sources and credits',
      blurb: 'The book chapter and the articles Loss Lab is built on.',
      linkText: 'Sources and credits',
    },
    'creditsMeta',
  ),
};
