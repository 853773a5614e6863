import type { AnyPanelDefinition } from './definition';
import { definition as surrogate } from './surrogate/definition';
import { definition as neuron } from './neuron/definition';
import { definition as softmax } from './softmax/definition';
import { definition as more } from './more/definition';
import { definition as classifier } from './classifier/definition';
import { definition as regression } from './regression/definition';
import { definition as probability } from './probability/definition';
import { definition as guide } from './guide/definition';
import { definition as credits } from './credits/definition';
import { definition as depth } from './depth/definition';

/**
 * Every panel, in navigation order: the one list the shell, the URL codec and the embed dialog read.
 * Definitions are imported eagerly (they are small); each panel's component is its own lazy chunk.
 * Adding a panel is one line here.
 */
const LIST = [surrogate, neuron, softmax, more, classifier, regression, probability, depth, guide, credits] as const;

/** What `?panel=` and `?embed=` take. */
export type PanelId = (typeof LIST)[number]['id'];
export const PANEL_IDS: readonly PanelId[] = LIST.map((definition) => definition.id);
export const PANELS = Object.fromEntries(LIST.map((definition) => [definition.id, definition])) as unknown as Record<PanelId, AnyPanelDefinition>;
/** The panels with a tab in the navigation, in its order (views such as the credits are reached by a link). */
export const TAB_IDS: readonly PanelId[] = PANEL_IDS.filter((id) => PANELS[id].tab !== false);
