import type { AnyPanelDefinition } from './definition';
import { nextTask } from '../startup';
import { loadPanelLang } from '../i18n/packs';
import { meta as surrogate } from './surrogate/meta';
import { meta as neuron } from './neuron/meta';
import { meta as softmax } from './softmax/meta';
import { meta as more } from './more/meta';
import { meta as classifier } from './classifier/meta';
import { meta as regression } from './regression/meta';
import { meta as probability } from './probability/meta';
import { meta as guide } from './guide/meta';
import { meta as credits } from './credits/meta';
import { meta as depth } from './depth/meta';

/**
 * Every panel, in navigation order, as the first view needs it: its id, whether it has a tab, and
 * its title and blurb (`<id>/meta.ts`). The rest of a panel's declaration (`<id>/definition.ts`:
 * schema, control labels, intro, presets) loads on demand with `loadPanel`, beside its component,
 * so the page's first JavaScript holds no panel's settings. `registry.ts` holds the same panels
 * loaded eagerly (the prerenderer and the tests). Adding a panel is one line here.
 */
const LIST = [surrogate, neuron, softmax, more, classifier, regression, probability, depth, guide, credits] as const;

/** What `?panel=` and `?embed=` take. */
export type PanelId = (typeof LIST)[number]['id'];
type Meta = (typeof LIST)[number];
export const PANEL_IDS: readonly PanelId[] = LIST.map((meta) => meta.id);
/** Each panel's id, tab and title, blurb (and link text, for views reached by a link), by id. */
export const PANEL_META = Object.fromEntries(LIST.map((meta) => [meta.id, meta])) as unknown as { readonly [K in PanelId]: Extract<Meta, { id: K }> };
/** The panels with a tab in the navigation, in its order (views such as the credits are reached by a link). */
export const TAB_IDS: readonly PanelId[] = LIST.filter((meta) => !('tab' in meta) || meta.tab !== false).map((meta) => meta.id);

// Each panel's declaration and component, as chunks: a view loads both at once (the component's
// own lazy import then finds its chunk loaded), not one after the other.
const definitions = import.meta.glob<{ definition: AnyPanelDefinition }>('./*/definition.ts');
const components = import.meta.glob('./*/Panel.tsx');

const loading = new Map<PanelId, Promise<AnyPanelDefinition>>();
const loaded = new Map<PanelId, AnyPanelDefinition>();

/** A panel's declaration if already loaded (render it without suspending). */
export function loadedPanel(id: PanelId): AnyPanelDefinition | undefined {
  return loaded.get(id);
}

/** Loads a panel's declaration (and starts on its component); the same promise every time. */
export function loadPanel(id: PanelId): Promise<AnyPanelDefinition> {
  let promise = loading.get(id);
  if (!promise) {
    // Requesting a chunk adds a preload link per file it needs (about 1 ms each on a fast machine):
    // the component's, in the task after the declaration's, so that neither makes a long task.
    void nextTask().then(() => components[`./${id}/Panel.tsx`]?.().catch(() => undefined)); // the component reports its own failure when it renders
    // With its Chinese pack when Chinese is in use (src/i18n/packs.ts): the panel renders in one language.
    const load = definitions[`./${id}/definition.ts`]().then(async ({ definition }) => {
      await loadPanelLang(id);
      loaded.set(id, definition);
      return definition;
    });
    // A failed chunk (offline, a new deploy): the next attempt fetches again.
    load.catch(() => loading.delete(id));
    promise = load;
    loading.set(id, promise);
  }
  return promise;
}
