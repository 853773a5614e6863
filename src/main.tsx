import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import './styles.css';
import { App } from './App';
import { clientFirstView } from './state/preferences';
import { registerServiceWorker } from './offline/serviceWorker';

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
 */
async function start() {
  if (document.readyState === 'loading') await new Promise((done) => document.addEventListener('DOMContentLoaded', done, { once: true }));
  const root = document.getElementById('root');
  if (!root) return;
  const swapped = window.lossLabFirstView ? await window.lossLabFirstView : true;
  window.lossLabStarted = true;
  const app = (
    <StrictMode>
      <App />
    </StrictMode>
  );
  if (swapped && clientFirstView().hydratable && root.firstElementChild) hydrateRoot(root, app);
  else createRoot(root).render(app);
}

void start();
// Offline after the first visit: the built app's service worker (none in the dev server).
if (import.meta.env.PROD) void registerServiceWorker(window);
