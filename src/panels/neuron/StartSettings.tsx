import { ParamSlider } from '../../components/boundControls';
import { formatNumber, neuronOutput } from '../../math';
import { useT } from '../../i18n/strings';
import { ARTICLE_INPUT, definition, presetName, STARTS, type StartPreset } from './definition';
import { useActions, useValue } from './store';
import { neuronStrings } from './strings';

/** One start: its weight and bias, the output they give, and the articles' two starts as presets. */
export function StartSettings({ start }: { start: 1 | 2 }) {
  const t = useT(neuronStrings);
  const label = useT(definition.labels);
  const w = useValue(start === 1 ? 'w1' : 'w2');
  const b = useValue(start === 1 ? 'b1' : 'b2');
  const x = useValue('x');
  const { applyPreset } = useActions();
  const legend = label(start === 1 ? 'start1' : 'start2');
  return (
    <fieldset className="start-settings">
      <legend>{legend}</legend>
      <ParamSlider name={`w${start}`} numberBox label={`${legend}: ${label('weight')}`} />
      <ParamSlider name={`b${start}`} numberBox label={`${legend}: ${label('bias')}`} />
      <p className="start-output">{t('startOutput', { a: formatNumber(neuronOutput(w, b, x), 4) })}</p>
      <div className="preset-buttons">
        {(Object.keys(STARTS) as StartPreset[]).map((preset) => {
          const { w: presetW, b: presetB } = STARTS[preset];
          // The output each preset is named by, computed (at the articles' x = 1), not typed.
          const a = formatNumber(neuronOutput(presetW, presetB, ARTICLE_INPUT), 2);
          return (
            <button key={preset} type="button" onClick={() => applyPreset(presetName(start, preset))}>
              {t('preset', { a, w: formatNumber(presetW), b: formatNumber(presetB) })}
            </button>
          );
        })}
      </div>
    </fieldset>
  );
}
