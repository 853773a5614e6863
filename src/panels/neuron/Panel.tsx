import { useCallback, useDeferredValue, useEffect, useId, useMemo, useRef } from 'react';
import { Switch } from '../../components/controls';
import { formatNumber } from '../../math';
import { useT } from '../../i18n/strings';
import type { PanelProps } from '../definition';
import { ContourMap } from './ContourMap';
import { pathWindow } from './contour';
import { EpochChart, type EpochSeries } from './EpochChart';
import { RunSwatch } from './marks';
import { NeuronDiagram } from './NeuronDiagram';
import { Reason } from './Reason';
import { clampEpoch, computeRuns, type Run } from './runs';
import { NOTE_KINDS, runNotes } from './notes';
import { RUN_IDS, type RunId } from './definition';
import { Settings } from './Settings';
import { SigmoidChart } from './SigmoidChart';
import { useActions, useValues } from './store';
import { neuronStrings } from './strings';
import { Transport } from './Transport';
import { useEpochAnimation } from './useAnimation';
import { ValuesTable } from './ValuesTable';
import './panel.css';

/** The output a = σ(z) always lies in [0, 1]; a constant keeps the chart's scale (and its memoized lines) stable. */
const OUTPUT_RANGE = [0, 1] as const;

/** The single sigmoid neuron: quadratic cost versus cross-entropy from two starts, animated over the epochs. */
export default function NeuronPanel({ hidden }: PanelProps) {
  const t = useT(neuronStrings);
  const ids = useId();
  const values = useValues();
  const { set } = useActions();
  const { eta, separateRate, etaCe, epochs, w1, b1, w2, b2, x, y } = values;

  // Trained once per parameter change; the animation below only moves the cursor through them.
  const runsById = useMemo(
    () => computeRuns({ eta, separateRate, etaCe, epochs, w1, b1, w2, b2, x, y }),
    [eta, separateRate, etaCe, epochs, w1, b1, w2, b2, x, y],
  );
  const { visible, notes } = useMemo(() => runNotes(runsById, values.runs), [runsById, values.runs]);

  const animation = useEpochAnimation({ epochs, speed: values.speed, initialEpoch: clampEpoch(values.at, epochs) });
  const { epoch, playing } = animation;
  // The resting cursor goes into the URL (a link can point at an epoch); the moving one does not.
  // A change of `at` that did not come from the cursor (Reset all settings) moves the cursor.
  const writtenAt = useRef(values.at);
  const { seek } = animation;
  useEffect(() => {
    if (values.at !== writtenAt.current) {
      writtenAt.current = values.at;
      seek(values.at);
    } else if (!playing && values.at !== epoch) {
      // Once the cursor rests: scrubbing with the keyboard stays one render per key.
      const timer = setTimeout(() => {
        writtenAt.current = epoch;
        set('at', epoch);
      }, 200);
      return () => clearTimeout(timer);
    }
  }, [playing, epoch, values.at, set, seek]);

  const runsByCost = useMemo(
    () => ({
      quadratic: visible.filter((run) => run.cost === 'quadratic'),
      'cross-entropy': visible.filter((run) => run.cost === 'cross-entropy'),
    }),
    [visible],
  );
  const runLabel = useCallback((run: Run | RunId) => t(`run.${typeof run === 'string' ? run : run.id}`), [t]);
  const series = useMemo(() => {
    const of = (pick: (run: Run) => Float64Array, runs: readonly Run[] = visible): EpochSeries[] =>
      runs.map((run) => ({ run: run.id, label: runLabel(run), values: pick(run) }));
    return {
      output: of((r) => r.trajectory.a),
      costQuad: of((r) => r.trajectory.cost, runsByCost.quadratic),
      costCe: of((r) => r.trajectory.cost, runsByCost['cross-entropy']),
      w: of((r) => r.trajectory.w),
      b: of((r) => r.trajectory.b),
    };
  }, [visible, runsByCost, runLabel]);
  const mapWindow = useMemo(
    () => pathWindow((visible.length > 0 ? visible : Object.values(runsById)).map((run) => run.trajectory)),
    [visible, runsById],
  );

  // Typesetting the formulas is the slowest part of a step: React may finish it just after the
  // cursor, charts and table have painted, so the slider never waits on KaTeX.
  const formulaEpoch = useDeferredValue(animation.readableEpoch);

  // The diagram shows one of the runs on screen (any run when all are off): a link or a switch may
  // have turned the chosen one off.
  const diagramChoices: readonly RunId[] = visible.length > 0 ? visible.map((run) => run.id) : RUN_IDS;
  const focusId = diagramChoices.includes(values.focus) ? values.focus : diagramChoices[0];
  const focusRun = runsById[focusId];
  const focusState = focusRun.trajectory;
  const chartProps = { epochs, epoch, xLabel: t('axisEpoch') };

  return (
    <div className="panel-neuron">
      <Transport
        epoch={epoch}
        epochs={epochs}
        playing={playing}
        speed={values.speed}
        showSpeed={!hidden.has('speed')}
        onToggle={animation.toggle}
        onStep={animation.step}
        onRestart={animation.restart}
        onSeek={animation.seek}
        onSpeed={(v) => set('speed', Math.round(v))}
      />

      {!hidden.has('runs') && (
        <fieldset className="run-toggles">
          <legend>{t('runsLegend')}</legend>
          {RUN_IDS.map((id) => (
            <Switch
              key={id}
              label={
                <>
                  <RunSwatch run={id} /> {runLabel(id)}
                </>
              }
              checked={values.runs.includes(id)}
              onChange={(on) => set('runs', on ? RUN_IDS.filter((r) => r === id || values.runs.includes(r)) : values.runs.filter((r) => r !== id))}
            />
          ))}
        </fieldset>
      )}

      {/* What a screen reader announces: only which kinds of trouble there are, so dragging η does not
          re-read every number below on each step. Always in the page, so the first note is announced. */}
      <p className="visually-hidden" role="status">
        {NOTE_KINDS.filter((kind) => notes.some((note) => note.kind === kind))
          .map((kind) => t(kind))
          .join(' ')}
      </p>
      {notes.length > 0 && (
        <div className="neuron-notes">
          {NOTE_KINDS.map((kind) => {
            const ofKind = notes.filter((note) => note.kind === kind);
            if (ofKind.length === 0) return null;
            return (
              <div key={kind}>
                <p>{t(kind)}</p>
                <ul>
                  {ofKind.map((note) => (
                    <li key={note.run}>
                      {t(`${kind}Item`, { run: runLabel(note.run), eta: formatNumber(runsById[note.run].eta), epoch: note.epoch, next: note.epoch + 1, size: formatNumber(note.size) })}
                    </li>
                  ))}
                </ul>
              </div>
            );
          })}
        </div>
      )}
      {visible.length === 0 && <p className="neuron-notes">{t('noRuns')}</p>}

      <div className="neuron-top">
        <section className="neuron-diagram-box" aria-labelledby={`${ids}-diagram`}>
          <h3 id={`${ids}-diagram`}>{t('diagramTitle', { epoch })}</h3>
          {!hidden.has('diagram-run') && (
            <label className="control focus-select">
              <span>{t('diagramShows')}</span>{' '}
              <select value={focusId} onChange={(event) => set('focus', event.target.value as RunId)}>
                {diagramChoices.map((id) => (
                  <option key={id} value={id}>
                    {runLabel(id)}
                  </option>
                ))}
              </select>
            </label>
          )}
          <NeuronDiagram
            runLabel={runLabel(focusId)}
            epoch={epoch}
            x={x}
            w={focusState.w[epoch]}
            b={focusState.b[epoch]}
            z={focusState.z[epoch]}
            a={focusState.a[epoch]}
          />
          <SigmoidChart runs={visible} epoch={epoch} runLabel={runLabel} />
        </section>
        <section className="neuron-why" aria-labelledby={`${ids}-why`}>
          <h3 id={`${ids}-why`}>{t('reasonTitle')}</h3>
          <Reason runs={visible} epoch={Math.min(formulaEpoch, epochs)} target={y} runLabel={runLabel} />
        </section>
      </div>
      <ValuesTable runs={visible} epoch={epoch} runLabel={runLabel} showRate={separateRate} />

      <div className="neuron-charts">
        <EpochChart {...chartProps} title={t('chartOutput')} filename="neuron-output" yLabel={t('axisOutput')} series={series.output} yDomain={OUTPUT_RANGE} />
        <EpochChart {...chartProps} title={t('chartCostQuad')} filename="neuron-cost-quadratic" yLabel={t('axisCost')} series={series.costQuad} />
        <EpochChart {...chartProps} title={t('chartCostCe')} filename="neuron-cost-cross-entropy" yLabel={t('axisCost')} series={series.costCe} />
        <EpochChart {...chartProps} title={t('chartW')} filename="neuron-w" yLabel={t('axisW')} series={series.w} />
        <EpochChart {...chartProps} title={t('chartB')} filename="neuron-b" yLabel={t('axisB')} series={series.b} />
      </div>
      <p className="muted cost-scale-note">{t('costScaleNote')}</p>

      <div className="neuron-charts">
        {(['quadratic', 'cross-entropy'] as const).map((cost) => (
          <ContourMap key={cost} cost={cost} input={x} target={y} window={mapWindow} runs={runsByCost[cost]} epoch={epoch} />
        ))}
      </div>

      <Settings hidden={hidden} />
    </div>
  );
}
