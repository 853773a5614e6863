import type { Lang } from './lang';
import type { StringTable } from './strings';
import type * as ZhPack from './zh.strings';

/*
 * Language packs: the Chinese halves of the app-wide tables (src/i18n/zh.strings.ts) are a chunk
 * of their own, so an English first view does not download them. Whatever renders in Chinese waits
 * for `loadLang('zh-CN')` first: the startup before it hydrates or renders a Chinese view
 * (src/main.tsx), the language switch and history (src/App.tsx), the prerenderer, the unit tests'
 * setup. Reading a Chinese string before that is a bug, reported by name.
 *
 * A panel may keep the Chinese halves of its own tables in a pack of its own too
 * (`src/panels/<id>/zh.ts`, read through `panelPack`): `loadLang('zh-CN')` also loads the packs of
 * the panels whose code has run, and a panel's declaration loaded while Chinese is in use waits
 * for its pack (`loadPanelLang`, src/panels/catalog.ts).
 */

type Pack = typeof ZhPack;
export type PackPart = Exclude<keyof Pack, 'default'>;

let zh: Pack | undefined;
let loading: Promise<void> | undefined;
/** Set by the first `loadLang('zh-CN')`: from then on a panel loaded brings its Chinese pack. */
let zhInUse = false;

/** The panels' own packs, by panel id: those that exist, those loaded, those being loaded, those whose code has run. */
const panelLoaders = import.meta.glob<Record<string, unknown>>('../panels/*/zh.ts');
const panelPacks = new Map<string, Record<string, unknown>>();
const panelLoading = new Map<string, Promise<void>>();
const panelsInUse = new Set<string>();
const panelLoader = (panel: string) => panelLoaders[`../panels/${panel}/zh.ts`];

/** Whether every string of `lang` is at hand (English always is). */
export function langReady(lang: Lang): boolean {
  return lang !== 'zh-CN' || (zh !== undefined && [...panelsInUse].every((panel) => panelPacks.has(panel) || !panelLoader(panel)));
}

function loadPanelPack(panel: string): Promise<void> {
  const load = panelLoader(panel);
  if (!load || panelPacks.has(panel)) return Promise.resolve();
  let promise = panelLoading.get(panel);
  if (!promise) {
    promise = load().then(
      (pack) => {
        panelPacks.set(panel, pack);
      },
      (error: unknown) => {
        panelLoading.delete(panel);
        throw error;
      },
    );
    panelLoading.set(panel, promise);
  }
  return promise;
}

/** Loads `lang`'s pack once, with the packs of the panels in use (resolves at once when all are at hand); a failed load may be retried. */
export function loadLang(lang: Lang): Promise<void> {
  if (langReady(lang)) return Promise.resolve();
  zhInUse = true;
  loading ??= import('./zh.strings').then(
    (pack) => {
      zh = pack;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return Promise.all([loading, ...[...panelsInUse].map(loadPanelPack)]).then(() => undefined);
}

/** A panel's Chinese pack when Chinese is in use on the page (resolves at once otherwise): awaited with its declaration. */
export function loadPanelLang(panel: string): Promise<void> {
  return zhInUse ? loadPanelPack(panel) : Promise.resolve();
}

/**
 * The reader of a panel's own pack (`src/panels/<panel>/zh.ts`, of type `T`), called where the
 * panel's tables are declared: from then on `loadLang('zh-CN')` loads that pack too.
 */
export function panelPack<T>(panel: string): () => T {
  panelsInUse.add(panel);
  return () => {
    const pack = panelPacks.get(panel);
    if (!pack) throw new Error(`Chinese strings (${panel}) read before loadLang('zh-CN') (src/i18n/packs.ts)`);
    return pack as T;
  };
}

/** A strings table whose Chinese half is read from a panel's pack (`panelPack`) when first asked for. */
export function defineStringsFromPack<K extends string>(en: Record<K, string>, zhHalf: () => Record<K, string>): StringTable<K> {
  return {
    en,
    get 'zh-CN'() {
      return zhHalf();
    },
  };
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
