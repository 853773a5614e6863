import { memo, useId } from 'react';
import { ParamSlider, ParamSwitch } from '../../components/boundControls';
import { useT } from '../../i18n/strings';
import { StartSettings } from './StartSettings';
import { useActions, useValue } from './store';
import { neuronStrings } from './strings';

/** Learning rate(s), epochs, the two starts with their presets, and the training example (x, y). */
export const Settings = memo(function Settings({ hidden }: { hidden: ReadonlySet<string> }) {
  const t = useT(neuronStrings);
  const separateRate = useValue('separateRate');
  const { reset } = useActions();
  const titleId = useId();
  return (
    <section className="neuron-settings" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('settingsTitle')}</h3>
      <div className="settings-grid">
        {/* The separate rate belongs to the learning rate: hiding the rate hides it too. */}
        {!hidden.has('learning-rate') && (
          <div>
            <ParamSlider name="eta" numberBox />
            {!hidden.has('separate-rate') && (
              <>
                <ParamSwitch name="separateRate" />
                <p className="control-hint separate-hint">{t('separateRateHint')}</p>
                {separateRate && <ParamSlider name="etaCe" numberBox />}
              </>
            )}
          </div>
        )}
        {!hidden.has('epochs') && (
          <div>
            <ParamSlider name="epochs" numberBox />
          </div>
        )}
        {!hidden.has('start1') && <StartSettings start={1} />}
        {!hidden.has('start2') && <StartSettings start={2} />}
        {(!hidden.has('input-x') || !hidden.has('target-y')) && (
          <div>
            <ParamSlider name="x" numberBox />
            <ParamSlider name="y" numberBox />
          </div>
        )}
      </div>
      <ParamSwitch name="predict" />
      <button type="button" className="reset-all" onClick={reset}>
        {t('resetAll')}
      </button>
    </section>
  );
});
