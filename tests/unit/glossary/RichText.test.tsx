import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { parseRichText, plainText, RichText } from '../../../src/glossary/RichText';
import { TERM_IDS, isTermId } from '../../../src/glossary/strings';
import { guideStrings } from '../../../src/panels/guide/strings';
import { creditsStrings } from '../../../src/panels/credits/strings';
import { PANELS } from '../../../src/panels/registry';
import { panelIntro } from '../../../src/panels/definition';
import { LANGS } from '../../../src/i18n/lang';

/** The term ids a text marks, in order. */
const marked = (text: string) => parseRichText(text).flatMap((part) => (part.term ? [part.term] : []));

describe('RichText', () => {
  it('splits a text into words and terms', () => {
    expect(parseRichText('The [[margin|margin]] m = [[y-fx|y·f(x)]].')).toEqual([
      { words: 'The ' },
      { words: 'margin', term: 'margin' },
      { words: ' m = ' },
      { words: 'y·f(x)', term: 'y-fx' },
      { words: '.' },
    ]);
    expect(plainText('a [[logit|logit]] b')).toBe('a logit b');
    expect(parseRichText('no terms')).toEqual([{ words: 'no terms' }]);
  });

  it('renders known terms as buttons and an unknown id as plain words', () => {
    render(<RichText text="[[logit|logits]] and [[nonsense|words]]" />);
    expect(screen.getByRole('button', { name: 'logits' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'words' })).toBeNull();
    const shown = document.body.cloneNode(true) as HTMLElement;
    shown.querySelectorAll('[role="tooltip"]').forEach((tip) => tip.remove());
    expect(shown.textContent).toBe('logits and words');
  });
});

describe('texts with glossary terms', () => {
  const texts: [string, Record<string, string>, Record<string, string>][] = [
    ...Object.values(PANELS).map((panel): [string, Record<string, string>, Record<string, string>] => [`${panel.id} intro`, { intro: panelIntro(panel, 'en') ?? '' }, { intro: panelIntro(panel, 'zh-CN') ?? '' }]),
    ['guide', guideStrings.en, guideStrings['zh-CN']],
    ['credits', creditsStrings.en, creditsStrings['zh-CN']],
  ];

  it.each(texts)('%s marks only glossary terms, the same ones in both languages', (_name, en, zh) => {
    for (const key of Object.keys(en)) {
      for (const id of marked(en[key])) expect(isTermId(id), `${key}: ${id}`).toBe(true);
      expect(marked(zh[key]).sort(), key).toEqual(marked(en[key]).sort());
    }
  });

  it('every panel with settings has a one-line intro in both languages', () => {
    for (const panel of Object.values(PANELS)) {
      if (Object.keys(panel.schema).length === 0) continue;
      for (const lang of LANGS) expect(panelIntro(panel, lang), `${panel.id} ${lang}`).toBeTruthy();
    }
  });

  it('every glossary term is used in an intro or in the guide', () => {
    const used = new Set([...Object.values(PANELS).flatMap((panel) => marked(panelIntro(panel, 'en') ?? '')), ...Object.values(guideStrings.en).flatMap(marked)]);
    expect(TERM_IDS.filter((id) => !used.has(id))).toEqual([]);
  });
});
