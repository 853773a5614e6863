import { memo, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { logScale, Segmented, Slider, Switch } from './controls';
import { useT } from '../i18n/strings';
import { currentRange, type ControlSpec } from '../panels/definition';
import { usePanelContext } from '../state/panelStore';

/*
 * Controls bound to a parameter by name: each reads its range, step, scale, label and hide group
 * from the panel's definition and its value from the panel's store, and writes through the store
 * (which applies the panel's rules). No component types a range the definition already holds.
 */

/** The definition's control entry for `name`, its label in the current language, and whether it is hidden. */
function useControl(name: string): { control: ControlSpec<string>; label: string; hint?: string; hidden: boolean } {
  const { definition, hidden } = usePanelContext();
  const t = useT(definition.labels);
  const control = definition.controls[name];
  if (!control) throw new Error(`${definition.id}: no control declared for "${name}"`);
  return { control, label: t(control.label), hint: control.hint && t(control.hint), hidden: control.hide !== undefined && hidden.has(control.hide) };
}

/** The current value of `name` in the panel's store. */
function useParam<T>(name: string): T {
  const { store } = usePanelContext();
  return useStore(store, (s) => (s.values as Record<string, unknown>)[name] as T);
}

/** The label of a parameter's control, as the controls and the embed dialog show it. */
export function useParamLabel(name: string): string {
  return useControl(name).label;
}

interface ParamSliderProps {
  name: string;
  /** Also show a number box for an exact value. */
  numberBox?: boolean;
  /** Marks the slider `npm run bench` times (one per panel). */
  bench?: boolean;
  format?: (value: number) => string;
  valueText?: string;
  className?: string;
  /** Overrides the declared label (e.g. "Start 1: weight w" built from two labels). */
  label?: string;
  /** Overrides the declared hint. */
  hint?: ReactNode;
}

/*
 * Each bound control is memoized: it reads its own value from the store, so a panel re-rendering
 * for another value (the margin moving) does not re-render it. A re-rendered <input> costs more
 * than its render: React rewrites its name, type and value attributes, and the style and layout
 * of the page follow.
 */

/** A slider for a numeric parameter: range from the schema narrowed by the parameter's limit, step and scale from the schema. */
export const ParamSlider = memo(function ParamSlider({ name, label, hint, ...rest }: ParamSliderProps) {
  const { definition, store } = usePanelContext();
  const { label: declared, hint: declaredHint, hidden } = useControl(name);
  const value = useParam<number>(name);
  // Two selectors, each a number, so the slider re-renders only when its own bounds move.
  const min = useStore(store, (s) => currentRange(definition, name, s.values as Record<string, unknown>).min);
  const max = useStore(store, (s) => currentRange(definition, name, s.values as Record<string, unknown>).max);
  if (hidden) return null;
  const spec = definition.schema[name];
  const onChange = (next: number) => store.getState().set(name as never, (spec.kind === 'integer' ? Math.round(next) : next) as never);
  return (
    <Slider
      {...rest}
      label={label ?? declared}
      hint={hint ?? declaredHint}
      value={value}
      min={min}
      max={max}
      step={spec.step ?? 1}
      scale={spec.scale === 'log' ? logScale(min, max) : undefined}
      onChange={onChange}
    />
  );
});

/** An on/off switch for a boolean parameter. */
export const ParamSwitch = memo(function ParamSwitch({ name }: { name: string }) {
  const { store } = usePanelContext();
  const { label, hidden } = useControl(name);
  const checked = useParam<boolean>(name);
  if (hidden) return null;
  return <Switch label={label} checked={checked} onChange={(on) => store.getState().set(name as never, on as never)} />;
});

/** A segmented choice for an enum parameter, options labelled as the definition declares. */
export const ParamSegmented = memo(function ParamSegmented({ name }: { name: string }) {
  const { definition, store } = usePanelContext();
  const t = useT(definition.labels);
  const { control, label, hidden } = useControl(name);
  const value = useParam<string>(name);
  if (hidden) return null;
  const options = (definition.schema[name].options ?? []).map((option) => ({ value: option, label: control.options?.[option] ? t(control.options[option]) : option }));
  return <Segmented legend={label} options={options} value={value} onChange={(next) => store.getState().set(name as never, next as never)} />;
});
