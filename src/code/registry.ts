/**
 * The panels that have a "Copy as code" generator. A panel missing here simply has no Code button.
 * The generators themselves load on demand (./generators.ts, with the code panel, on the first press):
 * the first view's JavaScript carries neither them nor the list of their chunks.
 */
export const CODE_PANEL_IDS = ['surrogate', 'neuron', 'softmax', 'more', 'classifier', 'regression', 'probability', 'depth'] as const;
export type CodePanelId = (typeof CODE_PANEL_IDS)[number];

/** Whether a panel has code to copy. */
export function hasCode(panelId: string): boolean {
  return (CODE_PANEL_IDS as readonly string[]).includes(panelId);
}
