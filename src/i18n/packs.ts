import type { Lang } from './lang';
import type { StringTable } from './strings';
import type * as ZhPack from './zh.strings';

/*
 * Language packs: the Chinese halves of the app-wide tables (src/i18n/zh.strings.ts) are a chunk
 * of their own, so an English first view does not download them. Whatever renders in Chinese waits
 * for `loadLang('zh-CN')` first: the startup before it hydrates or renders a Chinese view
 * (src/main.tsx), the language switch and history (src/App.tsx), the prerenderer, the unit tests'
 * setup. Reading a Chinese string before that is a bug, reported by name.
 */

type Pack = typeof ZhPack;
export type PackPart = Exclude<keyof Pack, 'default'>;

let zh: Pack | undefined;
let loading: Promise<void> | undefined;

/** Whether every string of `lang` is at hand (English always is). */
export function langReady(lang: Lang): boolean {
  return lang !== 'zh-CN' || zh !== undefined;
}

/** Loads `lang`'s pack once (resolves at once when it is at hand); a failed load may be retried. */
export function loadLang(lang: Lang): Promise<void> {
  if (langReady(lang)) return Promise.resolve();
  loading ??= import('./zh.strings').then(
    (pack) => {
      zh = pack;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

function zhPart<P extends PackPart>(part: P): Pack[P] {
  if (!zh) throw new Error(`Chinese strings (${part}) read before loadLang('zh-CN') (src/i18n/packs.ts)`);
  return zh[part];
}

/** A strings table whose Chinese half is the pack's `part`: the same table to read (`table[lang][key]`) as defineStrings gives. */
export function defineStringsWithPack<K extends string, P extends PackPart>(en: Record<K, string>, part: P & (Pack[P] extends Record<K, string> ? P : never)): StringTable<K> {
  return {
    en,
    get 'zh-CN'() {
      return zhPart(part) as Record<K, string>;
    },
  };
}
