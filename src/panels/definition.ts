import type { ComponentType, LazyExoticComponent } from 'react';
import type { StringTable } from '../i18n/strings';
import { conflictRule, defaultValues, type Conflict, type ConflictRule, type ParamSpec, type Schema, type ValuesOf } from '../state/params';

/*
 * A panel is declared once, in its `definition.ts`: its parameters (URL key, type, default, range,
 * step, scale), the label of each control in both languages, the hide groups a teacher can pick in
 * the embed dialog, the limits one setting puts on another, and its presets. The URL codec, the
 * store, the bound controls, the embed dialog, the docs test and the shell all read this object.
 */

/** Keys of a schema whose values are numbers (sliders and number boxes). */
export type NumberKey<S extends Schema> = { [K in keyof S & string]: ValuesOf<S>[K] extends number ? K : never }[keyof S & string];

/**
 * One setting bounding another: the value of `key` must lie within `bounds(values)`, a range set by
 * the setting `by` (the margin inside the plotted range, the cursor within the run). A slider shows
 * exactly this range, the store clamps into it on every write, and a link outside it is reported.
 */
export interface Limit<S extends Schema> {
  by: keyof S & string;
  bounds: (values: ValuesOf<S>) => { min: number; max: number };
}

/**
 * A rule between settings that is not one number bounding another (say, q having as many weights as
 * p): every value that must change, each optionally with a note, a label of the panel's `labels`
 * that says in the link notice what was changed and why (instead of the generic "does not fit").
 */
export type Rule<S extends Schema, L extends string> = (
  values: ValuesOf<S>,
) => readonly (Conflict<S> & { note?: { key: L; values?: Readonly<Record<string, string | number>> } })[];

/** How a parameter appears as a control: its label, an optional hint, its hide group and option labels. */
export interface ControlSpec<L extends string> {
  label: L;
  hint?: L;
  /** The hide group (a `hide=` name) that removes this control in an embed. */
  hide?: string;
  /** Enums: the label of each option. */
  options?: Readonly<Record<string, L>>;
}

/** A name a teacher can put in `hide=` and tick in the embed dialog. */
export interface HideGroup<L extends string> {
  name: string;
  label: L;
  /** Hiding it removes a whole section: hiding every section would leave the embed empty. */
  section?: boolean;
}

export interface PanelProps {
  /** Hide groups chosen by the embedder (already filtered to this panel's names). */
  hidden: ReadonlySet<string>;
}

export interface PanelDefinition<S extends Schema = Schema, L extends string = string, Id extends string = string> {
  /** What `?panel=` and `?embed=` take. */
  id: Id;
  /** Every parameter of the panel: URL key → type, default, range, step, scale. */
  schema: S;
  /** Title, blurb, control labels and hide-group labels, in both languages (the panel's other text loads with its code). */
  labels: StringTable<L>;
  /** The control of each parameter that has one. */
  controls: { readonly [K in keyof S & string]?: ControlSpec<L> };
  /** Hide groups in the order the embed dialog lists them. */
  hide: readonly HideGroup<L>[];
  /** Settings bounded by other settings. */
  limits: { readonly [K in NumberKey<S>]?: Limit<S> };
  /** Named sets of values a button applies (the store's `applyPreset`). */
  presets: Readonly<Record<string, Partial<ValuesOf<S>>>>;
  /** The rules between settings as one function, derived from `limits` and the declared `rules`: every value that must change. */
  rules: ConflictRule;
  /** The panel component, loaded on demand (React.lazy) so each panel's code is its own chunk. */
  Component: LazyExoticComponent<ComponentType<PanelProps>>;
  /** False for a view reached by a link only (credits, from the footer): no tab in the navigation. */
  tab?: boolean;
}

/**
 * The optional `intro` label: one plain-language sentence the panel host shows at the top of the
 * panel (site and embeds; `hide=intro` drops it in an embed). Glossary terms in it are written
 * `[[term-id|the words shown]]` (src/glossary).
 */
export const INTRO_LABEL = 'intro';
/** The `hide=` name that drops any panel's intro line in an embed. */
export const INTRO_HIDE = 'intro';

/** A panel's intro in one language, if it has one. */
export function panelIntro(definition: AnyPanelDefinition, lang: keyof AnyPanelDefinition['labels']): string | undefined {
  return (definition.labels[lang] as Partial<Record<string, string>>)[INTRO_LABEL];
}

/** A definition of any panel, as the shell holds them. */
export type AnyPanelDefinition = PanelDefinition<Schema, string, string>;

/** What a panel declares; label keys are inferred from `labels` alone, so a typo elsewhere is an error. */
type DefinitionInput<S extends Schema, L extends string, Id extends string> = {
  id: Id;
  schema: S;
  labels: StringTable<L>;
  controls: { readonly [K in keyof S & string]?: ControlSpec<NoInfer<L>> };
  hide: readonly HideGroup<NoInfer<L>>[];
  limits?: PanelDefinition<S, L, Id>['limits'];
  /** Rules `limits` cannot express; checked with the limits on every write and on every link. */
  rules?: Rule<S, NoInfer<L>>;
  presets?: PanelDefinition<S, L, Id>['presets'];
  Component: PanelDefinition<S, L, Id>['Component'];
  /** False: a view without a tab (reached by a link). */
  tab?: boolean;
};

/** Declares a panel; checks the declaration's keys against its schema and derives its rule function. */
export function definePanel<S extends Schema, L extends string, const Id extends string>(
  input: DefinitionInput<S, L | 'title' | 'blurb', Id>,
): PanelDefinition<S, L | 'title' | 'blurb', Id> {
  const limits: PanelDefinition<S, L, Id>['limits'] = input.limits ?? {};
  const rules = conflictRule(input.schema, (values) => {
    const conflicts: Conflict<S>[] = [];
    for (const key of Object.keys(limits) as NumberKey<S>[]) {
      const limit = (limits as Record<string, Limit<S>>)[key];
      const value = values[key] as number;
      const { min, max } = limit.bounds(values);
      const clamped = Math.min(max, Math.max(min, value));
      if (clamped !== value) conflicts.push({ key, value: clamped, other: limit.by } as unknown as Conflict<S>);
    }
    return input.rules ? [...conflicts, ...input.rules(values)] : conflicts;
  });
  return { ...input, limits, presets: input.presets ?? {}, rules };
}

/** The names a definition accepts in `hide=`. */
export function hideNames(definition: AnyPanelDefinition): string[] {
  return definition.hide.map((group) => group.name);
}

/** The range a numeric control offers now: its schema range narrowed by its limit, if any. */
export function currentRange(definition: AnyPanelDefinition, key: string, values: Record<string, unknown>): { min: number; max: number } {
  const spec = definition.schema[key] as ParamSpec<unknown>;
  const limit = (definition.limits as Record<string, Limit<Schema> | undefined>)[key];
  const wide = { min: spec.min ?? -Infinity, max: spec.max ?? Infinity };
  if (!limit) return wide;
  const narrow = limit.bounds(values as ValuesOf<Schema>);
  return { min: Math.max(wide.min, narrow.min), max: Math.min(wide.max, narrow.max) };
}

/** Values with every rule applied (the store calls this on each write). */
export function applyRules<V extends object>(definition: AnyPanelDefinition, values: V): V {
  const conflicts = definition.rules(values as unknown as Readonly<Record<string, unknown>>);
  if (conflicts.length === 0) return values;
  const next = { ...values } as Record<string, unknown>;
  for (const { key, value } of conflicts) next[key] = value;
  return next as unknown as V;
}

/** The defaults of a definition's schema. */
export function definitionDefaults<S extends Schema>(definition: PanelDefinition<S, string, string>): ValuesOf<S> {
  return defaultValues(definition.schema);
}

const embedDefinitions = new WeakMap<AnyPanelDefinition, AnyPanelDefinition>();

/**
 * The definition as an embed uses it: every parameter that declares an `embedDefault` takes it as its
 * default, so an embed's link, store, reset and prerendered view all agree (one rule, read everywhere).
 */
export function forEmbed(definition: AnyPanelDefinition): AnyPanelDefinition {
  const known = embedDefinitions.get(definition);
  if (known) return known;
  const keys = Object.keys(definition.schema).filter((key) => definition.schema[key].embedDefault !== undefined);
  const embedded =
    keys.length === 0
      ? definition
      : { ...definition, schema: Object.fromEntries(Object.entries(definition.schema).map(([key, spec]) => [key, keys.includes(key) ? { ...spec, default: spec.embedDefault } : spec])) };
  embedDefinitions.set(definition, embedded);
  return embedded;
}
