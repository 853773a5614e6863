import { createContext, useContext, useEffect, useState, useSyncExternalStore, type RefObject } from 'react';
import type { StoreApi } from 'zustand';
import type { PanelState } from '../../state/panelStore';
import { createPlayback, playWhileVisible, readableEpoch, shouldAutoplay, type Playback } from './playback';
import { useStoreApi } from './store';
import type { NeuronValues } from './store';

export interface EpochCursor {
  /** The epoch every chart, table and diagram shows. */
  epoch: number;
  /** The epoch for text to be read: the cursor itself at rest, about eight steps a second while playing. */
  readableEpoch: number;
  playing: boolean;
  playback: Playback;
}

/**
 * One panel's cursor as an external store: the playback's moving position while playing, the
 * store's `at` at rest (see playback.ts). The panel provides it through context and only what shows
 * the epoch subscribes to it (the counter, the readouts, each chart's cursor and markers), so an
 * animation frame re-renders those leaves, never the panel, its settings or a chart's lines.
 */
export interface CursorSource {
  playback: Playback;
  subscribe: (listener: () => void) => () => void;
  /** The epoch shown now. */
  epoch: () => number;
  /** The resting cursor (`at`): what the prerendered HTML shows, so hydration starts from it. */
  resting: () => number;
  speed: () => number;
}

type NeuronStore = StoreApi<PanelState<NeuronValues>>;

export function cursorSource(store: NeuronStore, playback: Playback): CursorSource {
  const resting = () => store.getState().values.at;
  return {
    playback,
    subscribe(listener) {
      const fromPlayback = playback.subscribe(listener);
      const fromStore = store.subscribe((state, previous) => {
        if (state.values.at !== previous.values.at || state.values.speed !== previous.values.speed) listener();
      });
      return () => {
        fromPlayback();
        fromStore();
      };
    },
    epoch: () => playback.moving() ?? resting(),
    resting,
    speed: () => store.getState().values.speed,
  };
}

export const CursorContext = createContext<CursorSource | null>(null);

/**
 * Creates the panel's playback and its cursor source, attaches the frame loop and starts autoplay
 * when it is due. It does not subscribe to the cursor: the component calling it does not re-render
 * on animation frames.
 */
export function useCursorSource(panel?: RefObject<Element | null>): CursorSource {
  const store = useStoreApi();
  const [source] = useState(() => cursorSource(store, createPlayback(store, { autoplay: false })));
  const { playback } = source;
  useEffect(() => playback.attach(), [playback]);
  // Autoplay (from epoch 0, motion allowed) waits for a loaded, idle page with the panel on screen.
  // With the "what do you expect?" prompt on, nothing plays until the student presses Play: the
  // animation would otherwise give the answer away before the guess.
  useEffect(() => {
    const { at, predict } = store.getState().values;
    return playWhileVisible(playback, panel?.current ?? null, shouldAutoplay(at) && !predict);
  }, [playback, store, panel]);
  return source;
}

const noSubscription = () => () => {};
const none = () => null;

/** The epoch at the cursor of the enclosing panel, or null outside one (a chart rendered on its own). */
export function useCursorEpoch(): number | null {
  const source = useContext(CursorContext);
  return useSyncExternalStore(source?.subscribe ?? noSubscription, source?.epoch ?? none, source?.resting ?? none);
}

/** The epoch at the cursor of the enclosing panel (inside the panel only). */
export function useEpoch(): number {
  const epoch = useCursorEpoch();
  if (epoch === null) throw new Error('useEpoch needs the neuron panel’s CursorContext');
  return epoch;
}

/** The cursor's epoch while `active`; the resting one, not followed, while not (for what is not on screen then). */
export function useEpochWhile(active: boolean): number {
  const source = useContext(CursorContext);
  if (!source) throw new Error('useEpochWhile needs the neuron panel’s CursorContext');
  return useSyncExternalStore(active ? source.subscribe : noSubscription, active ? source.epoch : source.resting, source.resting);
}

/** The enclosing panel's cursor source, not followed (its values are read when needed). */
export function useCursorSourceOf(): CursorSource {
  const source = useContext(CursorContext);
  if (!source) throw new Error('the neuron panel’s CursorContext is missing');
  return source;
}

/** The enclosing panel's cursor: the epoch, whether it is playing, and the playback to control it. */
export function useCursor(): EpochCursor {
  const source = useContext(CursorContext);
  if (!source) throw new Error('useCursor needs the neuron panel’s CursorContext');
  return useCursorOf(source);
}

function useCursorOf(source: CursorSource): EpochCursor {
  const { playback } = source;
  // The prerendered HTML shows the cursor at rest; hydration starts from there, then follows the playback.
  const moving = useSyncExternalStore(source.subscribe, playback.moving, atRest);
  const at = useSyncExternalStore(source.subscribe, source.resting, source.resting);
  const speed = useSyncExternalStore(source.subscribe, source.speed, source.speed);
  if (moving === null) return { epoch: at, readableEpoch: at, playing: false, playback };
  return { epoch: moving, readableEpoch: readableEpoch(moving, speed), playing: true, playback };
}

/** The panel's epoch cursor, created and followed in one component (the panel itself uses useCursorSource and context instead). */
export function useEpochCursor(panel?: RefObject<Element | null>): EpochCursor {
  return useCursorOf(useCursorSource(panel));
}

const atRest = () => null;
