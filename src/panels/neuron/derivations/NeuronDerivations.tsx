import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { Derivation, Derivations } from '../../../components/derivation/Derivation';
import { useT } from '../../../i18n/strings';
import { definition } from '../definition';
import { useValue } from '../store';
import { useEpochWhile } from '../useCursor';
import { focusedRunId, useRunLabel, type Runs } from '../useRuns';
import { neuronDerivations } from './steps';
import { neuronDerivationStrings } from './strings';

/**
 * The neuron's four derivations, their last lines live: the diagram's run at the cursor's epoch.
 * They follow the cursor only while one of them is open: closed, only their titles are on the page,
 * and computing their lines on every animation frame or scrub would cost a frame for nothing.
 */
export function NeuronDerivations({ runs }: { runs: Runs }) {
  const t = useT(neuronDerivationStrings);
  const box = useRef<HTMLDivElement>(null);
  const open = useAnyOpen(box);
  const epoch = useEpochWhile(open);
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
    <div ref={box} className="neuron-derivations">
      <Derivations heading={label('derivationsTitle')} intro={t('intro')}>
        {derivations.map((derivation) => (
          <Derivation key={derivation.id} testId={`derivation-${derivation.id}`} title={derivation.title} steps={derivation.steps} />
        ))}
      </Derivations>
    </div>
  );
}

/**
 * Whether any <details> inside the box is open. A toggle event does not bubble, but it passes the
 * box in the capture phase, before the derivation's own handler: both updates render together.
 */
function useAnyOpen(box: RefObject<HTMLElement | null>): boolean {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const check = () => setOpen(element.querySelector('details[open]') !== null);
    check(); // opened before hydration
    element.addEventListener('toggle', check, true);
    return () => element.removeEventListener('toggle', check, true);
  }, [box]);
  return open;
}
