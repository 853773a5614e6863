import { useMemo } from 'react';
import { Derivation, Derivations, once } from '../../../components/derivation/Derivation';
import { useT } from '../../../i18n/strings';
import { definition, type LogBase } from '../definition';
import { surrogateDerivations } from './steps';
import { surrogateDerivationStrings } from './strings';

/** The log loss as a negative log-likelihood, its last lines live for the margin on screen. */
export function SurrogateDerivations({ margin, base }: { margin: number; base: LogBase }) {
  const t = useT(surrogateDerivationStrings);
  const label = useT(definition.labels);
  const baseName = label(base === '2' ? 'base2' : 'baseE');
  // Titles and ids do not depend on the margin; the live steps are built only for an open derivation.
  const outline = useMemo(() => surrogateDerivations(t, 0, baseName), [t, baseName]);
  const live = useMemo(() => once(() => surrogateDerivations(t, margin, baseName)), [t, margin, baseName]);
  return (
    <Derivations heading={label('derivationsTitle')} intro={t('intro')}>
      {outline.map((derivation, index) => (
        <Derivation key={derivation.id} testId={`derivation-${derivation.id}`} title={derivation.title} steps={() => live()[index].steps} />
      ))}
    </Derivations>
  );
}
