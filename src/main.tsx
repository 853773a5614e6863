import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import './styles.css';
import { App } from './App';
import { clientFirstView } from './state/preferences';

/*
 * The page arrives with this view already rendered to HTML (scripts/vite-plugin-prerender.ts):
 * hydrate it when the link holds only what that HTML shows; otherwise (values of the panel's own,
 * a hide list, anything invalid to report) render afresh: React replaces the HTML when it commits,
 * and the panel body stays hidden until then (`data-pending`), so no default value flashes.
 */
const root = document.getElementById('root');
if (root) {
  const app = (
    <StrictMode>
      <App />
    </StrictMode>
  );
  if (clientFirstView().hydratable && root.firstElementChild) hydrateRoot(root, app);
  else createRoot(root).render(app);
}
