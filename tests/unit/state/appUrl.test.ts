import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { APP_KEYS, buildSearch, parseAppUrl, TASK_MAX_LENGTH, taskCard } from '../../../src/state/appUrl';
import { PANELS } from '../../../src/panels/registry';
import { hideNames } from '../../../src/panels/definition';

describe('parseAppUrl', () => {
  it('defaults to the surrogate panel', () => {
    expect(parseAppUrl('')).toMatchObject({ panel: 'surrogate', embed: null, lang: null, issues: [] });
  });

  it('reads panel, embed, lang and hide', () => {
    expect(parseAppUrl('?panel=neuron&lang=zh-CN')).toMatchObject({ panel: 'neuron', lang: 'zh-CN' });
    expect(parseAppUrl('?embed=softmax&hide=temperature,presets')).toMatchObject({ panel: 'softmax', embed: 'softmax', hide: ['temperature', 'presets'] });
  });

  it('reports bad values and keeps defaults', () => {
    const state = parseAppUrl('?panel=nope&embed=<b>&lang=fr&v=x');
    expect(state.panel).toBe('surrogate');
    expect(state.embed).toBeNull();
    expect(state.lang).toBeNull();
    expect(state.issues.map((i) => i.key).sort()).toEqual(['embed', 'lang', 'panel', 'v']);
  });

  it('names a link from a newer format as such, and reads the rest as well as it can', () => {
    const state = parseAppUrl('?panel=softmax&v=2');
    expect(state.panel).toBe('softmax');
    expect(state.issues).toEqual([{ key: 'v', raw: '2', problem: 'newer-version' }]);
    expect(parseAppUrl('?v=1').issues).toEqual([]);
    expect(parseAppUrl('?v=0').issues.map((i) => i.problem)).toEqual(['out-of-range']);
    expect(parseAppUrl('?v=2.5').issues.map((i) => i.problem)).not.toContain('newer-version');
  });

  it('never throws', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (s) => typeof parseAppUrl(s).panel === 'string'));
  });

  it('builds a search string that parses back', () => {
    const search = buildSearch({ panel: 'softmax', lang: 'zh-CN' }, [['x', '1,2']]);
    expect(search).toBe('?panel=softmax&lang=zh-CN&x=1%2C2');
    expect(parseAppUrl(search)).toMatchObject({ panel: 'softmax', lang: 'zh-CN' });
  });
});

describe('panel schemas', () => {
  it.each(Object.values(PANELS))('$id uses no app-level key and hides only its own controls', (panel) => {
    for (const key of Object.keys(panel.schema)) expect(APP_KEYS).not.toContain(key);
    for (const name of hideNames(panel)) expect(name).toMatch(/^[a-z0-9-]{1,30}$/);
    // Every hide group's and control's label is a key of the panel's labels, in both languages.
    const labelKeys = [...panel.hide.map((g) => g.label), ...Object.values(panel.controls).flatMap((c) => [c!.label, ...(c!.hint ? [c!.hint] : []), ...Object.values(c!.options ?? {})])];
    for (const key of labelKeys) for (const lang of ['en', 'zh-CN'] as const) expect(panel.labels[lang][key], `${lang} ${key}`).toBeTruthy();
    // Every control's hide group is one the embed dialog offers, and every control names a schema key.
    for (const [key, control] of Object.entries(panel.controls)) {
      expect(Object.keys(panel.schema)).toContain(key);
      if (control!.hide) expect(hideNames(panel)).toContain(control!.hide);
    }
  });
});

describe('the teacher’s task (task=)', () => {
  it('is an app key: no panel reports it, and a rewritten URL carries it along', () => {
    expect(APP_KEYS).toContain('task');
    expect(parseAppUrl('?embed=more&task=Drag+r').task).toBe('Drag r');
    expect(parseAppUrl('?embed=more').task).toBeNull();
    expect(buildSearch({ panel: 'more', embed: 'more', task: 'Drag r <now>' }, [['r', '2']])).toBe('?embed=more&task=Drag+r+%3Cnow%3E&r=2');
  });

  it('keeps the teacher’s characters as text, with line breaks, and removes control and direction characters', () => {
    expect(taskCard('<script>alert(1)</script>')).toEqual({ text: '<script>alert(1)</script>', cut: false });
    expect(taskCard('  one\r\ntwo\n\n\n\nthree\u0007\u202e ')).toEqual({ text: 'one\ntwo\n\nthree', cut: false });
    expect(taskCard(null)).toBeNull();
    expect(taskCard(' \n\t ')).toBeNull();
  });

  it('cuts at TASK_MAX_LENGTH characters (not UTF-16 units) and says so', () => {
    const exact = '损'.repeat(TASK_MAX_LENGTH);
    expect(taskCard(exact)).toEqual({ text: exact, cut: false });
    const emoji = '😀'.repeat(TASK_MAX_LENGTH + 1);
    const card = taskCard(emoji);
    expect(card?.cut).toBe(true);
    expect(Array.from(card?.text ?? '')).toHaveLength(TASK_MAX_LENGTH + 1); // the cut text and an ellipsis
    expect(card?.text.endsWith('😀…')).toBe(true);
  });
});
