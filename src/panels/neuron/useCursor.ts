import { useEffect, useState, useSyncExternalStore, type RefObject } from 'react';
import { createPlayback, playWhileVisible, readableEpoch, shouldAutoplay, type Playback } from './playback';
import { useStoreApi, useValue } from './store';

export interface EpochCursor {
  /** The epoch every chart, table and diagram shows. */
  epoch: number;
  /** The epoch for text to be read: the cursor itself at rest, about eight steps a second while playing. */
  readableEpoch: number;
  playing: boolean;
  playback: Playback;
}

/** The panel's epoch cursor: the playback's moving position while playing, the store's `at` at rest (see playback.ts). */
export function useEpochCursor(panel?: RefObject<Element | null>): EpochCursor {
  const store = useStoreApi();
  const [playback] = useState(() => createPlayback(store, { autoplay: false }));
  useEffect(() => playback.attach(), [playback]);
  // Autoplay (from epoch 0, motion allowed) waits for a loaded, idle page with the panel on screen.
  // With the "what do you expect?" prompt on, nothing plays until the student presses Play: the
  // animation would otherwise give the answer away before the guess.
  useEffect(() => {
    const { at, predict } = store.getState().values;
    return playWhileVisible(playback, panel?.current ?? null, shouldAutoplay(at) && !predict);
  }, [playback, store, panel]);
  // The prerendered HTML shows the cursor at rest; hydration starts from there, then follows the playback.
  const moving = useSyncExternalStore(playback.subscribe, playback.moving, atRest);
  const at = useValue('at');
  const speed = useValue('speed');
  if (moving === null) return { epoch: at, readableEpoch: at, playing: false, playback };
  return { epoch: moving, readableEpoch: readableEpoch(moving, speed), playing: true, playback };
}

const atRest = () => null;
