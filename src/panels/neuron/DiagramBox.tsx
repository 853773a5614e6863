import { memo, useId } from 'react';
import { useT } from '../../i18n/strings';
import { definition, RUN_IDS, type RunId } from './definition';
import { NeuronDiagram } from './NeuronDiagram';
import { SigmoidChart } from './SigmoidChart';
import { useActions, useValue } from './store';
import { neuronStrings } from './strings';
import { EpochSentence, ReadoutGroup } from './live';
import { focusedRunId, useRunLabel, type Runs } from './useRuns';
import type { NeuronTrajectory } from '../../math';

/**
 * The neuron of one run at the cursor (the visitor picks which), above σ(z) with every visible run's z.
 * The box follows the runs; only its title, the diagram's numbers and the σ(z) marks follow the cursor.
 */
export const DiagramBox = memo(function DiagramBox({ runs, hidden }: { runs: Runs; hidden: ReadonlySet<string> }) {
  const label = useT(definition.labels);
  const runLabel = useRunLabel();
  const titleId = useId();
  const focus = useValue('focus');
  const x = useValue('x');
  const { set } = useActions();
  // The diagram shows one of the runs on screen (any run when all are off): a link or a switch may
  // have turned the chosen one off.
  const choices: readonly RunId[] = runs.visible.length > 0 ? runs.visible.map((run) => run.id) : RUN_IDS;
  const focusId = focusedRunId(runs, focus);
  const state = runs.byId[focusId].trajectory;
  return (
    <ReadoutGroup.Provider value="diagram">
      <section className="neuron-diagram-box" aria-labelledby={titleId}>
        <DiagramTitle id={titleId} />
        {!hidden.has('diagram-run') && (
          <label className="control focus-select">
            <span>{label('diagramShows')}</span>{' '}
            <select value={focusId} onChange={(event) => set('focus', event.target.value as RunId)}>
              {choices.map((id) => (
                <option key={id} value={id}>
                  {runLabel(id)}
                </option>
              ))}
            </select>
          </label>
        )}
        <DiagramAtCursor runLabel={runLabel(focusId)} x={x} state={state} />
        <SigmoidChart runs={runs.visible} runLabel={runLabel} />
      </section>
    </ReadoutGroup.Provider>
  );
});

function DiagramTitle({ id }: { id: string }) {
  const t = useT(neuronStrings);
  return (
    <h3 id={id}>
      <EpochSentence as="span" sentence={(epoch) => t('diagramTitle', { epoch })} epochs={useValue('epochs')} />
    </h3>
  );
}

function DiagramAtCursor({ runLabel, x, state }: { runLabel: string; x: number; state: NeuronTrajectory }) {
  return <NeuronDiagram runLabel={runLabel} x={x} state={state} />;
}
