import type { StoreApi } from 'zustand';
import type { PanelState } from '../../state/panelStore';
import type { NeuronValues } from './store';
import { watchViewport } from '../../components/viewport';

/*
 * Who owns the epoch cursor. At rest it is the store's `at`: URL-backed, kept within the run by the
 * definition's limit on every write, and written by the scrubber, the step and reset buttons, Reset
 * all settings and links. While playing it is this playback's moving position, advanced each
 * animation frame; the address bar is not rewritten sixty times a second. When playing stops
 * (Pause, the end of the run, a seek) the epoch reached is written to `at`, once. So the cursor on
 * screen is always `moving() ?? at`: one owner for the moving value, one for the resting one.
 */

/** A frame later than this (a background tab, a busy machine) advances the cursor by this much only. */
const MAX_FRAME_MS = 250;

type NeuronStore = StoreApi<PanelState<NeuronValues>>;

export interface Playback {
  subscribe: (listener: () => void) => () => void;
  /** The moving cursor in whole epochs while playing; null at rest (the cursor is then the store's `at`). */
  moving: () => number | null;
  /**
   * While an animation frame moves the cursor (during its listeners' calls), that frame's time
   * (requestAnimationFrame's timestamp); null otherwise (a start, a rest, a seek, a step).
   */
  frameTime: () => number | null;
  /** Plays from the resting cursor (from 0 when it rests at the end), or pauses. */
  toggle: () => void;
  /** Stops playing and puts the cursor at `epoch` (the store keeps it within the run). */
  seek: (epoch: number) => void;
  /** One epoch back or forward from where the cursor is, paused. */
  step: (delta: number) => void;
  /** Runs the frame loop while playing and follows the store; returns the detach (call on mount and unmount). */
  attach: () => () => void;
}

/**
 * The animation of one panel's cursor. Time-based: each frame advances the cursor by elapsed
 * seconds × speed, so the speed in epochs per second does not depend on the display's refresh
 * rate. `autoplay` starts it playing from the resting cursor (the frames run once attached).
 */
export function createPlayback(store: NeuronStore, { autoplay }: { autoplay: boolean }): Playback {
  const values = () => store.getState().values;
  const startFrom = () => (values().at >= values().epochs ? 0 : values().at);
  let position: number | null = autoplay ? startFrom() : null;
  let attached = false;
  let frame: number | null = null;
  let lastFrameAt: number | null = null;
  let frameAt: number | null = null;
  const listeners = new Set<() => void>();
  const emit = () => listeners.forEach((listener) => listener());

  const tick = (now: number) => {
    frame = null;
    if (position === null) return;
    const elapsed = lastFrameAt === null ? 0 : Math.min(now - lastFrameAt, MAX_FRAME_MS);
    lastFrameAt = now;
    const { speed, epochs } = values();
    position += (elapsed / 1000) * speed;
    if (position >= epochs) return rest(epochs);
    frameAt = now;
    try {
      emit();
    } finally {
      frameAt = null;
    }
    frame = requestAnimationFrame(tick);
  };
  const run = () => {
    if (!attached || position === null || frame !== null) return;
    lastFrameAt = null; // the first frame only starts the clock
    frame = requestAnimationFrame(tick);
  };
  const halt = () => {
    if (frame !== null) cancelAnimationFrame(frame);
    frame = null;
  };
  /** Stops playing; the cursor rests at `epoch` (written to the store), or where the store already has it (null). */
  const rest = (epoch: number | null) => {
    const wasPlaying = position !== null;
    halt();
    position = null; // before the write, so that the store's listener below sees a resting cursor
    if (epoch !== null) store.getState().set('at', Math.round(epoch));
    if (wasPlaying) emit();
  };

  const moving = () => (position === null ? null : Math.floor(position));
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    moving,
    frameTime: () => frameAt,
    toggle() {
      if (position !== null) return rest(Math.floor(position));
      position = startFrom();
      emit();
      run();
    },
    seek: (epoch) => rest(epoch),
    step: (delta) => rest((moving() ?? values().at) + delta),
    attach() {
      attached = true;
      run();
      // A write to the resting cursor while playing (Reset all settings) is the cursor now; a run
      // shortened under the moving cursor ends the play at its last epoch.
      const unsubscribe = store.subscribe((state, previous) => {
        if (position === null) return;
        if (state.values.at !== previous.values.at) rest(null);
        else if (position > state.values.epochs) rest(state.values.epochs);
      });
      return () => {
        attached = false;
        halt();
        unsubscribe();
      };
    },
  };
}

/**
 * Plays only when it costs the visitor nothing: an autoplay starts once the page has loaded and the
 * main thread has then been quiet for a while (so it never competes with loading, hydration or the
 * visitor's first clicks: see whenQuiet) and the panel is on screen in a visible tab; any play pauses
 * while the panel is scrolled out of view or the tab is hidden, and resumes when it is back. A pause
 * or play by the visitor is their choice: an autoplay the visitor paused does not come back.
 * Returns the cleanup.
 */
export function playWhileVisible(playback: Playback, element: Element | null, autoplay: boolean): () => void {
  const playing = () => playback.moving() !== null;
  let wanted = autoplay;
  let ready = false;
  let onScreen = !element || typeof IntersectionObserver === 'undefined';
  const tabShown = () => typeof document === 'undefined' || document.visibilityState !== 'hidden';
  const visible = () => onScreen && tabShown();
  let ours = false; // a toggle made here, not by the visitor
  const toggle = () => {
    ours = true;
    playback.toggle();
    ours = false;
  };
  const sync = () => {
    if (ready && visible() && wanted && !playing()) toggle();
    else if (!visible() && playing()) toggle(); // off screen or tab hidden: rest, and play again when back
  };
  const unsubscribe = playback.subscribe(() => {
    if (!ours && visible()) wanted = playing(); // the visitor's play or pause
  });
  const watch = element
    ? watchViewport(
        element,
        (shown) => {
          onScreen = shown;
          sync();
        },
        '0px',
      )
    : null;
  if (typeof document !== 'undefined') document.addEventListener('visibilitychange', sync);
  let cancelQuiet: (() => void) | null = null;
  const onLoad = () => {
    // Only an autoplay waits for a quiet page (its probe, a timer every 100 ms, would otherwise run on
    // through the visitor's own play); a play the visitor started resumes as soon as the panel is back.
    if (!autoplay) {
      ready = true;
      return sync();
    }
    cancelQuiet = whenQuiet(() => {
      ready = true;
      sync();
    });
  };
  if (typeof document === 'undefined' || document.readyState === 'complete') onLoad();
  else window.addEventListener('load', onLoad, { once: true });
  return () => {
    unsubscribe();
    watch?.stop();
    cancelQuiet?.();
    if (typeof document !== 'undefined') document.removeEventListener('visibilitychange', sync);
    if (typeof window !== 'undefined') window.removeEventListener('load', onLoad);
  };
}

/** How long the main thread must have run no long task before an autoplay starts. */
export const QUIET_MS = 1500;
/** The probe's period, and how late a probe may run before the delay counts as a long task. */
const PROBE_MS = 100;
const LATE_MS = 50;

/**
 * Calls `done` once the main thread has run no long task for QUIET_MS (a timer probe that runs late
 * has waited behind one), then at the next idle moment. Where the browser has no idle callbacks (and
 * in tests' DOM) there is no such measure: `done` is called at once. Returns the cancel.
 */
export function whenQuiet(done: () => void): () => void {
  if (typeof requestIdleCallback !== 'function') {
    done();
    return () => {};
  }
  let timer: ReturnType<typeof setTimeout> | null = null;
  let idle: number | null = null;
  let quietSince = performance.now();
  let last = quietSince;
  const probe = () => {
    const now = performance.now();
    if (now - last > PROBE_MS + LATE_MS) quietSince = now;
    last = now;
    if (now - quietSince >= QUIET_MS) {
      timer = null;
      idle = requestIdleCallback(done, { timeout: 1000 });
    } else timer = setTimeout(probe, PROBE_MS);
  };
  timer = setTimeout(probe, PROBE_MS);
  return () => {
    if (timer !== null) clearTimeout(timer);
    if (idle !== null && typeof cancelIdleCallback === 'function') cancelIdleCallback(idle);
  };
}

/** Visitors who ask for reduced motion start paused (scrubbing still works); so does a link to an epoch. */
export function shouldAutoplay(at: number): boolean {
  return at === 0 && typeof requestAnimationFrame === 'function' && !prefersReducedMotion();
}

function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * The cursor for text meant to be read (the KaTeX formulas): while playing, the moving cursor
 * rounded down to steps of about 1/8 s of play, so it changes about eight times a second (nobody
 * reads digits that change sixty times a second, and re-typesetting them each frame costs frames).
 */
export function readableEpoch(moving: number, speed: number): number {
  const stride = Math.max(1, Math.ceil(speed / READABLE_PER_SECOND));
  return moving - (moving % stride);
}

const READABLE_PER_SECOND = 8;
