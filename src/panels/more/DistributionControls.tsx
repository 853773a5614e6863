import { useState } from 'react';
import { ParamSegmented } from '../../components/boundControls';
import { Slider } from '../../components/controls';
import { useT } from '../../i18n/strings';
import { formatNumber } from '../../math';
import { panelHooks, usePanelContext } from '../../state/panelStore';
import type { ValuesOf } from '../../state/params';
import { definition, MAX_OUTCOMES, MIN_OUTCOMES, WEIGHT_RANGE, type schema } from './definition';
import { isDistribution, Q_PRESETS, resizeOutcomes } from './distributions';
import { moreStrings } from './strings';

const { useValue, useActions } = panelHooks<ValuesOf<typeof schema>>();

interface Props {
  /** The two distributions (normalised), shown beside each weight. */
  p: readonly number[];
  q: readonly number[];
}

/** The unit, q's presets, one weight slider per outcome of p and of q, and adding or removing an outcome. */
export function DistributionControls({ p, q }: Props) {
  const { hidden } = usePanelContext();
  return (
    <div className="more-controls">
      <ParamSegmented name="base" />
      {!hidden.has('distributions') && <WeightControls p={p} q={q} />}
    </div>
  );
}

function WeightControls({ p, q }: Props) {
  const t = useT(moreStrings);
  const label = useT(definition.labels);
  const weights = { p: useValue('p'), q: useValue('q') };
  const { set, patch, applyPreset } = useActions();
  // Which distribution a slider move would have zeroed (translated when shown, so it follows the language).
  const [rejected, setRejected] = useState<'p' | 'q' | null>(null);
  const n = weights.p.length;

  // A slider refuses to zero a whole distribution (the last valid one stays, and the visitor is told).
  const setWeight = (which: 'p' | 'q', i: number, value: number) => {
    const next = weights[which].map((w, j) => (j === i ? value : w));
    if (!isDistribution(next)) {
      setRejected(which);
      return;
    }
    setRejected(null);
    set(which, next);
  };

  const presets = [
    ['presetUniform', Q_PRESETS.uniform],
    ['presetEqual', Q_PRESETS.equal],
    ['presetZero', Q_PRESETS.missesOne],
  ] as const;
  return (
    <>
      <div className="control preset-row" role="group" aria-label={t('presets')}>
        {presets.map(([key, make]) => (
          <button key={key} type="button" onClick={() => set('q', make(weights.p))}>
            {t(key)}
          </button>
        ))}
        {/* p and q together, so KL's asymmetry shows at once; swapping exchanges D(p‖q) and D(q‖p). */}
        <button type="button" onClick={() => applyPreset('broadQ')}>
          {t('presetBroad')}
        </button>
        <button type="button" onClick={() => applyPreset('narrowQ')}>
          {t('presetNarrow')}
        </button>
        <button type="button" onClick={() => patch({ p: weights.q, q: weights.p })}>
          {t('swap')}
        </button>
      </div>
      {rejected && (
        <p className="field-error" role="alert">
          {t('zeroWeights', { dist: rejected })}
        </p>
      )}
      {(['p', 'q'] as const).map((which) => {
        const shown = which === 'p' ? p : q;
        return (
          <fieldset key={which} className="control weights">
            <legend>{label(which === 'p' ? 'distributionP' : 'distributionQ')}</legend>
            {weights[which].map((w, i) => (
              <Slider
                key={i}
                label={`${which}${i + 1} = ${formatNumber(shown[i], 3)}`}
                valueText={t('weight', { i: i + 1, dist: which, w: formatNumber(w, 3) })}
                format={(v) => t('weightShort', { w: formatNumber(v, 3) })}
                value={w}
                {...WEIGHT_RANGE}
                onChange={(v) => setWeight(which, i, v)}
              />
            ))}
          </fieldset>
        );
      })}
      <div className="control preset-row">
        <button type="button" disabled={n >= MAX_OUTCOMES} onClick={() => patch(resizeOutcomes(weights.p, weights.q, n + 1))}>
          {t('addOutcome')}
        </button>
        <button type="button" disabled={n <= MIN_OUTCOMES} onClick={() => patch(resizeOutcomes(weights.p, weights.q, n - 1))}>
          {t('removeOutcome')}
        </button>
      </div>
    </>
  );
}
