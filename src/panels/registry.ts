import type { AnyPanelDefinition } from './definition';
import { PANEL_IDS, TAB_IDS, type PanelId } from './catalog';

/**
 * Every panel's full declaration, loaded eagerly, by id: for the prerenderer, the guide and the
 * tests. The list itself, its order and the first view's titles are `catalog.ts`'s (one line adds a
 * panel there); the app's first view loads only the declaration it shows (`loadPanel`).
 */
const definitions = import.meta.glob<{ definition: AnyPanelDefinition }>('./*/definition.ts', { eager: true });

export { PANEL_IDS, TAB_IDS, type PanelId };
export const PANELS = Object.fromEntries(PANEL_IDS.map((id) => [id, definitions[`./${id}/definition.ts`].definition])) as Record<PanelId, AnyPanelDefinition>;
