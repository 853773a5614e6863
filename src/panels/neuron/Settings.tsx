import { memo, useId } from 'react';
import { Slider, Switch } from '../../components/controls';
import { formatNumber, neuronOutput } from '../../math';
import { useT } from '../../i18n/strings';
import { RateSlider } from './RateSlider';
import { MAX_EPOCHS, PRESETS, WEIGHT_RANGE } from './definition';
import { useActions, useValues } from './store';
import { neuronStrings } from './strings';

/** Learning rate(s), epochs, the two starts with their presets, and the training example (x, y). */
export const Settings = memo(function Settings({ hidden }: { hidden: ReadonlySet<string> }) {
  const t = useT(neuronStrings);
  const values = useValues();
  const { set, patch, reset } = useActions();
  const titleId = useId();
  const startControls = (start: 1 | 2) => {
    const w = start === 1 ? values.w1 : values.w2;
    const b = start === 1 ? values.b1 : values.b2;
    const wKey = start === 1 ? 'w1' : 'w2';
    const bKey = start === 1 ? 'b1' : 'b2';
    const legend = start === 1 ? t('start1') : t('start2');
    return (
      <fieldset className="start-settings" key={start}>
        <legend>{legend}</legend>
        <Slider label={`${legend}: ${t('weight')}`} value={w} {...WEIGHT_RANGE} step={0.1} numberBox onChange={(v) => set(wKey, v)} />
        <Slider label={`${legend}: ${t('bias')}`} value={b} {...WEIGHT_RANGE} step={0.1} numberBox onChange={(v) => set(bKey, v)} />
        <p className="start-output">{t('startOutput', { a: formatNumber(neuronOutput(w, b, values.x), 4) })}</p>
        <div className="preset-buttons">
          <button type="button" onClick={() => patch({ [wKey]: PRESETS.start1.w, [bKey]: PRESETS.start1.b })}>
            {t('preset82')}
          </button>
          <button type="button" onClick={() => patch({ [wKey]: PRESETS.start2.w, [bKey]: PRESETS.start2.b })}>
            {t('preset98')}
          </button>
        </div>
      </fieldset>
    );
  };
  return (
    <section className="neuron-settings" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('settingsTitle')}</h3>
      <div className="settings-grid">
        {!hidden.has('learning-rate') && (
          <div>
            <RateSlider label={t('learningRate')} hint={t('logSliderHint')} value={values.eta} onChange={(v) => set('eta', v)} />
            {!hidden.has('separate-rate') && (
              <>
                <Switch label={t('separateRate')} checked={values.separateRate} onChange={(v) => set('separateRate', v)} />
                <p className="control-hint separate-hint">{t('separateRateHint')}</p>
                {values.separateRate && (
                  <RateSlider label={t('learningRateCe')} hint={t('logSliderHint')} value={values.etaCe} onChange={(v) => set('etaCe', v)} />
                )}
              </>
            )}
          </div>
        )}
        {!hidden.has('epochs') && (
          <div>
            <Slider label={t('epochs')} value={values.epochs} min={1} max={MAX_EPOCHS} step={1} numberBox onChange={(v) => set('epochs', Math.round(v))} />
          </div>
        )}
        {!hidden.has('start1') && startControls(1)}
        {!hidden.has('start2') && startControls(2)}
        {(!hidden.has('input-x') || !hidden.has('target-y')) && (
          <div>
            {!hidden.has('input-x') && <Slider label={t('input')} value={values.x} min={-5} max={5} step={0.1} numberBox onChange={(v) => set('x', v)} />}
            {!hidden.has('target-y') && <Slider label={t('target')} value={values.y} min={0} max={1} step={0.01} numberBox onChange={(v) => set('y', v)} />}
          </div>
        )}
      </div>
      <button type="button" className="reset-all" onClick={reset}>
        {t('resetAll')}
      </button>
    </section>
  );
});
