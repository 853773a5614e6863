import { enumParam, integerParam, parseParams, type ParamIssue } from './params';
import type { Lang } from '../i18n/lang';
import { LANGS } from '../i18n/lang';
import type { FirstViewConfig } from './firstView';

import { PANEL_IDS, type PanelId } from '../panels/catalog';

export { PANEL_IDS, type PanelId };

/** Version of the URL format; links carry it as `v=`. Bump it when a key changes meaning. */
export const URL_VERSION = 1;

export const THEMES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEMES)[number];

/** App-level keys: no panel schema may use these names. */
export const APP_SCHEMA = {
  panel: enumParam(PANEL_IDS, PANEL_IDS[0]),
  embed: enumParam(PANEL_IDS, PANEL_IDS[0]),
  lang: enumParam<Lang>(LANGS, 'en'),
  theme: enumParam<ThemeChoice>(THEMES, 'system'),
  // A link from a later format than this build reads is reported (its keys may mean something else).
  v: integerParam({ default: URL_VERSION, min: 1, max: URL_VERSION }),
};
/** What the first-paint script needs to know of the app-level keys (see firstView.ts). */
export const FIRST_VIEW_CONFIG: FirstViewConfig = { panels: PANEL_IDS, langs: LANGS, themes: THEMES, version: String(URL_VERSION) };

/** Keys the app reads itself (hide is a list of control names, validated by each panel; task is the teacher's text). */
export const APP_KEYS: readonly string[] = [...Object.keys(APP_SCHEMA), 'hide', 'task'];

/** The longest task a link shows above an embed, in characters (code points); a longer one is cut, and the embed says so. */
export const TASK_MAX_LENGTH = 280;

export interface TaskCard {
  /** Plain text, shown as text (never parsed as HTML): line breaks kept, other control characters removed. */
  text: string;
  /** The link's task was longer than TASK_MAX_LENGTH and has been cut. */
  cut: boolean;
}

/** The task card for a link's raw `task=` value: null when there is no text to show. */
export function taskCard(raw: string | null): TaskCard | null {
  if (raw === null) return null;
  const clean = raw
    .replace(/\r\n?/g, '\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  if (clean === '') return null;
  const chars = Array.from(clean);
  if (chars.length <= TASK_MAX_LENGTH) return { text: clean, cut: false };
  return { text: `${chars.slice(0, TASK_MAX_LENGTH).join('').trimEnd()}…`, cut: true };
}

export interface AppUrlState {
  panel: PanelId;
  /** Set when the page is an embed of a single panel. */
  embed: PanelId | null;
  lang: Lang | null;
  theme: ThemeChoice | null;
  /** Raw hide list; each panel keeps only the control names it knows. */
  hide: string[];
  /** The link's raw `task=` (see taskCard), carried along when the URL is rewritten. */
  task: string | null;
  issues: ParamIssue[];
}

/** Reads the app-level keys from a query string. Never throws; invalid values are reported and ignored. */
export function parseAppUrl(search: string): AppUrlState {
  const params = safeParams(search);
  const only = new URLSearchParams();
  for (const key of ['panel', 'embed', 'lang', 'theme', 'v']) {
    const value = params.get(key);
    if (value !== null) only.set(key, value);
  }
  const parsed = parseParams(APP_SCHEMA, only);
  const { values } = parsed;
  // An invalid lang or theme falls back to the saved or system choice, an invalid embed to the full
  // app, not to the schema default: the notice names no replacement for app-level keys.
  const issues = parsed.issues.map(({ key, raw, problem }): ParamIssue => ({
    key,
    raw,
    problem: key === 'v' && problem === 'out-of-range' && Number.isInteger(Number(raw)) && Number(raw) > URL_VERSION ? 'newer-version' : problem,
  }));
  const embedRaw = params.get('embed');
  const embed = embedRaw !== null && !issues.some((i) => i.key === 'embed') ? values.embed : null;
  const hide = (params.get('hide') ?? '').split(',').map((s) => s.trim()).filter((s) => /^[a-z0-9-]{1,30}$/.test(s)).slice(0, 30);
  return {
    panel: embed ?? values.panel,
    embed,
    lang: params.get('lang') !== null && !issues.some((i) => i.key === 'lang') ? values.lang : null,
    theme: params.get('theme') !== null && !issues.some((i) => i.key === 'theme') ? values.theme : null,
    hide,
    task: params.get('task'),
    issues,
  };
}

/** URLSearchParams never throws on a string, but be explicit: a leading "?" is optional. */
export function safeParams(search: string): URLSearchParams {
  try {
    return new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  } catch {
    return new URLSearchParams();
  }
}

/** The query string for a view: app keys first, then the panel's non-default values. */
export function buildSearch(
  app: { panel: PanelId; embed?: PanelId | null; lang?: Lang | null; theme?: ThemeChoice | null; hide?: readonly string[]; task?: string | null },
  panelEntries: [string, string][],
): string {
  const params = new URLSearchParams();
  if (app.embed) params.set('embed', app.embed);
  else params.set('panel', app.panel);
  if (app.lang) params.set('lang', app.lang);
  if (app.theme) params.set('theme', app.theme);
  if (app.hide && app.hide.length > 0) params.set('hide', app.hide.join(','));
  if (app.task) params.set('task', app.task);
  for (const [key, value] of panelEntries) params.set(key, value);
  return `?${params.toString()}`;
}
