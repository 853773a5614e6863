import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { PanelHost } from '../../../../src/components/PanelHost';
import { ShareBar } from '../../../../src/components/ShareBar';
import { PANELS } from '../../../../src/panels/registry';
import { GUIDE_ROWS, guideHref } from '../../../../src/panels/guide/rows';
import { guideStrings } from '../../../../src/panels/guide/strings';
import { SOURCES } from '../../../../src/panels/credits/sources';
import { glossaryStrings, TERM_IDS } from '../../../../src/glossary/strings';
import { LangContext } from '../../../../src/i18n/strings';
import { parseAppUrl, safeParams, APP_KEYS } from '../../../../src/state/appUrl';
import { parseParams } from '../../../../src/state/params';

/** Panels landing in parallel with the guide; every other link must open a registered panel. */
const LANDING = ['probability', 'depth'];

async function renderView(id: 'guide' | 'credits', lang: 'en' | 'zh-CN' = 'en', search = '') {
  render(
    <LangContext.Provider value={lang}>
      <PanelHost panel={PANELS[id]} search={search} hide={[]} />
    </LangContext.Provider>,
  );
  await screen.findByTestId('panel-body', {}, { timeout: 15000 });
}

/** An element's text as read on screen: without the (closed) glossary definitions. */
function shownText(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll('[role="tooltip"]').forEach((tip) => tip.remove());
  return copy.textContent ?? '';
}

describe('guide links', () => {
  const links = GUIDE_ROWS.flatMap((row) => row.links.map((link) => [`${row.id}: ${link.name}`, link] as const));

  it.each(links)('%s opens a view whose settings are all valid', (_name, link) => {
    const href = guideHref(link);
    expect(href.startsWith(`?panel=${link.panel}`)).toBe(true);
    if (LANDING.includes(link.panel)) return;
    const app = parseAppUrl(href);
    expect(app.issues).toEqual([]);
    expect(app.panel).toBe(link.panel);
    const parsed = parseParams(PANELS[app.panel].schema, safeParams(href), APP_KEYS);
    expect(parsed.issues).toEqual([]);
    for (const [key, value] of link.entries ?? []) expect(PANELS[app.panel].schema[key].format(parsed.values[key])).toBe(value);
  });

  it('every task but metric learning links to at least one view', () => {
    for (const row of GUIDE_ROWS) expect(row.links.length > 0, row.id).toBe(row.id !== 'metric');
  });
});

describe('guide view', () => {
  it.each(['en', 'zh-CN'] as const)('is a table of tasks with their links, the contrastive card and the glossary (%s)', { timeout: 20000 }, async (lang) => {
    await renderView('guide', lang);
    const s = guideStrings[lang];
    const table = screen.getByRole('table', { name: s.tableCaption });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(GUIDE_ROWS.length);
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual([s.colTask, s.colOutput, s.colLoss, s.colWhy, s.colSee]);
    // The multi-class row: its task as the row header, formulas as MathML, links to the softmax panel.
    const multiclass = rows[0];
    expect(shownText(within(multiclass).getByRole('rowheader'))).toBe(s['row.multiclass.task']);
    expect(multiclass.querySelector('math')).not.toBeNull();
    expect(within(multiclass).getByRole('link', { name: s['link.softmaxOverflow'] }).getAttribute('href')).toBe('?panel=softmax&logits=1000%2C2000%2C3000%2C4000%2C5000');
    // Glossary terms in the texts are buttons with their definition.
    expect(within(multiclass).getByRole('button', { name: /one-hot|独热向量/ }).getAttribute('aria-describedby')).toBeTruthy();
    // Metric learning points to the card with the contrastive loss.
    const card = screen.getByRole('region', { name: s.contrastiveHeading });
    expect(card.querySelector('math')).not.toBeNull();
    expect(within(rows[GUIDE_ROWS.length - 1]).getByRole('link').getAttribute('href')).toBe('#guide-contrastive');
    // The whole glossary.
    const glossary = screen.getByRole('region', { name: glossaryStrings[lang].heading });
    expect(Array.from(glossary.querySelectorAll('dt')).map((dt) => dt.textContent)).toEqual(TERM_IDS.map((id) => glossaryStrings[lang][`${id}.name`]));
  });
});

describe('credits view', () => {
  it('cites Nielsen’s chapter 3 with the 0.82 / 0.98 experiment and η = 0.005, and every article', { timeout: 20000 }, async () => {
    await renderView('credits');
    const nielsen = document.querySelector('[data-source="nielsen"]')!;
    expect(within(nielsen as HTMLElement).getByRole('link').getAttribute('href')).toBe('http://neuralnetworksanddeeplearning.com/chap3.html');
    expect(nielsen.textContent).toMatch(/0\.82 and 0\.98.*η = 0\.005/s);
    expect(document.querySelectorAll('.credits-list > li')).toHaveLength(SOURCES.length - 1);
    const neuron = screen.getByRole('link', { name: /single-neuron panel/ }).getAttribute('href')!;
    const parsed = parseParams(PANELS.neuron.schema, safeParams(neuron), APP_KEYS);
    expect(parsed.issues).toEqual([]);
    expect(parsed.values.separateRate).toBe(true);
  });
});

describe('panel intro', () => {
  it('opens every panel with settings, with its glossary terms; hide=intro drops it', async () => {
    render(<PanelHost panel={PANELS.softmax} search="" hide={[]} />);
    const intro = document.querySelector('.panel-intro')!;
    expect(shownText(intro)).toMatch(/^Softmax turns a list of logits into probabilities that add up to 1\. Computed as written, large logits overflow to ∞ and then NaN \(sooner in float32\)/);
    expect(within(intro as HTMLElement).getAllByRole('button').map((b) => b.getAttribute('data-term'))).toEqual(['logit', 'nan-inf', 'float']);
    render(<PanelHost panel={PANELS.softmax} search="" hide={['intro']} />);
    expect(document.querySelectorAll('.panel-intro')).toHaveLength(1);
  });
});

describe('the embed dialog', () => {
  it('offers to hide a panel’s intro, and the snippet carries hide=intro', async () => {
    window.history.replaceState(null, '', '/?panel=surrogate');
    render(<ShareBar panelId="surrogate" panelTitle="Surrogate losses" />);
    fireEvent.click(screen.getByRole('button', { name: 'Embed' }));
    // The dialog and the panel's hide groups load on the first opening.
    await screen.findByLabelText('Embed code', {}, { timeout: 15_000 });
    const code = () => (screen.getByLabelText('Embed code') as HTMLTextAreaElement).value;
    expect(code()).not.toContain('hide=');
    fireEvent.click(screen.getByRole('checkbox', { name: 'The one-line introduction' }));
    expect(code()).toContain('hide=intro');
  });

  it('has no intro box for a view without an intro', async () => {
    window.history.replaceState(null, '', '/?panel=guide');
    render(<ShareBar panelId="guide" panelTitle="Which loss?" />);
    fireEvent.click(screen.getByRole('button', { name: 'Embed' }));
    await screen.findByLabelText('Embed code', {}, { timeout: 15_000 });
    expect(screen.queryByRole('checkbox', { name: 'The one-line introduction' })).toBeNull();
  });
});
