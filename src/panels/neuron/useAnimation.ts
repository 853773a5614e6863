import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * The epoch cursor and its animation. Time-based: each requestAnimationFrame advances the cursor by
 * elapsed seconds × speed, so the speed in epochs per second does not depend on the display's
 * refresh rate. Only the cursor moves; the trajectories are computed elsewhere, once per change.
 */
export function useEpochAnimation({ epochs, speed, initialEpoch }: { epochs: number; speed: number; initialEpoch: number }) {
  const [epoch, setEpoch] = useState(() => Math.min(epochs, initialEpoch));
  // Visitors who ask for reduced motion start paused (scrubbing still works); so does a link to an epoch.
  const [playing, setPlaying] = useState(() => initialEpoch === 0 && canAnimate() && !prefersReducedMotion());
  // While playing, numbers meant to be read (the KaTeX formulas) follow a slower copy of the cursor:
  // nobody reads digits that change 60 times a second, and re-typesetting them each frame costs frames.
  const [readable, setReadable] = useState(epoch);
  const speedRef = useRef(speed);
  const epochRef = useRef(epoch);
  useEffect(() => {
    speedRef.current = speed;
    epochRef.current = epoch;
  });

  // A shortened run pulls the cursor back inside it at once (shown). Once the shorter run has stayed
  // a moment, the cursor stays there too: lengthening the run again does not jump back to where it
  // was. The moment matters: typing "500" in the epochs box passes through 5 and 50 on the way.
  const shown = Math.min(epoch, epochs);
  useEffect(() => {
    if (epoch <= epochs) return;
    const timer = setTimeout(() => setEpoch(epochs), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [epoch, epochs]);

  useEffect(() => {
    if (!playing) return;
    let position = epochRef.current >= epochs ? 0 : epochRef.current; // play at the end starts over
    let last: number | null = null;
    let lastReadable = -Infinity;
    let frame = requestAnimationFrame(function tick(now) {
      // Cap one frame's step so a background tab does not jump to the end on return.
      const elapsed = last === null ? 0 : Math.min(now - last, 250);
      last = now;
      position += (elapsed / 1000) * speedRef.current;
      if (position >= epochs) {
        setEpoch(epochs);
        setReadable(epochs);
        setPlaying(false);
        return;
      }
      setEpoch(Math.floor(position));
      if (now - lastReadable >= READABLE_INTERVAL_MS) {
        lastReadable = now;
        setReadable(Math.floor(position));
      }
      frame = requestAnimationFrame(tick);
    });
    return () => cancelAnimationFrame(frame);
  }, [playing, epochs]);

  const seek = useCallback(
    (next: number) => {
      setPlaying(false);
      setEpoch(Math.min(epochs, Math.max(0, Math.round(next))));
    },
    [epochs],
  );
  const toggle = useCallback(() => setPlaying((p) => !p), []);
  const step = useCallback((delta: number) => seek(Math.min(epochRef.current, epochs) + delta), [seek, epochs]);
  const restart = useCallback(() => seek(0), [seek]);

  /** The cursor for text to be read: the cursor itself when paused, updated about 8 times a second while playing. */
  const readableEpoch = playing ? Math.min(readable, epochs) : shown;
  return { epoch: shown, readableEpoch, playing, toggle, seek, step, restart };
}

const READABLE_INTERVAL_MS = 125;
/** How long a shortened run must stay before the cursor's place is given up (a typing pause). */
const SETTLE_MS = 600;

function canAnimate(): boolean {
  return typeof requestAnimationFrame === 'function';
}

function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}
