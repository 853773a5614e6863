import type { Lang } from '../i18n/lang';
import { FIRST_VIEW_CONFIG, type ThemeChoice } from './appUrl';
import { firstView, type FirstView } from './firstView';

/*
 * Saved preferences (language, theme). Storage can be blocked (sandboxed iframes, privacy modes):
 * every access is guarded, and a failed save only means the choice lasts for this page.
 */
const LANG_KEY = 'loss-lab:lang';
const THEME_KEY = 'loss-lab:theme';

function read(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // not saved
  }
}

/**
 * The view this page opens with, by the same rule the first-paint script used: ?lang= first, then
 * the saved choice, then the browser's languages; ?theme= first, then the saved choice, then the system's.
 */
export function clientFirstView(): FirstView {
  return firstView(window.location.search, read(LANG_KEY), read(THEME_KEY), navigator.languages ?? [navigator.language], FIRST_VIEW_CONFIG);
}

export const saveLang = (lang: Lang) => write(LANG_KEY, lang);

export const saveTheme = (theme: ThemeChoice) => write(THEME_KEY, theme);

/** The storage keys, for the first-paint script. */
export const PREFERENCE_KEYS = { lang: LANG_KEY, theme: THEME_KEY } as const;
