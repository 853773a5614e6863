import { memo } from 'react';
import { Slider } from '../../components/controls';
import { useT } from '../../i18n/strings';
import { logitSliderRange } from './definition';
import { softmaxStrings } from './strings';
import { MAX_LOGITS, MAX_SLIDER_ENTRIES } from './parseLogits';
import { useActions, useValue } from './store';

/** One slider per logit (for up to MAX_SLIDER_ENTRIES of them), a remove button each, and an add button. */
export const LogitSliders = memo(function LogitSliders() {
  const t = useT(softmaxStrings);
  const logits = useValue('logits');
  const { set } = useActions();
  const { min, max, step } = logitSliderRange(logits);
  const replace = (index: number, value: number) => set('logits', logits.map((v, i) => (i === index ? value : v)));
  const remove = (index: number) => set('logits', logits.filter((_, i) => i !== index));
  return (
    <div className="logit-sliders">
      {logits.length <= MAX_SLIDER_ENTRIES ? (
        <ul>
          {logits.map((value, i) => (
            <li key={i}>
              <Slider label={t('sliderLabel', { index: i + 1 })} value={value} min={min} max={max} step={step} onChange={(v) => replace(i, v)} />
              <button type="button" className="remove-entry" aria-label={t('removeEntry', { index: i + 1 })} disabled={logits.length <= 1} onClick={() => remove(i)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('slidersOff', { maxSliders: MAX_SLIDER_ENTRIES })}</p>
      )}
      <button type="button" className="add-entry" disabled={logits.length >= MAX_LOGITS} onClick={() => set('logits', [...logits, 0])}>
        + {t('addEntry')}
      </button>
    </div>
  );
});
