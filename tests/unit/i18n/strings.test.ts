import { describe, expect, it } from 'vitest';
import { LANGS, pickLang } from '../../../src/i18n/lang';
import { interpolate, type StringTable } from '../../../src/i18n/strings';

// Every strings table in the app: src/**/strings.ts and the shell's.
const modules = import.meta.glob<Record<string, unknown>>(['../../../src/**/strings.ts', '../../../src/**/hideStrings.ts', '../../../src/i18n/shell.ts'], { eager: true });

function tables(): [string, StringTable<string>][] {
  const found: [string, StringTable<string>][] = [];
  for (const [file, module] of Object.entries(modules)) {
    for (const [name, value] of Object.entries(module)) {
      if (value && typeof value === 'object' && 'en' in value && 'zh-CN' in value) found.push([`${file}:${name}`, value as StringTable<string>]);
    }
  }
  return found;
}

describe('strings tables', () => {
  it('finds the tables', () => expect(tables().length).toBeGreaterThan(0));

  it.each(tables())('%s has every key in every language, none empty', (_name, table) => {
    const keys = Object.keys(table.en).sort();
    for (const lang of LANGS) {
      expect(Object.keys(table[lang]).sort()).toEqual(keys);
      for (const key of keys) expect(table[lang][key].trim().length, `${lang}:${key}`).toBeGreaterThan(0);
    }
  });

  it.each(tables())('%s uses the same placeholders in every language', (_name, table) => {
    const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(table.en)) expect(placeholders(table['zh-CN'][key]), key).toEqual(placeholders(table.en[key]));
  });

  it.each(tables())('%s Chinese strings are actually Chinese where the English has words', (_name, table) => {
    for (const key of Object.keys(table.en)) {
      const en = table.en[key];
      const zh = table['zh-CN'][key];
      if (/[a-z]{4,}\s+[a-z]{3,}/i.test(en) && !/\{|\\/.test(en)) expect(zh, key).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe('interpolate and pickLang', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(interpolate('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });
  it('maps browser languages', () => {
    expect(pickLang(['zh-TW', 'en'])).toBe('zh-CN');
    expect(pickLang(['fr', 'en-GB'])).toBe('en');
    expect(pickLang([])).toBe('en');
  });
});
