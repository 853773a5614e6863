import { memo } from 'react';
import { useT } from '../../i18n/strings';
import { usePanelContext } from '../../state/panelStore';
import { definition } from './definition';
import { softmaxStrings } from './strings';
import { sameVector } from './format';
import { useActions, useValue } from './store';

/** The definition's presets as buttons, each named by its vector and pressed while the logits are that vector. */
export const Presets = memo(function Presets() {
  const t = useT(softmaxStrings);
  const label = useT(definition.labels);
  const logits = useValue('logits');
  const { applyPreset } = useActions();
  if (usePanelContext().hidden.has('presets')) return null;
  return (
    <div className="presets" role="group" aria-label={label('presetsLegend')}>
      <span className="presets-legend">{label('presetsLegend')}</span>
      {Object.entries(definition.presets).map(([name, preset]) => {
        const values = preset.logits ?? [];
        const text = `[${values.join(', ').replaceAll('-', '−')}]`;
        return (
          <button key={name} type="button" aria-pressed={sameVector(values, logits)} aria-label={t('presetLabel', { values: text })} onClick={() => applyPreset(name)}>
            {text}
          </button>
        );
      })}
    </div>
  );
});
