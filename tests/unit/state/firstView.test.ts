import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FIRST_VIEW_CONFIG } from '../../../src/state/appUrl';
import { firstView } from '../../../src/state/firstView';
import { createStaticAddressBar } from '../../../src/state/addressBar';

const view = (search: string, saved: string | null = null, savedTheme: string | null = null, languages: string[] = ['en-US']) =>
  firstView(search, saved, savedTheme, languages, FIRST_VIEW_CONFIG);

describe('firstView', () => {
  it('picks the panel or embed and hydrates links that hold only app-level keys', () => {
    expect(view('')).toEqual({ key: 'panel-surrogate-en', lang: 'en', theme: '', hydratable: true });
    expect(view('?panel=neuron')).toMatchObject({ key: 'panel-neuron-en', hydratable: true });
    expect(view('?embed=softmax&lang=zh-CN&v=1&theme=light')).toEqual({ key: 'embed-softmax-zh-CN', lang: 'zh-CN', theme: 'light', hydratable: true });
  });

  it('renders afresh what the prerendered HTML does not show: panel values, a hide list, bad or repeated keys, another version', () => {
    for (const search of ['?panel=neuron&eta=0.3', '?embed=softmax&hide=presets', '?panel=nope', '?panel=more&panel=more', '?v=2', '?lang=fr', '?theme=pink'])
      expect(view(search).hydratable, search).toBe(false);
  });

  it('chooses the language as the app does: the link, then the saved choice, then the browser', () => {
    expect(view('?lang=en', 'zh-CN', null, ['zh-TW']).lang).toBe('en');
    expect(view('', 'zh-CN', null, ['en']).lang).toBe('zh-CN');
    expect(view('', 'klingon', null, ['zh-TW', 'en']).lang).toBe('zh-CN');
    expect(view('', null, null, ['fr', 'en-GB']).lang).toBe('en');
    expect(view('', null, null, []).lang).toBe('en');
  });

  it('chooses the theme from the link, then the saved choice', () => {
    expect(view('?theme=dark', null, 'light').theme).toBe('dark');
    expect(view('', null, 'light').theme).toBe('light');
    expect(view('', null, 'system').theme).toBe('');
    expect(view('', null, 'mauve').theme).toBe('');
  });

  it('never throws and always names a prerendered view', () => {
    const keys = new Set(FIRST_VIEW_CONFIG.panels.flatMap((id) => FIRST_VIEW_CONFIG.langs.flatMap((lang) => [`panel-${id}-${lang}`, `embed-${id}-${lang}`])));
    fc.assert(
      fc.property(fc.string(), fc.option(fc.string()), fc.option(fc.string()), fc.array(fc.string()), (search, saved, theme, languages) => keys.has(view(search, saved, theme, languages).key)),
    );
  });

  it('is self-contained, so the build can inline it as the first-paint script', () => {
    const inlined = new Function(`return (${String(firstView)})`)() as typeof firstView;
    expect(inlined('?embed=more&lang=zh-CN', null, null, [], FIRST_VIEW_CONFIG)).toEqual(view('?embed=more&lang=zh-CN'));
  });
});

describe('createStaticAddressBar', () => {
  it('holds one view and ignores writes', () => {
    const address = createStaticAddressBar('?panel=more');
    address.replace('?panel=neuron');
    address.push('?panel=softmax');
    expect(address.getView()).toEqual({ search: '?panel=more', generation: 0 });
    expect(address.liveSearch()).toBe('?panel=more');
  });
});
