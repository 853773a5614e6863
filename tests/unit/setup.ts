import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';
import { loadTex } from '../../src/components/Tex';
import { loadLang } from '../../src/i18n/packs';

// KaTeX loads on demand in the app (Tex.tsx); loaded here, formulas render in the first commit as before.
await loadTex();
// The Chinese strings pack loads when Chinese is chosen in the app (src/i18n/packs.ts); here, at once.
await loadLang('zh-CN');

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
  window.localStorage.clear();
  delete document.documentElement.dataset.theme;
});
