import { useEffect, useLayoutEffect, useRef, type ComponentPropsWithoutRef, type ElementType, type ReactElement, type ReactNode } from 'react';
import type { StoreApi } from 'zustand';
import { usePanelContext } from '../state/panelStore';

/*
 * Values that change on every step of a control, written to the DOM without a React render
 * ("transient updates", as zustand documents them).
 *
 * A component renders its markup from the store's values as they are when it renders (so the
 * prerendered HTML, hydration and any later render show the same thing), without subscribing to
 * them. A writer then follows the store: on every change it computes the node's text or attributes
 * from the new values and writes only what differs, into the nodes React made. So a step of a
 * slider runs no component and reconciles nothing; it sets a few dozen text values and attributes.
 * The writer also runs after every render of its component (a layout effect): a render that read
 * the values a moment before a change (a transition, a language switch) never leaves a stale value
 * on screen, and React only writes a text or attribute where its own value changed.
 *
 * What changes the markup's shape (a row more, a cell that becomes a problem cell, a header that
 * appears) stays a React render: its component subscribes to a selector of that shape only.
 */

/** Sets an element's text, keeping React's text node (so React's own later updates still reach the page). */
export function writeText(element: Element | null, text: string): void {
  if (!element) return;
  const node = element.firstChild;
  if (node && node.nodeType === Node.TEXT_NODE && node === element.lastChild) {
    if (node.nodeValue !== text) node.nodeValue = text;
  } else if (element.textContent !== text) element.textContent = text;
}

/** Sets an attribute only when its value changes. */
export function writeAttribute(element: Element | null, name: string, value: string): void {
  if (element && element.getAttribute(name) !== value) element.setAttribute(name, value);
}

/**
 * Calls `write(state)` after every render of the calling component and on every change of the
 * store, without re-rendering it.
 */
export function useStoreWrite<S>(store: StoreApi<S>, write: (state: S) => void): void {
  const latest = useRef(write);
  useLayoutEffect(() => {
    latest.current = write;
    write(store.getState());
  });
  useEffect(() => {
    // A change between the commit and this subscription is caught up at once.
    latest.current(store.getState());
    return store.subscribe((state) => latest.current(state));
  }, [store]);
}

/**
 * `fn` with a one-entry cache keyed on its argument's identity: the panel store's values object is
 * new on every change and the same otherwise, so every live node of a step shares one computation.
 */
export function lastOf<A extends object, R>(fn: (argument: A) => R): (argument: A) => R {
  let last: A | null = null;
  let result: R;
  return (argument) => {
    if (argument !== last) {
      result = fn(argument);
      last = argument;
    }
    return result;
  };
}

/**
 * Attributes a live node writes, by their DOM names (`x`, `height`, `d`, `transform`,
 * `aria-valuetext`); `true` / `false` for a boolean attribute such as `hidden` (present or absent).
 */
export type LiveAttributes = Record<string, string | number | boolean>;

type LiveTag = 'span' | 'td' | 'th' | 'p' | 'strong' | 'sup' | 'output' | 'caption' | 'text' | 'title' | 'tspan' | 'rect' | 'path' | 'g' | 'line' | 'circle' | 'polygon' | 'tr' | 'svg';

export type LiveProps<V, T extends LiveTag = LiveTag> = Omit<ComponentPropsWithoutRef<T>, 'children'> & {
  as: T;
  /** The node's text for the panel's values (computed at render and on every change). */
  text?: (values: V) => string;
  /** Fixed content, for a node without `text` (a bar's `<title>` that is itself live). */
  children?: ReactNode;
  /** Attributes for the panel's values, by their DOM names (React passes these names through as they are). */
  attributes?: (values: V) => LiveAttributes;
};

/**
 * One element whose text and/or attributes follow the panel's store without a React render of
 * anything (see above). Give it functions of the panel's values; compute what several nodes share
 * once per change with `lastOf`.
 */
export function Live<V, T extends LiveTag>({ as, text, attributes, children, ...props }: LiveProps<V, T>): ReactElement {
  const store = usePanelContext().store as unknown as StoreApi<{ values: V }>;
  const ref = useRef<Element>(null);
  useStoreWrite(store, ({ values }) => {
    const element = ref.current;
    if (!element) return;
    let content: string | undefined;
    let set: LiveAttributes | undefined;
    try {
      content = text?.(values);
      set = attributes?.(values);
    } catch {
      // A change that alters the markup's shape (fewer classes: this node's row is gone) reaches the
      // writers before the render it schedules, which removes or redraws this node: nothing to write.
      // (A render computes the same functions without this guard, so a broken one still fails loudly.)
      return;
    }
    // A number that is not one (a bar whose value became NaN: the render replaces it with a note) is left to that render too.
    if (set && Object.values(set).some((value) => value === undefined || (typeof value === 'number' && !Number.isFinite(value)))) return;
    if (content !== undefined) writeText(element, content);
    if (set) {
      for (const [name, value] of Object.entries(set)) {
        if (value === false) element.removeAttribute(name);
        else writeAttribute(element, name, value === true ? '' : String(value));
      }
    }
  });
  const values = store.getState().values;
  const Tag = as as ElementType;
  // `false` is an absent attribute, as the writer has it (React would print "false" into a data-* attribute).
  const initial = attributes && Object.fromEntries(Object.entries(attributes(values)).map(([name, value]) => [name, value === false ? undefined : value]));
  return (
    <Tag {...props} {...initial} ref={ref}>
      {text ? text(values) : children}
    </Tag>
  );
}

/** `Live` typed for one panel's values: `export const Live = liveOf<Values>()` in the panel's store module. */
export function liveOf<V>(): <T extends LiveTag>(props: LiveProps<V, T>) => ReactElement {
  return Live as <T extends LiveTag>(props: LiveProps<V, T>) => ReactElement;
}
