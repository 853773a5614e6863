import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../../src/i18n/lang';
import { interpolate, type StringTable } from '../../../src/i18n/strings';
import { PANELS } from '../../../src/panels/registry';

// Every strings table in the app: src/**/strings.ts, the shell's, and each panel definition's labels.
const modules = import.meta.glob<Record<string, unknown>>(['../../../src/**/strings.ts', '../../../src/i18n/shell.ts'], { eager: true });

function tables(): [string, StringTable<string>][] {
  const found: [string, StringTable<string>][] = [];
  for (const [file, module] of Object.entries(modules)) {
    for (const [name, value] of Object.entries(module)) {
      if (value && typeof value === 'object' && 'en' in value && 'zh-CN' in value) found.push([`${file}:${name}`, value as StringTable<string>]);
    }
  }
  for (const panel of Object.values(PANELS)) found.push([`${panel.id} definition labels`, panel.labels]);
  return found;
}

/** Every source file under src/ except the strings tables themselves (the panels' packs, src/panels/<id>/zh.ts, among them), as one text. */
function sourceText(): string {
  const root = join(__dirname, '../../../src');
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.tsx?$/.test(name) && !/strings\.ts$/.test(name) && !/^panels\/[^/]+\/zh\.ts$/.test(relative(root, path)) && relative(root, path) !== 'i18n/shell.ts') files.push(path);
    }
  };
  walk(root);
  return files.map((file) => readFileSync(file, 'utf8')).join('\n');
}

/**
 * Whether a key is read somewhere: quoted as it is ('marginLabel'), or through a template whose
 * fixed prefix it has (`run.${id}` reads 'run.quad1'). A definition's title and blurb are read as
 * `.title` and `.blurb` by the shell.
 */
function isUsed(source: string, templates: readonly RegExp[], key: string): boolean {
  if (source.includes(`'${key}'`) || source.includes(`"${key}"`)) return true;
  if (templates.some((template) => template.test(key))) return true;
  return (key === 'title' || key === 'blurb') && source.includes(`.${key}`);
}

/** Template literals with a fixed part and placeholders (`run.${id}`, `${kind}Item`), as patterns for whole keys. */
function templatePatterns(source: string): RegExp[] {
  const patterns: RegExp[] = [];
  for (const [, body] of source.matchAll(/`([^`]*\$\{[^`]*)`/g)) {
    const parts = body.split(/\$\{[^}]*\}/);
    if (parts.join('').length === 0 || /\s/.test(parts.join(''))) continue; // no fixed part, or text rather than a key
    patterns.push(new RegExp(`^${parts.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\w.-]+')}$`));
  }
  return patterns;
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

describe('unused strings', () => {
  const source = sourceText();
  const templates = templatePatterns(source);
  it.each(tables())('%s has no key that no source file reads', (_name, table) => {
    const unused = Object.keys(table.en).filter((key) => !isUsed(source, templates, key));
    expect(unused).toEqual([]);
  });
});

describe('interpolate', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(interpolate('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });
});
