import { memo, useMemo } from 'react';
import { Derivation, Derivations, once } from '../../../components/derivation/Derivation';
import { useT } from '../../../i18n/strings';
import { definition } from '../definition';
import { softmaxDerivations } from './steps';
import { softmaxDerivationStrings } from './strings';

/** Any inputs give the derivations' titles (the steps' numbers are not read). */
const OUTLINE_INPUTS = [0, 0];

/** The Jacobian and ∂L/∂x = p − y, their last lines live for the inputs and true class on screen. */
export const SoftmaxDerivations = memo(function SoftmaxDerivations({ inputs, symbol, trueIndex }: { inputs: readonly number[]; symbol: string; trueIndex: number }) {
  const t = useT(softmaxDerivationStrings);
  const label = useT(definition.labels);
  // Titles and ids do not depend on the values; the live steps are built only for an open derivation.
  const outline = useMemo(() => softmaxDerivations(t, { inputs: OUTLINE_INPUTS, symbol, trueIndex: 0 }), [t, symbol]);
  const live = useMemo(() => once(() => softmaxDerivations(t, { inputs, symbol, trueIndex })), [t, inputs, symbol, trueIndex]);
  return (
    <Derivations heading={label('derivationsTitle')} intro={t('intro')}>
      {outline.map((derivation, index) => (
        <Derivation key={derivation.id} testId={`derivation-${derivation.id}`} title={derivation.title} steps={() => live()[index].steps} />
      ))}
    </Derivations>
  );
});
