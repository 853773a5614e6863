import { memo, useRef, type KeyboardEvent } from 'react';
import { useStore } from 'zustand';
import { ParamSlider, useParamLabel } from '../../components/boundControls';
import { Slider } from '../../components/controls';
import { useT } from '../../i18n/strings';
import { usePanelContext } from '../../state/panelStore';
import { currentRange } from '../definition';
import { useValue } from './store';
import { neuronStrings } from './strings';
import { useCursorSourceOf } from './useCursor';
import { EpochSentence, ReadoutGroup, useCursorSelect, useCursorWrite, useRestingEpoch, writeAttribute, writeText } from './live';

/**
 * Whether a key pressed inside the transport means play/pause, as in video players: K on any of
 * its controls except a text box (where it is typing), Space on the epoch slider (a button's own
 * Space already presses it, and would toggle twice).
 */
function isPlayPauseKey(event: KeyboardEvent<HTMLElement>): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey) return false;
  const target = event.target as HTMLElement;
  const type = target instanceof HTMLInputElement ? target.type : null;
  if (event.key === 'k' || event.key === 'K') return type === null || type === 'range';
  return event.key === ' ' && type === 'range' && target.closest('.scrubber') !== null;
}

/** Play/pause, step, reset, the epoch scrubber (one cursor for all runs) and the speed. */
export function Transport() {
  const t = useT(neuronStrings);
  const { playing, playback } = useCursorState();
  const epochs = useValue('epochs');
  // Only the counter and the scrubber follow every frame; the buttons re-render when they change.
  const atFirst = useCursorSelect((epoch) => epoch <= 0);
  const atLast = useCursorSelect((epoch) => epoch >= epochs);
  return (
    <ReadoutGroup.Provider value="transport">
      <div
        className="neuron-transport"
        onKeyDown={(event) => {
          if (isPlayPauseKey(event)) {
            event.preventDefault();
            playback.toggle();
          }
        }}
      >
        <div className="transport-buttons">
          <button type="button" className="play-button" data-bench-play="" aria-pressed={playing} onClick={playback.toggle}>
            <span aria-hidden="true">{playing ? '❚❚ ' : '▶ '}</span>
            {playing ? t('pause') : t('play')}
          </button>
          <button type="button" aria-label={t('stepBackLabel')} title={t('stepBackLabel')} onClick={() => playback.step(-1)} disabled={atFirst}>
            {t('stepBack')}
          </button>
          <button type="button" aria-label={t('stepForwardLabel')} title={t('stepForwardLabel')} onClick={() => playback.step(1)} disabled={atLast}>
            {t('stepForward')}
          </button>
          <button type="button" aria-label={t('restartLabel')} title={t('restartLabel')} onClick={() => playback.seek(0)}>
            {t('restart')}
          </button>
          <EpochSentence as="output" className="epoch-counter" data-testid="epoch-counter" aria-live="off" sentence={(epoch) => t('epochCounter', { epoch, epochs })} epochs={epochs} />
        </div>
        <Scrubber seek={playback.seek} epochs={epochs} hint={t('keyboardHint')} />
        <SpeedSlider />
      </div>
    </ReadoutGroup.Provider>
  );
}

/** Whether the cursor plays, and its playback: re-renders when playing starts or stops, not on each frame. */
function useCursorState() {
  const { playback } = useCursorSourceOf();
  const playing = useCursorSelect(() => playback.moving() !== null);
  return { playing, playback };
}

/**
 * The epoch scrubber: it shows the moving cursor, so it is not a store-bound slider; its label and
 * range still come from the definition (its end is the `at` limit: the run's last epoch). React
 * renders it where the cursor rests; while playing, its position and value text are written at each
 * frame (live.tsx), so a frame does not re-render it.
 */
function Scrubber({ seek, epochs, hint }: { seek: (epoch: number) => void; epochs: number; hint: string }) {
  const resting = useRestingEpoch();
  const box = useRef<HTMLDivElement>(null);
  const { definition, store } = usePanelContext();
  const scrubberLabel = useParamLabel('at');
  const first = useStore(store, (s) => currentRange(definition, 'at', s.values as Record<string, unknown>).min);
  const last = useStore(store, (s) => currentRange(definition, 'at', s.values as Record<string, unknown>).max);
  const format = (epoch: number) => `${epoch} / ${epochs}`;
  const input = () => box.current?.querySelector<HTMLInputElement>('input[type="range"]') ?? null;
  // The thumb is a mark: it moves at every frame. Its value text is read: it follows at the readable rate.
  useCursorWrite(
    (epoch) => {
      const thumb = input();
      const shown = String(Math.min(last, Math.max(first, epoch)));
      if (thumb && thumb.value !== shown) thumb.value = shown;
    },
    true,
    () => box.current,
  );
  useCursorWrite(
    (epoch) => {
      writeAttribute(input(), 'aria-valuetext', format(epoch));
      writeText(box.current?.querySelector('output') ?? null, format(epoch));
    },
    true,
    () => box.current,
    true,
  );
  return (
    // Space on the scrubber toggles play too, so one focus stop both scrubs and plays.
    <div className="scrubber" ref={box}>
      <Slider label={scrubberLabel} value={resting} min={first} max={last} step={definition.schema.at.step ?? 1} onChange={seek} bench format={format} hint={hint} />
    </div>
  );
}

/** The speed does not change with the cursor: memoized, so an animation frame does not re-render it. */
const SpeedSlider = memo(function SpeedSlider() {
  return <ParamSlider name="speed" numberBox className="speed-slider" />;
});
