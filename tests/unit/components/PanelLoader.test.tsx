import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { PanelLoader } from '../../../src/components/PanelLoader';
import { loadedPanel, loadPanel, PANEL_IDS, PANEL_META, TAB_IDS } from '../../../src/panels/catalog';
import { PANELS } from '../../../src/panels/registry';

describe('the panel catalog (what the first view holds of every panel)', () => {
  it('lists the registry’s panels in order, with each declaration’s own title and blurb', () => {
    expect(PANEL_IDS).toEqual(Object.keys(PANELS));
    for (const id of PANEL_IDS) {
      expect(PANELS[id].id).toBe(id);
      for (const lang of ['en', 'zh-CN'] as const) {
        expect(PANELS[id].labels[lang].title).toBe(PANEL_META[id].labels[lang].title);
        expect(PANELS[id].labels[lang].blurb).toBe(PANEL_META[id].labels[lang].blurb);
      }
    }
    expect(TAB_IDS).toEqual(PANEL_IDS.filter((id) => PANELS[id].tab !== false));
    expect(TAB_IDS).not.toContain('credits');
  });

  it('loads a declaration on demand, once: the same object the registry holds', async () => {
    const first = loadPanel('depth');
    expect(loadPanel('depth')).toBe(first);
    expect(await first).toBe(PANELS.depth);
    expect(loadedPanel('depth')).toBe(PANELS.depth);
  });
});

describe('PanelLoader', () => {
  it('shows its fallback until the declaration has loaded, then renders with it', async () => {
    expect(loadedPanel('probability')).toBeUndefined();
    render(
      <PanelLoader id="probability" fallback={<p>waiting</p>}>
        {(panel) => <p>{`${panel.id}: ${Object.keys(panel.schema).length} settings`}</p>}
      </PanelLoader>,
    );
    expect(screen.getByText('waiting')).toBeTruthy();
    expect(await screen.findByText(`probability: ${Object.keys(PANELS.probability.schema).length} settings`, {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.queryByText('waiting')).toBeNull();
  });

  it('renders at once, without a fallback, when the declaration is already loaded', async () => {
    await loadPanel('softmax');
    render(
      <PanelLoader id="softmax" fallback={<p>waiting</p>}>
        {(panel) => <p>{panel.id}</p>}
      </PanelLoader>,
    );
    expect(screen.getByText('softmax')).toBeTruthy();
    expect(screen.queryByText('waiting')).toBeNull();
  });
});
