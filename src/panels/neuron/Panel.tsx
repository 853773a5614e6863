import { useId, useRef } from 'react';
import { useT } from '../../i18n/strings';
import type { PanelProps } from '../definition';
import { DiagramBox } from './DiagramBox';
import { NeuronDerivations } from './derivations/NeuronDerivations';
import { EtaSweep } from './EtaSweep';
import { Reason } from './Reason';
import { RunNotes } from './RunNotes';
import { RunToggles } from './RunToggles';
import { Settings } from './Settings';
import { useValue } from './store';
import { neuronStrings } from './strings';
import { TrainingCharts } from './TrainingCharts';
import { Transport } from './Transport';
import { CursorContext, useCursorSource } from './useCursor';
import { useRunLabel, useRuns } from './useRuns';
import { ValuesTable } from './ValuesTable';
import { NeuronPrediction } from './why/NeuronPrediction';
import './panel.css';

/** The single sigmoid neuron: quadratic cost versus cross-entropy from two starts, animated over the epochs. */
export default function NeuronPanel({ hidden }: PanelProps) {
  const t = useT(neuronStrings);
  const whyId = useId();
  const runs = useRuns();
  const runLabel = useRunLabel();
  const root = useRef<HTMLDivElement>(null);
  // The panel does not follow the cursor: only what shows the epoch subscribes to it (useCursor.ts),
  // so an animation frame or a scrub re-renders those leaves, not the panel, its settings or its charts' lines.
  const cursor = useCursorSource(root);
  const epochs = useValue('epochs');
  const separateRate = useValue('separateRate');
  const x = useValue('x');
  const y = useValue('y');

  return (
    <CursorContext.Provider value={cursor}>
      <div className="panel-neuron" ref={root}>
        <NeuronPrediction />
        <Transport />
        {!hidden.has('runs') && <RunToggles />}
        <RunNotes runs={runs} />

        <div className="neuron-top">
          <DiagramBox runs={runs} hidden={hidden} />
          <section className="neuron-why" aria-labelledby={whyId}>
            <h3 id={whyId}>{t('reasonTitle')}</h3>
            {/* The same cursor as the diagram beside it: the numbers are plain text, cheap to follow every frame. */}
            <Reason runs={runs.visible} target={y} runLabel={runLabel} />
          </section>
        </div>
        <ValuesTable runs={runs.visible} runLabel={runLabel} showRate={separateRate} />
        <TrainingCharts runs={runs} epochs={epochs} input={x} target={y} />
        <EtaSweep />
        {!hidden.has('derivations') && <NeuronDerivations runs={runs} />}
        <Settings hidden={hidden} />
      </div>
    </CursorContext.Provider>
  );
}
