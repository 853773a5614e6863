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
  /** Rewrite the query string in place (the panel's values changed), keeping the hash. */
  replace: (search: string) => void;
  /** Open another view as a new history entry. */
  push: (search: string) => void;
  /** Each panel's values as last written, so a tab returns to what the visitor had set up, as Back does. */
  lastEntries: (panel: PanelId) => [string, string][];
}

/** The panel's own key=value pairs of a query string (the app-level keys removed). */
export function panelEntries(search: string): [string, string][] {
  return [...new URLSearchParams(search).entries()].filter(([key]) => !APP_KEYS.includes(key));
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
  const onPop = () => {
    if (win.location.search === last) return;
    last = win.location.search;
    remember(last);
    view = { search: last, generation: view.generation + 1 };
    emit();
  };
  return {
    subscribe(listener) {
      if (listeners.size === 0) win.addEventListener('popstate', onPop);
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) win.removeEventListener('popstate', onPop);
      };
    },
    getView: () => view,
    liveSearch: () => win.location.search,
    replace(search) {
      win.history.replaceState(win.history.state, '', search + win.location.hash);
      last = win.location.search;
      remember(last);
    },
    push(search) {
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
    push: () => {},
    lastEntries: () => [],
  };
}
