import { memo, Suspense, useCallback } from 'react';
import { useStore } from 'zustand';
import { lazyNearViewport } from '../../components/lazyNearViewport';
import { formatFixed, overflowThreshold } from '../../math';
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
import { shapeOf, useActions, useStoreApi, viewOf } from './store';
import './panel.css';

// The identity needs KaTeX (the largest chunk): load it after the tables, which are what matters first.
const Identity = lazyNearViewport(() => import('./Identity').then((m) => ({ default: m.Identity })));
const SoftmaxDerivations = lazyNearViewport(() => import('./derivations/SoftmaxDerivations').then((m) => ({ default: m.SoftmaxDerivations })));

/** Softmax overflow: the naive formula failing step by step beside the max-shifted one that does not. */
export default function SoftmaxPanel({ hidden }: PanelProps) {
  const t = useT(softmaxStrings);
  const label = useT(definition.labels);
  const api = useStoreApi();
  // The panel re-renders only when its markup's shape changes (classes, precision, true class, which
  // cells have a problem); a temperature or logit step rewrites the numbers in place (Live nodes).
  useStore(api, (s) => shapeOf(s.values));
  const view = viewOf(api.getState().values);
  const { set } = useActions();
  const onTrueIndexChange = useCallback((index: number) => set('trueClass', index + 1), [set]);

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
        <StepTable which="naive" steps={view.naive} testId="naive-table" />
        <StepTable which="shifted" steps={view.shifted} testId="shifted-table" />
      </div>
      <IssueLegend />
      <ProbabilityChart />
      {/* The store keeps the true class among the logits (the definition's limit). */}
      <ResultsTable count={view.scaled.length} trueIndex={view.trueIndex} onTrueIndexChange={hidden.has('true-class') ? null : onTrueIndexChange} />
      {!hidden.has('identity') && (
        <Suspense fallback={<p className="muted panel-loading">{label('identityTitle')}…</p>}>
          <Identity />
        </Suspense>
      )}
      {!hidden.has('derivations') && <LiveDerivations />}
    </div>
  );
}

/** The derivations' last lines are live: they follow every step (re-rendering the derivations, not the panel). */
function LiveDerivations() {
  const label = useT(definition.labels);
  const api = useStoreApi();
  const scaled = useStore(api, (s) => viewOf(s.values).scaled);
  const symbol = useStore(api, (s) => (viewOf(s.values).typed ? 'x' : 'z'));
  const trueIndex = useStore(api, (s) => s.values.trueClass - 1);
  return (
    <Suspense fallback={<p className="muted panel-loading">{label('derivationsTitle')}…</p>}>
      <SoftmaxDerivations inputs={scaled} symbol={symbol} trueIndex={trueIndex} />
    </Suspense>
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
