import { memo } from 'react';
import { Swatch } from '../../charts/swatch';
import { CURVE_IDS, type CurveId } from './definition';
import { curveStyle } from './curves';

interface Props {
  label: string;
  names: Record<CurveId, string>;
  shown: readonly CurveId[];
  /** Null when the embedder hid the toggles: the legend is then only a key. */
  onToggle: ((id: CurveId) => void) | null;
}

/** One toggle button per loss (aria-pressed), each showing its colour and dash (memoized: the margin moving does not re-render it). */
export const Legend = memo(function Legend({ label, names, shown, onToggle }: Props) {
  const ids = onToggle ? CURVE_IDS : CURVE_IDS.filter((id) => shown.includes(id));
  return (
    <div className="legend" role="group" aria-label={label}>
      {ids.map((id) =>
        onToggle ? (
          <button key={id} type="button" className="legend-item" aria-pressed={shown.includes(id)} data-curve={id} onClick={() => onToggle(id)}>
            <Swatch style={curveStyle(id)} />
            <span>{names[id]}</span>
          </button>
        ) : (
          <span key={id} className="legend-item" data-curve={id}>
            <Swatch style={curveStyle(id)} />
            <span>{names[id]}</span>
          </span>
        ),
      )}
    </div>
  );
});
