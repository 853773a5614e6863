import { lazy, Suspense, useMemo } from 'react';
import { formatFixed, overflowThreshold, scaleByTemperature, softmaxSteps } from '../../math';
import { Segmented, Slider } from '../../components/controls';
import { useT } from '../../i18n/strings';
import { panelHooks } from '../../state/panelStore';
import type { ValuesOf } from '../../state/params';
import type { PanelProps } from '../definition';
import { MAX_TEMPERATURE, MIN_TEMPERATURE, schema } from './definition';
import { softmaxStrings } from './strings';
import { LogitsField } from './LogitsField';
import { LogitSliders } from './LogitSliders';
import { Presets } from './Presets';
import { StepTable } from './StepTable';
import { ProbabilityChart } from './ProbabilityChart';
import { ResultsTable } from './ResultsTable';
import './panel.css';

const { useValues, useActions } = panelHooks<ValuesOf<typeof schema>>();
// The identity needs KaTeX (the largest chunk): load it after the tables, which are what matters first.
const Identity = lazy(() => import('./Identity').then((m) => ({ default: m.Identity })));

/** Softmax overflow: the naive formula failing step by step beside the max-shifted one that does not. */
export default function SoftmaxPanel({ hidden }: PanelProps) {
  const t = useT(softmaxStrings);
  const { logits, precision, temperature, trueClass } = useValues();
  const { set, patch } = useActions();
  // A URL may name a class the vector does not have: use the last one rather than fail.
  const trueIndex = Math.min(trueClass, logits.length) - 1;
  const setLogits = (next: readonly number[], nextClass = trueClass) => patch({ logits: next, trueClass: Math.min(nextClass, next.length) });

  const scaled = useMemo(() => scaleByTemperature(logits, temperature), [logits, temperature]);
  const naive = useMemo(() => softmaxSteps(scaled, { shift: false, precision }), [scaled, precision]);
  const shifted = useMemo(() => softmaxSteps(scaled, { shift: true, precision }), [scaled, precision]);
  const tempered = temperature !== 1;
  const inputLabel = tempered ? t('colZ') : t('colX');
  const inputSymbol = tempered ? 'z' : 'x';

  return (
    <div className="panel-softmax">
      <div className="softmax-controls">
        {!hidden.has('logits') && (
          <section className="softmax-inputs" aria-label={t('inputsHeading')}>
            <LogitsField logits={logits} onChange={setLogits} />
            <LogitSliders logits={logits} onChange={setLogits} />
          </section>
        )}
        <div className="softmax-settings">
          {!hidden.has('presets') && <Presets logits={logits} onPick={(preset) => setLogits(preset.logits, preset.trueClass ?? trueClass)} />}
          {!hidden.has('precision') && (
            <Segmented
              legend={t('precisionLegend')}
              options={[
                { value: 'float64', label: t('float64') },
                { value: 'float32', label: t('float32') },
              ]}
              value={precision}
              onChange={(value) => set('precision', value)}
            />
          )}
          <p className="thresholds" data-testid="thresholds">
            {t('thresholds', { f64: formatFixed(overflowThreshold('float64'), 2), f32: formatFixed(overflowThreshold('float32'), 2) })}
          </p>
          {!hidden.has('temperature') && (
            <Slider
              label={t('temperatureLabel')}
              value={temperature}
              min={MIN_TEMPERATURE}
              max={MAX_TEMPERATURE}
              step={0.05}
              numberBox
              bench
              hint={t('temperatureHint')}
              onChange={(value) => set('temperature', value)}
            />
          )}
        </div>
      </div>
      <div className="step-tables">
        <StepTable steps={naive} inputLabel={inputLabel} inputSymbol={inputSymbol} testId="naive-table" typed={temperature === 1} />
        <StepTable steps={shifted} inputLabel={inputLabel} inputSymbol={inputSymbol} testId="shifted-table" typed={temperature === 1} />
      </div>
      <ProbabilityChart naive={naive} shifted={shifted} />
      <ResultsTable logits={scaled} trueIndex={trueIndex} onTrueIndexChange={hidden.has('true-class') ? null : (index) => set('trueClass', index + 1)} />
      {!hidden.has('identity') && (
        <Suspense fallback={<p className="muted panel-loading">{t('identityTitle')}…</p>}>
          <Identity />
        </Suspense>
      )}
    </div>
  );
}
