import { createContext, useCallback, useContext } from 'react';
import type { Lang } from './lang';

/** A strings table: English defines the keys; every other language must have exactly the same keys. */
export type StringTable<K extends string> = Record<Lang, Record<K, string>>;

/** Declares a table, checking at compile time that the Chinese has every English key. */
export function defineStrings<K extends string>(en: Record<K, string>, zh: NoInfer<Record<K, string>>): StringTable<K> {
  return { en, 'zh-CN': zh };
}

/**
 * `base`'s table extended with more keys (a panel's labels over its meta's title and blurb). The
 * Chinese half is merged when first read: `base`'s may be in a language pack (src/i18n/packs.ts),
 * which an English view never loads.
 */
export function extendStrings<B extends string, K extends string>(base: StringTable<B>, en: Record<K, string>, zh: NoInfer<Record<K, string> | (() => Record<K, string>)>): StringTable<B | K> {
  let merged: Record<B | K, string> | undefined;
  return {
    en: { ...base.en, ...en },
    get 'zh-CN'() {
      // A function: the Chinese half is in the panel's own pack (src/i18n/packs.ts, panelPack).
      return (merged ??= { ...base['zh-CN'], ...(typeof zh === 'function' ? zh() : zh) });
    },
  };
}

/** Replaces {name} placeholders; unknown placeholders are left visible so a missing value is noticed. */
export function interpolate(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export const LangContext = createContext<Lang>('en');

export function useLang(): Lang {
  return useContext(LangContext);
}

/** A translate function for one table in the current language. */
export function useT<K extends string>(table: StringTable<K>): (key: K, params?: Record<string, string | number>) => string {
  const lang = useLang();
  return useCallback((key: K, params?: Record<string, string | number>) => interpolate(table[lang][key], params), [lang, table]);
}
