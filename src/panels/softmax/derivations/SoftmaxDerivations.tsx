import { memo, useMemo } from 'react';
import { Derivation, Derivations } from '../../../components/derivation/Derivation';
import { useT } from '../../../i18n/strings';
import { definition } from '../definition';
import { softmaxDerivations } from './steps';
import { softmaxDerivationStrings } from './strings';

/** The Jacobian and ∂L/∂x = p − y, their last lines live for the inputs and true class on screen. */
export const SoftmaxDerivations = memo(function SoftmaxDerivations({ inputs, symbol, trueIndex }: { inputs: readonly number[]; symbol: string; trueIndex: number }) {
  const t = useT(softmaxDerivationStrings);
  const label = useT(definition.labels);
  const derivations = useMemo(() => softmaxDerivations(t, { inputs, symbol, trueIndex }), [t, inputs, symbol, trueIndex]);
  return (
    <Derivations heading={label('derivationsTitle')} intro={t('intro')}>
      {derivations.map((derivation) => (
        <Derivation key={derivation.id} testId={`derivation-${derivation.id}`} title={derivation.title} steps={derivation.steps} />
      ))}
    </Derivations>
  );
});
