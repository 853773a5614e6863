import { useMemo } from 'react';
import { Derivation, Derivations } from '../../../components/derivation/Derivation';
import { useT } from '../../../i18n/strings';
import { definition, type LogBase } from '../definition';
import { surrogateDerivations } from './steps';
import { surrogateDerivationStrings } from './strings';

/** The log loss as a negative log-likelihood, its last lines live for the margin on screen. */
export function SurrogateDerivations({ margin, base }: { margin: number; base: LogBase }) {
  const t = useT(surrogateDerivationStrings);
  const label = useT(definition.labels);
  const baseName = label(base === '2' ? 'base2' : 'baseE');
  const derivations = useMemo(() => surrogateDerivations(t, margin, baseName), [t, margin, baseName]);
  return (
    <Derivations heading={label('derivationsTitle')} intro={t('intro')}>
      {derivations.map((derivation) => (
        <Derivation key={derivation.id} testId={`derivation-${derivation.id}`} title={derivation.title} steps={derivation.steps} />
      ))}
    </Derivations>
  );
}
