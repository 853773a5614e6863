import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';
import { loadTex } from '../../src/components/Tex';
import { loadLang, loadPanelLang } from '../../src/i18n/packs';
import { PANEL_IDS } from '../../src/panels/catalog';
import { lazyEmbedView } from '../../src/components/lazyEmbedView';

// KaTeX loads on demand in the app (Tex.tsx); loaded here, formulas render in the first commit as before.
await loadTex();
// The Chinese strings pack loads when Chinese is chosen in the app (src/i18n/packs.ts); here, at once.
await loadLang('zh-CN');
// And every panel's own Chinese pack (src/panels/<id>/zh.ts), which the app loads with the panel.
await Promise.all(PANEL_IDS.map(loadPanelLang));
// The embed view loads with the shell in an embed's startup (src/main.tsx); here, at once.
await lazyEmbedView.load();

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
  window.localStorage.clear();
  delete document.documentElement.dataset.theme;
});
