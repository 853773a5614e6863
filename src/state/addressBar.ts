import { APP_KEYS, parseAppUrl, type PanelId } from './appUrl';

/**
 * The address bar as one external store (read with useSyncExternalStore). It owns the query string:
 * the app writes it only through `replace` (a panel's values changed: no history entry) and `push`
 * (another panel), and history's back and forward come in through `popstate`.
 *
 * The snapshot is the *view*: the query string a panel was mounted from and a counter that moves
 * whenever the view changes (a push, or history bringing back another query string). Rewriting the
 * values in place does not change the snapshot, so moving a slider re-renders no shell.
 */
export interface AddressView {
  /** The query string the current view was opened with. */
  search: string;
  /** Changes whenever the panel must remount from `search`. */
  generation: number;
}

export interface AddressBar {
  subscribe: (listener: () => void) => () => void;
  getView: () => AddressView;
  /** The live query string (it follows every control; the view's `search` does not). */
  liveSearch: () => string;
  /** Rewrite the query string in place now, keeping the hash (a language or theme switch). */
  replace: (search: string) => void;
  /**
   * Rewrite the query string in place soon (the panel's values changed): writes are coalesced until
   * the input rests (URL_WRITE_REST_MS) or at most every URL_WRITE_MAX_MS while it keeps moving, so
   * a drag does not pay a history.replaceState per step (each costs the main thread 5–10 ms in
   * Chromium at 1×, more with the favicon it refetches, and Chromium ignores more than 200 in 10 s). `liveSearch` and `liveHref` see it at once.
   */
  replaceSoon: (search: string) => void;
  /** Open another view as a new history entry. */
  push: (search: string) => void;
  /** Each panel's values as last written, so a tab returns to what the visitor had set up, as Back does. */
  lastEntries: (panel: PanelId) => [string, string][];
}

/** The panel's own key=value pairs of a query string (the app-level keys removed). */
export function panelEntries(search: string): [string, string][] {
  return [...new URLSearchParams(search).entries()].filter(([key]) => !APP_KEYS.includes(key));
}

/**
 * How long the values must rest before the address bar is rewritten, and the longest a write waits
 * while they keep moving. Each write costs a frame on a slow phone: the history entry is serialised
 * and Chromium refetches and re-parses the SVG favicon on the main thread (tens of milliseconds at 4× CPU,
 * up to 300 ms measured on a loaded machine), so a drag pays it every 5 s rather than every second.
 */
export const URL_WRITE_REST_MS = 250;
export const URL_WRITE_MAX_MS = 5000;

/** Every live address bar's pending write (one per app; a test may render several). */
const pendingWrites = new Set<() => void>();

/** Writes any address-bar rewrite still waiting, so that `window.location` holds the view shown. */
export function flushAddressWrites(): void {
  for (const flush of [...pendingWrites]) flush();
}

/** The page's address with the view as shown: read it here, not from window.location, to share or link it. */
export function liveHref(): string {
  flushAddressWrites();
  return window.location.href;
}

export function createAddressBar(win: Window): AddressBar {
  let view: AddressView = { search: win.location.search, generation: 0 };
  // The query string as last written or read: popstate compares against it, so that a hash-only
  // history step (the skip link, in-page anchors) does not remount the panel.
  let last = win.location.search;
  const entries = new Map<PanelId, [string, string][]>();
  const remember = (search: string) => {
    const app = parseAppUrl(search);
    entries.set(app.embed ?? app.panel, panelEntries(search));
  };
  remember(view.search);
  const listeners = new Set<() => void>();
  const emit = () => listeners.forEach((listener) => listener());

  // The coalesced rewrite (replaceSoon): the latest query string, written when the values rest.
  let pending: string | null = null;
  let restTimer: ReturnType<typeof setTimeout> | undefined;
  let maxTimer: ReturnType<typeof setTimeout> | undefined;
  const cancel = () => {
    clearTimeout(restTimer);
    clearTimeout(maxTimer);
    restTimer = maxTimer = undefined;
    pending = null;
    pendingWrites.delete(flush);
  };
  const write = (search: string) => {
    win.history.replaceState(win.history.state, '', search + win.location.hash);
    last = win.location.search;
    remember(last);
  };
  function flush() {
    const search = pending;
    cancel();
    if (search !== null) write(search);
  }
  // Leaving or hiding the page (a reload, a bookmark, another tab): the address must hold the view.
  const onHide = () => {
    if (win.document.visibilityState === 'hidden') flush();
  };

  const onPop = () => {
    // History moved to another entry: a rewrite meant for the entry left behind must not land on it.
    cancel();
    if (win.location.search === last) return;
    last = win.location.search;
    remember(last);
    view = { search: last, generation: view.generation + 1 };
    emit();
  };
  return {
    subscribe(listener) {
      if (listeners.size === 0) {
        win.addEventListener('popstate', onPop);
        win.addEventListener('pagehide', flush);
        win.document.addEventListener('visibilitychange', onHide);
      }
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          flush();
          win.removeEventListener('popstate', onPop);
          win.removeEventListener('pagehide', flush);
          win.document.removeEventListener('visibilitychange', onHide);
        }
      };
    },
    getView: () => view,
    liveSearch: () => pending ?? win.location.search,
    replace(search) {
      cancel();
      write(search);
    },
    replaceSoon(search) {
      // A panel's tab returns to these values even before they reach the address bar.
      remember(search);
      pending = search;
      pendingWrites.add(flush);
      clearTimeout(restTimer);
      restTimer = setTimeout(flush, URL_WRITE_REST_MS);
      maxTimer ??= setTimeout(flush, URL_WRITE_MAX_MS);
    },
    push(search) {
      flush(); // the entry left behind keeps the values it showed (Back returns to them)
      win.history.pushState(null, '', search);
      last = win.location.search;
      view = { search: last, generation: view.generation + 1 };
      emit();
    },
    lastEntries: (panel) => entries.get(panel) ?? [],
  };
}

/** The address bar of a page rendered ahead of time: one fixed view, no history. */
export function createStaticAddressBar(search: string): AddressBar {
  const view: AddressView = { search, generation: 0 };
  return {
    subscribe: () => () => {},
    getView: () => view,
    liveSearch: () => search,
    replace: () => {},
    replaceSoon: () => {},
    push: () => {},
    lastEntries: () => [],
  };
}
