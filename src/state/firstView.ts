/**
 * Which prerendered view a visitor's first paint shows, and whether the app may hydrate it.
 *
 * The build prerenders every panel's and every embed's default view in each language into
 * index.html (src/prerender.tsx, scripts/vite-plugin-prerender.ts). A static host serves that one
 * file for every query string, so a small inline script (hashed in the CSP) runs this function
 * before the first paint to pick the view the link asks for, and main.tsx runs the same function to
 * decide between hydrating that HTML and rendering afresh. It is stringified into the page, so it
 * must stay self-contained: no imports, no closures, only its arguments.
 */
export interface FirstViewConfig {
  panels: readonly string[];
  langs: readonly string[];
  themes: readonly string[];
  version: string;
}

export interface FirstView {
  /** The prerendered view: `${'panel' | 'embed'}-${id}-${lang}`. */
  key: string;
  lang: string;
  /** The theme forced by the link or the saved choice ('' for the system's). */
  theme: string;
  /** The link holds only what the prerendered view shows: hydrate it. Otherwise render afresh, hiding the panel body until then. */
  hydratable: boolean;
}

export function firstView(search: string, savedLang: string | null, savedTheme: string | null, languages: readonly string[], config: FirstViewConfig): FirstView {
  const params = new URLSearchParams(search);
  const seen: Record<string, number> = {};
  let hydratable = true;
  params.forEach((_value, key) => {
    seen[key] = (seen[key] || 0) + 1;
    if (seen[key] > 1 || ['panel', 'embed', 'lang', 'theme', 'v'].indexOf(key) < 0) hydratable = false;
  });
  const valid = (key: string, options: readonly string[]) => {
    const value = params.get(key);
    if (value === null) return null;
    if (options.indexOf(value) < 0) {
      hydratable = false;
      return null;
    }
    return value;
  };
  const embed = valid('embed', config.panels);
  const panel = valid('panel', config.panels);
  let lang = valid('lang', config.langs);
  const theme = valid('theme', config.themes);
  if (params.get('v') !== null && params.get('v') !== config.version) hydratable = false;
  if (lang === null) lang = savedLang !== null && config.langs.indexOf(savedLang) >= 0 ? savedLang : null;
  if (lang === null) {
    for (const tag of languages) {
      const lower = String(tag).toLowerCase();
      if (lower.indexOf('zh') === 0) lang = 'zh-CN';
      else if (lower.indexOf('en') === 0) lang = 'en';
      if (lang !== null) break;
    }
  }
  const chosenTheme = theme !== null ? theme : savedTheme !== null && config.themes.indexOf(savedTheme) >= 0 ? savedTheme : 'system';
  const kind = embed !== null ? 'embed' : 'panel';
  const id = embed !== null ? embed : panel !== null ? panel : config.panels[0];
  return { key: `${kind}-${id}-${lang === null ? 'en' : lang}`, lang: lang === null ? 'en' : lang, theme: chosenTheme === 'system' ? '' : chosenTheme, hydratable };
}
