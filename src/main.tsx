import { startTransition, StrictMode } from 'react';
import './styles.css';
import { clientFirstView } from './state/preferences';
import { parseAppUrl } from './state/appUrl';
import { loadPanel } from './panels/catalog';
import { markHydratingPage, nextTask } from './startup';
import { loadLang } from './i18n/packs';
import { lazyEmbedView } from './components/lazyEmbedView';
import type { Lang } from './i18n/lang';

declare global {
  interface Window {
    /** Set by the boot script when it fetches a view other than the one in #root: settles true once swapped in. */
    lossLabFirstView?: Promise<boolean>;
    /** Set here once the app takes #root over: a view fetched later is not swapped in any more. */
    lossLabStarted?: boolean;
  }
}

/*
 * The page arrives with a view already rendered to HTML (scripts/vite-plugin-prerender.ts): hydrate
 * it when it is the view the link asks for and the link holds only what that HTML shows; otherwise
 * (values of the panel's own, a hide list, anything invalid to report, or the view's HTML could not
 * be fetched) render afresh: React replaces the HTML when it commits, and the panel body stays
 * hidden until then, so no default value flashes.
 *
 * Startup in short tasks, so that a slow phone answers a tap while the app starts: this entry is
 * small, and React's DOM renderer, the app's shell and the panel's chunks are separate imports,
 * requested together at once but each run in a task of its own, with a turn for the browser (input,
 * paint) between them and before hydration starts. Evaluated as one module graph, they used to be
 * one task of 35–55 ms of CPU on a fast machine (×4 on a slow phone: 140–220 ms without a pause).
 */
async function start() {
  const app = parseAppUrl(window.location.search);
  const dom = import('react-dom/client');
  const shell = import('./App');
  // A Chinese view's app-wide strings are a chunk of their own (src/i18n/packs.ts): requested with the shell.
  const strings = loadLang(clientFirstView().lang as Lang);
  // An embed's view is a chunk of its own (src/components/lazyEmbedView.ts): requested with the shell too.
  const embedView = app.embed ? lazyEmbedView.load() : undefined;
  await nextTask();
  // The view's panel declaration and component are chunks of their own: requested now, while the
  // rest arrives (the shell hydrates without them; the panel hydrates when they arrive).
  const panel = loadPanel(app.embed ?? app.panel);
  if (document.readyState === 'loading') await new Promise((done) => document.addEventListener('DOMContentLoaded', done, { once: true }));
  const root = document.getElementById('root');
  if (!root) return;
  const { hydrateRoot, createRoot } = await dom;
  await nextTask();
  const { App } = await shell;
  await nextTask();
  await strings;
  await embedView;
  const swapped = window.lossLabFirstView ? await window.lossLabFirstView : true;
  window.lossLabStarted = true;
  const tree = (
    <StrictMode>
      <App />
    </StrictMode>
  );
  // In a transition: React 19 hydrates (and renders) a default-priority root in one task, however
  // long; a transition's work is cut into slices of about 5 ms that yield to the browser between
  // components, so the page answers input while it hydrates (an input on a part not yet hydrated
  // hydrates that part first). The HTML on screen stays as it is meanwhile.
  if (swapped && clientFirstView().hydratable && root.firstElementChild) {
    markHydratingPage();
    startTransition(() => void hydrateRoot(root, tree));
  }
  else {
    // Rendered afresh: with the declaration at hand, the panel's heading, intro and notice come in the
    // first commit (a failed load is the panel's own error message, shown by its loader).
    await panel.catch(() => undefined);
    const fresh = createRoot(root);
    startTransition(() => fresh.render(tree));
  }
}

void start();
// Offline after the first visit: the built app's service worker (none in the dev server).
// Its own small chunk: registration waits for the page's load and an idle moment anyway.
if (import.meta.env.PROD) void import('./offline/serviceWorker').then(({ registerServiceWorker }) => registerServiceWorker(window));
