import { isLang, pickLang, type Lang } from '../i18n/lang';
import type { ThemeChoice } from './appUrl';

/*
 * Saved preferences (language, theme). Storage can be blocked (sandboxed iframes, privacy modes):
 * every access is guarded, and a failed save only means the choice lasts for this page.
 */
const LANG_KEY = 'loss-lab:lang';
const THEME_KEY = 'loss-lab:theme';
const THEMES: readonly ThemeChoice[] = ['system', 'light', 'dark'];

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

/** ?lang= first, then the saved choice, then the browser's languages. */
export function initialLang(fromUrl: Lang | null): Lang {
  const saved = read(LANG_KEY);
  return fromUrl ?? (isLang(saved) ? saved : pickLang(navigator.languages ?? [navigator.language]));
}

export const saveLang = (lang: Lang) => write(LANG_KEY, lang);

/** ?theme= first, then the saved choice, then the system's. */
export function initialTheme(fromUrl: ThemeChoice | null): ThemeChoice {
  const saved = read(THEME_KEY);
  return fromUrl ?? (THEMES.includes(saved as ThemeChoice) ? (saved as ThemeChoice) : 'system');
}

export const saveTheme = (theme: ThemeChoice) => write(THEME_KEY, theme);
