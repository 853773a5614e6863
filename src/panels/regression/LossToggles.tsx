import { memo } from 'react';
import { Swatch } from '../../charts/swatch';
import type { LineFitLossId } from '../../math/fitLine';
import { FIT_LOSSES } from './definition';
import { LOSS_STYLES } from './fits';

interface Props {
  label: string;
  name: (id: LineFitLossId) => string;
  shown: readonly LineFitLossId[];
  /** Null when the embedder hid the toggles: the legend is then only a key. */
  onToggle: ((id: LineFitLossId) => void) | null;
}

/** One toggle button per loss (aria-pressed), each showing its line's colour and dash. */
export const LossToggles = memo(function LossToggles({ label, name, shown, onToggle }: Props) {
  const ids = onToggle ? FIT_LOSSES : FIT_LOSSES.filter((id) => shown.includes(id));
  return (
    <div className="legend" role="group" aria-label={label}>
      {ids.map((id) =>
        onToggle ? (
          <button key={id} type="button" className="legend-item" aria-pressed={shown.includes(id)} data-loss={id} onClick={() => onToggle(id)}>
            <Swatch style={LOSS_STYLES[id]} />
            <span>{name(id)}</span>
          </button>
        ) : (
          <span key={id} className="legend-item" data-loss={id}>
            <Swatch style={LOSS_STYLES[id]} />
            <span>{name(id)}</span>
          </span>
        ),
      )}
    </div>
  );
});
