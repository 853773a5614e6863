import { memo, Suspense, useCallback, useMemo } from 'react';
import { lazyNearViewport } from '../../components/lazyNearViewport';
import { formatFixed, overflowThreshold, scaleByTemperature, softmaxSteps } from '../../math';
import { ParamSegmented, ParamSlider, ParamSwitch } from '../../components/boundControls';
import { useT } from '../../i18n/strings';
import type { PanelProps } from '../definition';
import { definition } from './definition';
import { softmaxStrings } from './strings';
import { LogitsField } from './LogitsField';
import { LogitSliders } from './LogitSliders';
import { Presets } from './Presets';
import { StepTable } from './StepTable';
import { ProbabilityChart } from './ProbabilityChart';
import { ResultsTable } from './ResultsTable';
import { IssueLegend } from './IssueCell';
import { SoftmaxPrediction } from './why/SoftmaxPrediction';
import { useActions, useValue } from './store';
import './panel.css';

// The identity needs KaTeX (the largest chunk): load it after the tables, which are what matters first.
const Identity = lazyNearViewport(() => import('./Identity').then((m) => ({ default: m.Identity })));
const SoftmaxDerivations = lazyNearViewport(() => import('./derivations/SoftmaxDerivations').then((m) => ({ default: m.SoftmaxDerivations })));

/** Softmax overflow: the naive formula failing step by step beside the max-shifted one that does not. */
export default function SoftmaxPanel({ hidden }: PanelProps) {
  const t = useT(softmaxStrings);
  const label = useT(definition.labels);
  // One subscription per value (not useValues): the panel re-renders only for what it reads.
  const logits = useValue('logits');
  const precision = useValue('precision');
  const temperature = useValue('temperature');
  const trueClass = useValue('trueClass');
  const { set } = useActions();
  const onTrueIndexChange = useCallback((index: number) => set('trueClass', index + 1), [set]);

  const scaled = useMemo(() => scaleByTemperature(logits, temperature), [logits, temperature]);
  const naive = useMemo(() => softmaxSteps(scaled, { shift: false, precision }), [scaled, precision]);
  const shifted = useMemo(() => softmaxSteps(scaled, { shift: true, precision }), [scaled, precision]);
  const tempered = temperature !== 1;
  const inputLabel = tempered ? t('colZ') : t('colX');
  const inputSymbol = tempered ? 'z' : 'x';

  return (
    <div className="panel-softmax">
      <SoftmaxPrediction />
      <div className="softmax-controls">
        {!hidden.has('logits') && (
          <section className="softmax-inputs" aria-label={t('inputsHeading')}>
            <LogitsField />
            <LogitSliders />
          </section>
        )}
        <Settings />
      </div>
      <div className="step-tables">
        <StepTable steps={naive} inputLabel={inputLabel} inputSymbol={inputSymbol} testId="naive-table" typed={temperature === 1} />
        <StepTable steps={shifted} inputLabel={inputLabel} inputSymbol={inputSymbol} testId="shifted-table" typed={temperature === 1} />
      </div>
      <IssueLegend />
      <ProbabilityChart naive={naive} shifted={shifted} />
      {/* The store keeps the true class among the logits (the definition's limit). */}
      <ResultsTable logits={scaled} trueIndex={trueClass - 1} onTrueIndexChange={hidden.has('true-class') ? null : onTrueIndexChange} />
      {!hidden.has('identity') && (
        <Suspense fallback={<p className="muted panel-loading">{label('identityTitle')}…</p>}>
          <Identity />
        </Suspense>
      )}
      {!hidden.has('derivations') && (
        <Suspense fallback={<p className="muted panel-loading">{label('derivationsTitle')}…</p>}>
          <SoftmaxDerivations inputs={scaled} symbol={inputSymbol} trueIndex={trueClass - 1} />
        </Suspense>
      )}
    </div>
  );
}

/**
 * Presets, precision, the overflow thresholds, temperature and the prediction switch. Memoized with
 * no props: each control subscribes to its own value, so a temperature step re-renders the slider
 * alone, not the presets or the thresholds.
 */
const Settings = memo(function Settings() {
  const t = useT(softmaxStrings);
  return (
    <div className="softmax-settings">
      <Presets />
      <ParamSegmented name="precision" />
      <p className="thresholds" data-testid="thresholds">
        {t('thresholds', { f64: formatFixed(overflowThreshold('float64'), 2), f32: formatFixed(overflowThreshold('float32'), 2) })}
      </p>
      <ParamSlider name="temperature" numberBox bench />
      <ParamSwitch name="predict" />
    </div>
  );
});
