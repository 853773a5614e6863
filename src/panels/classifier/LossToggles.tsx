import { memo } from 'react';
import { Swatch } from '../../charts/swatch';
import { CLASSIFIER_IDS, type ClassifierId } from './definition';
import { CLASSIFIER_STYLES } from './styles';

interface Props {
  label: string;
  name: (id: ClassifierId) => string;
  shown: readonly ClassifierId[];
  /** Null when the embedder hid the toggles: the legend is then only a key. */
  onToggle: ((id: ClassifierId) => void) | null;
}

/** One toggle button per classifier (aria-pressed), each showing its colour and dash. */
export const LossToggles = memo(function LossToggles({ label, name, shown, onToggle }: Props) {
  const ids = onToggle ? CLASSIFIER_IDS : CLASSIFIER_IDS.filter((id) => shown.includes(id));
  return (
    <div className="legend" role="group" aria-label={label}>
      {ids.map((id) =>
        onToggle ? (
          <button key={id} type="button" className="legend-item" aria-pressed={shown.includes(id)} data-classifier={id} onClick={() => onToggle(id)}>
            <Swatch style={CLASSIFIER_STYLES[id]} />
            <span>{name(id)}</span>
          </button>
        ) : (
          <span key={id} className="legend-item" data-classifier={id}>
            <Swatch style={CLASSIFIER_STYLES[id]} />
            <span>{name(id)}</span>
          </span>
        ),
      )}
    </div>
  );
});
