import { useMemo } from 'react';
import { Derivation, Derivations } from '../../../components/derivation/Derivation';
import { useT } from '../../../i18n/strings';
import { definition } from '../definition';
import { useValue } from '../store';
import { focusedRunId, useRunLabel, type Runs } from '../useRuns';
import { neuronDerivations } from './steps';
import { neuronDerivationStrings } from './strings';

/** The neuron's four derivations, their last lines live: the diagram's run at the cursor's epoch. */
export function NeuronDerivations({ runs, epoch }: { runs: Runs; epoch: number }) {
  const t = useT(neuronDerivationStrings);
  const label = useT(definition.labels);
  const runLabel = useRunLabel();
  const runId = focusedRunId(runs, useValue('focus'));
  const x = useValue('x');
  const y = useValue('y');
  const trajectory = runs.byId[runId].trajectory;
  const w = trajectory.w[epoch];
  const b = trajectory.b[epoch];
  const run = runLabel(runId);
  const derivations = useMemo(() => neuronDerivations(t, { run, epoch, w, b, x, y }), [t, run, epoch, w, b, x, y]);
  return (
    <Derivations heading={label('derivationsTitle')} intro={t('intro')}>
      {derivations.map((derivation) => (
        <Derivation key={derivation.id} testId={`derivation-${derivation.id}`} title={derivation.title} steps={derivation.steps} />
      ))}
    </Derivations>
  );
}
