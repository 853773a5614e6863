import { Slider } from '../../components/controls';
import { useT } from '../../i18n/strings';
import { softmaxStrings } from './strings';
import { MAX_LOGITS, MAX_SLIDER_ENTRIES } from './parseLogits';

interface Props {
  logits: readonly number[];
  onChange: (logits: number[]) => void;
}

/**
 * Slider range for the current vector: the smallest of ±10, ±100, … that holds every entry. A slider
 * cannot push an entry past its range, so the range stays put while dragging.
 */
function sliderRange(logits: readonly number[]): { bound: number; step: number } {
  const largest = Math.max(...logits.map(Math.abs));
  let bound = 10;
  while (bound < largest) bound *= 10;
  return { bound, step: bound / 200 };
}

/** One slider per logit (for up to MAX_SLIDER_ENTRIES of them), a remove button each, and an add button. */
export function LogitSliders({ logits, onChange }: Props) {
  const t = useT(softmaxStrings);
  const { bound, step } = sliderRange(logits);
  const replace = (index: number, value: number) => onChange(logits.map((v, i) => (i === index ? value : v)));
  const remove = (index: number) => onChange(logits.filter((_, i) => i !== index));
  return (
    <div className="logit-sliders">
      {logits.length <= MAX_SLIDER_ENTRIES ? (
        <ul>
          {logits.map((value, i) => (
            <li key={i}>
              <Slider label={t('sliderLabel', { index: i + 1 })} value={value} min={-bound} max={bound} step={step} onChange={(v) => replace(i, v)} />
              <button type="button" className="remove-entry" aria-label={t('removeEntry', { index: i + 1 })} disabled={logits.length <= 1} onClick={() => remove(i)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('slidersOff', { maxSliders: MAX_SLIDER_ENTRIES })}</p>
      )}
      <button type="button" className="add-entry" disabled={logits.length >= MAX_LOGITS} onClick={() => onChange([...logits, 0])}>
        + {t('addEntry')}
      </button>
    </div>
  );
}
