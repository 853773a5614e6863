import { memo } from 'react';
import { Segmented } from '../../components/controls';
import { POINT_PRESET_NAMES, type PointPresetName } from './presets';

export interface PointToolsText {
  legend: string;
  addClass: string;
  classPlus: string;
  classMinus: string;
  focused: (name: string) => string;
  noFocus: string;
  remove: string;
  flip: string;
  presets: string;
  preset: (name: PointPresetName) => string;
  count: string;
  full: string;
}

interface Props {
  addLabel: 1 | -1;
  onAddLabel: (label: 1 | -1) => void;
  /** The point the buttons act on (the last one focused), by its name; null for none. */
  focusedName: string | null;
  canRemove: boolean;
  onRemove: () => void;
  onFlip: () => void;
  onPreset: (name: PointPresetName) => void;
  full: boolean;
  text: PointToolsText;
}

/** The class a click adds, remove and flip for the focused point, and the preset data sets. */
export const PointTools = memo(function PointTools({ addLabel, onAddLabel, focusedName, canRemove, onRemove, onFlip, onPreset, full, text }: Props) {
  return (
    <fieldset className="point-tools">
      <legend>{text.legend}</legend>
      <Segmented
        legend={text.addClass}
        options={[
          { value: '1', label: text.classPlus },
          { value: '-1', label: text.classMinus },
        ]}
        value={String(addLabel) as '1' | '-1'}
        onChange={(value) => onAddLabel(value === '1' ? 1 : -1)}
      />
      <p className="muted point-count" data-testid="point-count">
        {full ? text.full : text.count}
      </p>
      <div className="focused-point">
        <span data-testid="focused-point">{focusedName === null ? text.noFocus : text.focused(focusedName)}</span>
        <span className="focused-buttons">
          <button type="button" onClick={onFlip} disabled={focusedName === null}>
            {text.flip}
          </button>
          <button type="button" onClick={onRemove} disabled={focusedName === null || !canRemove}>
            {text.remove}
          </button>
        </span>
      </div>
      <div className="presets" role="group" aria-label={text.presets}>
        <span className="presets-label">{text.presets}</span>
        {POINT_PRESET_NAMES.map((name) => (
          <button key={name} type="button" data-preset={name} onClick={() => onPreset(name)}>
            {text.preset(name)}
          </button>
        ))}
      </div>
    </fieldset>
  );
});
