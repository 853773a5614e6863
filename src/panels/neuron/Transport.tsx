import type { KeyboardEvent } from 'react';
import { Slider } from '../../components/controls';
import { useT } from '../../i18n/strings';
import { neuronStrings } from './strings';

interface Props {
  epoch: number;
  epochs: number;
  playing: boolean;
  speed: number;
  showSpeed: boolean;
  onToggle: () => void;
  onStep: (delta: number) => void;
  onRestart: () => void;
  onSeek: (epoch: number) => void;
  onSpeed: (speed: number) => void;
}

/**
 * Whether a key pressed inside the transport means play/pause, as in video players: K on any of
 * its controls except a text box (where it is typing), Space on the epoch slider (a button's own
 * Space already presses it, and would toggle twice).
 */
export function isPlayPauseKey(event: KeyboardEvent<HTMLElement>): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey) return false;
  const target = event.target as HTMLElement;
  const type = target instanceof HTMLInputElement ? target.type : null;
  if (event.key === 'k' || event.key === 'K') return type === null || type === 'range';
  return event.key === ' ' && type === 'range' && target.closest('.scrubber') !== null;
}

/** Play/pause, step, reset, the epoch scrubber (one cursor for all runs) and the speed. */
export function Transport({ epoch, epochs, playing, speed, showSpeed, onToggle, onStep, onRestart, onSeek, onSpeed }: Props) {
  const t = useT(neuronStrings);
  return (
    <div
      className="neuron-transport"
      onKeyDown={(event) => {
        if (isPlayPauseKey(event)) {
          event.preventDefault();
          onToggle();
        }
      }}
    >
      <div className="transport-buttons">
        <button type="button" className="play-button" data-bench-play="" aria-pressed={playing} onClick={onToggle}>
          <span aria-hidden="true">{playing ? '❚❚ ' : '▶ '}</span>
          {playing ? t('pause') : t('play')}
        </button>
        <button type="button" aria-label={t('stepBackLabel')} title={t('stepBackLabel')} onClick={() => onStep(-1)} disabled={epoch <= 0}>
          {t('stepBack')}
        </button>
        <button type="button" aria-label={t('stepForwardLabel')} title={t('stepForwardLabel')} onClick={() => onStep(1)} disabled={epoch >= epochs}>
          {t('stepForward')}
        </button>
        <button type="button" aria-label={t('restartLabel')} title={t('restartLabel')} onClick={onRestart}>
          {t('restart')}
        </button>
        <output className="epoch-counter" data-testid="epoch-counter" aria-live="off">
          {t('epochCounter', { epoch, epochs })}
        </output>
      </div>
      {/* Space on the scrubber toggles play too, so one focus stop both scrubs and plays. */}
      <div className="scrubber">
        <Slider label={t('scrubber')} value={epoch} min={0} max={epochs} step={1} onChange={onSeek} bench format={(v) => `${v} / ${epochs}`} hint={t('keyboardHint')} />
      </div>
      {showSpeed && <Slider label={t('speed')} value={speed} min={1} max={300} step={1} onChange={onSpeed} numberBox className="speed-slider" />}
    </div>
  );
}
