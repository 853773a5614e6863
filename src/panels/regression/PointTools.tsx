import type { RegressionPresetId } from '../../math/regressionPresets';
import { REGRESSION_PRESET_IDS } from '../../math/regressionPresets';

export interface PointToolsText {
  legend: string;
  focused: (name: string) => string;
  noFocus: string;
  remove: string;
  presets: string;
  preset: (id: RegressionPresetId) => string;
  count: string;
}

interface Props {
  /** The point the Remove button acts on (the last one focused), by its name; null for none. */
  focusedName: string | null;
  canRemove: boolean;
  onRemove: () => void;
  onPreset: (id: RegressionPresetId) => void;
  text: PointToolsText;
}

/** Remove for the focused point, how many points there are, and the seeded data sets. */
export function PointTools({ focusedName, canRemove, onRemove, onPreset, text }: Props) {
  return (
    <fieldset className="point-tools">
      <legend>{text.legend}</legend>
      <div className="presets" role="group" aria-label={text.presets}>
        {REGRESSION_PRESET_IDS.map((id) => (
          <button key={id} type="button" data-preset={id} onClick={() => onPreset(id)}>
            {text.preset(id)}
          </button>
        ))}
      </div>
      <div className="focused-point">
        <span data-testid="focused-point">{focusedName === null ? text.noFocus : text.focused(focusedName)}</span>
        <button type="button" onClick={onRemove} disabled={focusedName === null || !canRemove}>
          {text.remove}
        </button>
      </div>
      <p className="muted point-count" data-testid="point-count">
        {text.count}
      </p>
    </fieldset>
  );
}
