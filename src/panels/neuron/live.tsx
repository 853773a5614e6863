import { createContext, startTransition, useCallback, useContext, useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore, type ComponentPropsWithoutRef, type ElementType, type RefObject } from 'react';
import { CursorContext, useCursorSourceOf, type CursorSource } from './useCursor';
import { writeAttribute, writeText } from '../../components/live';
import { watchViewport, type ViewMargin, type ViewportWatch } from '../../components/viewport';

/*
 * What an animation frame changes, written to the DOM without a React render.
 *
 * React renders every view of the cursor at the resting epoch (the store's `at`: what the
 * prerendered HTML shows, so hydration matches), and re-renders it only when the resting epoch or
 * the view's own data change. While playing (and after every render) a writer puts the moving
 * epoch's numbers and positions straight into the nodes React made: a text node's value, a
 * marker's `transform`. So a frame runs no component and reconciles nothing; it changes a few
 * dozen text values and attributes. React's own later renders stay right: a writer runs after each
 * of them too (a layout effect), and React writes a text only where its own value changed.
 */

const useSource = useCursorSourceOf;

/**
 * The resting epoch now, not followed: for views whose writer keeps them at the cursor (a scrub
 * re-renders nothing there either). Their first render, hydration's, shows where the cursor rests,
 * as the prerendered HTML does.
 */
export function useRestingNow(): number {
  return useSource().resting();
}

/** The resting epoch (`at`): changes on a scrub, a step, a pause, never on an animation frame. */
export function useRestingEpoch(): number {
  const source = useSource();
  return useSyncExternalStore(source.subscribe, source.resting, source.resting);
}

/** The resting epoch inside a panel; null outside one (a chart rendered on its own). */
export function useRestingEpochOrNull(): number | null {
  const source = useContext(CursorContext);
  return useSyncExternalStore(source?.subscribe ?? noSubscription, source?.resting ?? none, source?.resting ?? none);
}

const noSubscription = () => () => {};
const none = () => null;

/**
 * Calls `write(epoch)` with the cursor's epoch after every render of the calling component and on
 * every move of the cursor (each animation frame while playing), without re-rendering it. Outside a
 * panel, or with `enabled` false (a chart given its epoch), it does nothing.
 *
 * `target` is the node the writes change (or a box holding them). While playing, a frame skips the
 * writes of a target out of view (see onScreen): it is written once it comes near the viewport, and
 * after every rest, scrub and step whether in view or not (in an idle moment right after the frame,
 * see catchUpLater). So a frame costs what the visitor sees: on a phone a few boxes, not the
 * panel's every number, marker and caption.
 *
 * `readout`: the write changes text to be read (numbers, an epoch, an accessible name), not a mark.
 * While playing, text is written at a readable rate, one readout group per frame (see Readouts);
 * marks (a cursor, a marker, the scrubber's thumb) follow every frame. At rest, after a scrub or a
 * step, and after every render, everything shows the exact epoch.
 */
export function useCursorWrite(write: (epoch: number) => void, enabled = true, target?: () => Element | null, readout = false): void {
  const context = useContext(CursorContext);
  const source = enabled ? context : null;
  const group = useContext(ReadoutGroup);
  const latest = useRef(write);
  const targetRef = useRef(target);
  useLayoutEffect(() => {
    latest.current = write;
    targetRef.current = target;
    if (source) write(source.epoch());
  });
  useEffect(() => {
    if (!source) return;
    let stale = false;
    const update = () => {
      stale = false;
      latest.current(source.epoch());
    };
    const element = targetRef.current?.() ?? null;
    const view = element ? onScreen(element, () => stale && update()) : null;
    const follow = () => {
      if (!view || view.shown()) return update();
      // Out of view: stale. At rest (a scrub, a step, a pause) it catches up in a task of its own after
      // the frame that shows what is in view, so a step's frame lays out and paints what the visitor sees.
      stale = true;
      if (source.playback.moving() === null) catchUpLater(catchUp);
    };
    const catchUp = () => stale && update();
    const unsubscribe = readout ? readoutsOf(source).add(group, { follow, shown: () => !view || view.shown() }) : source.subscribe(follow);
    return () => {
      unsubscribe();
      view?.stop();
      pendingWrites.delete(catchUp);
    };
  }, [source, readout, group]);
}

/**
 * Writes of views out of view, after a scrub, a step or a pause: run together once the page is idle
 * (at the latest CATCH_UP_MS later), so that they follow the resting cursor (a screen reader reading
 * the table, a search in the page) without delaying the frame that shows the move. Several steps in
 * a row write the last epoch once. Where the browser has no idle callbacks, a timer.
 */
const pendingWrites = new Set<() => void>();
let catchUpScheduled = false;
export const CATCH_UP_MS = 200;

function catchUpLater(write: () => void): void {
  pendingWrites.add(write);
  if (catchUpScheduled) return;
  catchUpScheduled = true;
  const run = () => {
    catchUpScheduled = false;
    const writes = [...pendingWrites];
    pendingWrites.clear();
    writes.forEach((pending) => pending());
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: CATCH_UP_MS });
  else setTimeout(run, 0);
}

/**
 * The readout group of the texts inside: one block whose numbers are read together (the transport,
 * the diagram, the table) and so change together. While playing, each group is written at most
 * about fifteen times a second, and one group per frame.
 */
export const ReadoutGroup = createContext<string>('panel');

/** A playing group's text is rewritten at most this often: about 15 times a second, as fast as anyone reads digits. */
export const READOUT_MS = 1000 / 15;

interface Reader {
  /** Writes the cursor now (or marks itself stale while out of view). */
  follow: () => void;
  /** Whether its target is in or near the viewport. */
  shown: () => boolean;
}

/**
 * A panel's text writers, by readout group. A number that changes sixty times a second cannot be
 * read, and each frame that changes text pays its layout, paint and layerization: so while playing,
 * an animation frame writes the texts of one group only, the one in view whose turn is oldest, and a
 * group at most every READOUT_MS. Groups out of view only note that they are stale (they catch up
 * when they come into view). Any other move of the cursor (a start, a rest, a scrub, a step, a
 * speed change) writes every group at once.
 */
class Readouts {
  private readonly groups = new Map<string, { readers: Set<Reader>; writtenAt: number }>();
  private stop: (() => void) | null = null;

  constructor(private readonly source: CursorSource) {}

  add(name: string, reader: Reader): () => void {
    let group = this.groups.get(name);
    if (!group) this.groups.set(name, (group = { readers: new Set(), writtenAt: -Infinity }));
    group.readers.add(reader);
    this.stop ??= this.source.subscribe(this.move);
    const { readers } = group;
    return () => {
      readers.delete(reader);
      if (readers.size === 0) this.groups.delete(name);
      if (this.groups.size === 0) {
        this.stop?.();
        this.stop = null;
      }
    };
  }

  private readonly move = () => {
    const now = this.source.playback.frameTime();
    if (now === null || this.source.playback.moving() === null) {
      for (const group of this.groups.values()) {
        group.writtenAt = now ?? -Infinity;
        group.readers.forEach(follow);
      }
      return;
    }
    let due: { readers: Set<Reader>; writtenAt: number } | null = null;
    for (const group of this.groups.values()) {
      if (now - group.writtenAt < READOUT_MS) continue;
      if (![...group.readers].some((reader) => reader.shown())) group.readers.forEach(follow);
      else if (!due || group.writtenAt < due.writtenAt) due = group;
    }
    if (due) {
      due.writtenAt = now;
      due.readers.forEach(follow);
    }
  };
}

const follow = (reader: Reader) => reader.follow();
const readouts = new WeakMap<CursorSource, Readouts>();

function readoutsOf(source: CursorSource): Readouts {
  let found = readouts.get(source);
  if (!found) readouts.set(source, (found = new Readouts(source)));
  return found;
}

/**
 * Whether an element is in or near the viewport (within a tenth of the viewport's height above or
 * below: written a frame before it scrolls in), and a call when it comes there (the app's shared
 * observers, src/components/viewport.ts). Without IntersectionObserver (tests' DOM, old browsers)
 * there is no watch: every element counts as shown.
 */
export function onScreen(element: Element, onShow: () => void, margin: ViewMargin = '10% 0px'): ViewportWatch | null {
  return watchViewport(element, (shown) => shown && onShow(), margin);
}

/**
 * False until the element is within a viewport's height of the viewport (then true for good), so
 * that costly drawing for it waits until the visitor scrolls toward it; the switch is a transition
 * (it yields to input). True at once without IntersectionObserver.
 */
export function useNearViewport(element: RefObject<Element | null>): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    if (near) return;
    const target = element.current;
    const show = () => startTransition(() => setNear(true));
    const view = target ? onScreen(target, show, '100% 0px') : null;
    if (!view) show();
    return () => view?.stop();
  }, [element, near]);
  return near;
}

/**
 * A value derived from the cursor that changes rarely (whether a run's z is off the chart, whether
 * the cursor is at the first epoch): the caller re-renders only when it changes, not every frame.
 */
export function useCursorSelect<T extends string | number | boolean | null>(select: (epoch: number) => T): T {
  const source = useSource();
  return useSyncExternalStore(
    source.subscribe,
    () => select(source.epoch()),
    () => select(source.resting()),
  );
}

// The DOM writers are the app's one pair (src/components/live.tsx); re-exported for the neuron's charts.
export { writeAttribute, writeText };

type LiveTag = 'span' | 'td' | 'p' | 'output' | 'text' | 'caption';
type LiveTextProps<T extends LiveTag> = Omit<ComponentPropsWithoutRef<T>, 'children'> & {
  as: T;
  /** The text at an epoch. */
  text: (epoch: number) => string;
  /**
   * The widest text it can show, in `ch`: the text then sits in a box of that width and one line
   * (a relayout boundary, `.live-box`), so a frame's new digits lay out that box only, never the
   * table or the panel around it. For short values (numbers, an epoch), not for sentences. The
   * widths panel.css lists (no style attribute: the page's CSP refuses them in the prerendered HTML).
   */
  ch?: number;
};

/** An element whose only content is text that follows the cursor (a table cell, a counter, a caption). */
export function LiveText<T extends LiveTag>({ as, text, ch, ...props }: LiveTextProps<T>) {
  const element = useRef<Element | null>(null);
  const keep = useCallback((node: Element | null) => void (element.current = node), []);
  const resting = useRestingNow();
  useCursorWrite((epoch) => writeText(element.current, text(epoch)), true, () => element.current, true);
  const Tag = as as ElementType;
  if (ch === undefined) {
    return (
      <Tag {...props} ref={keep}>
        {text(resting)}
      </Tag>
    );
  }
  return (
    <Tag {...props}>
      <span ref={keep} className="live-box" data-ch={ch}>
        {text(resting)}
      </span>
    </Tag>
  );
}

/**
 * A sentence with the cursor's epoch in it ("Values at epoch {epoch}"): the sentence is rendered
 * once per language and settings; only the epoch, in a box as wide as the run's last epoch (a
 * relayout boundary), follows each frame.
 */
export function EpochSentence<T extends 'span' | 'p' | 'caption' | 'output'>({ as, sentence, epochs, ...props }: Omit<ComponentPropsWithoutRef<T>, 'children'> & {
  as: T;
  /** The sentence with the given text where the epoch goes. */
  sentence: (epoch: string) => string;
  /** The last epoch: the box is as wide as its digits. */
  epochs: number;
}) {
  const [before, after = ''] = sentence(EPOCH_MARK).split(EPOCH_MARK);
  const Tag = as as ElementType;
  return (
    <Tag {...props}>
      {before}
      <LiveText as="span" text={String} ch={String(epochs).length} />
      {after}
    </Tag>
  );
}

const EPOCH_MARK = '\u{E000}';

/** A marker drawn at the origin, placed at (x, y) (0.1 px, as the charts' paths). */
export function markTransform(x: number, y: number): string {
  return `translate(${Math.round(x * 10) / 10},${Math.round(y * 10) / 10})`;
}
