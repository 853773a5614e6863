import type { ComponentType, LazyExoticComponent } from 'react';
import type { ConflictRule, Schema } from '../state/params';
import type { PanelId } from '../state/appUrl';
import type { StringTable } from '../i18n/strings';

/** What the shell needs to know about a panel before its code is loaded. */
export interface PanelDefinition {
  id: PanelId;
  /** URL-state schema: every control of the panel, with default and range. */
  schema: Schema;
  /** Rules between settings (a margin inside the plotted range, …) applied to values read from a link. */
  conflicts?: ConflictRule;
  /** Control names a teacher may hide in an embed with `hide=` (see each panel's schema). */
  hidable: readonly string[];
  /** Hidable names that each remove a whole section: hiding all of them would leave the panel empty. */
  sections?: readonly string[];
  /** Display names of the hidable controls, in both languages (keys are the hidable names). */
  hideLabels: StringTable<string>;
  /** The panel component, loaded on demand (React.lazy) so each panel's code is its own chunk. */
  Component: LazyExoticComponent<ComponentType<PanelProps>>;
}

export interface PanelProps {
  /** Controls hidden by the embedder (already filtered to this panel's hidable names). */
  hidden: ReadonlySet<string>;
}
