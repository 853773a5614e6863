import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';
import { loadTex } from '../../src/components/Tex';

// KaTeX loads on demand in the app (Tex.tsx); loaded here, formulas render in the first commit as before.
await loadTex();

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
  window.localStorage.clear();
  delete document.documentElement.dataset.theme;
});
