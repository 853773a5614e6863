import { useT } from '../../i18n/strings';
import { softmaxStrings } from './strings';
import { sameVector } from './format';

/** The articles' examples and the edge cases worth seeing; [1, 5, 3] also selects class 2 as in the article. */
export const PRESETS: readonly { logits: readonly number[]; trueClass?: number }[] = [
  { logits: [1, 2, 3, 4, 5] },
  { logits: [1000, 2000, 3000, 4000, 5000] },
  { logits: [3, 1, -3] },
  { logits: [1, 5, 3], trueClass: 2 },
  { logits: [710, 0] }, // just past ln(float64 max) ≈ 709.78
  { logits: [89, 0] }, // past ln(float32 max) ≈ 88.72
  { logits: [-1000, -1000] }, // both underflow naively: 0 / 0
  { logits: [-740, -745] }, // subnormal naively: finite, no NaN, and wrong
];

interface Props {
  logits: readonly number[];
  onPick: (preset: (typeof PRESETS)[number]) => void;
}

export function Presets({ logits, onPick }: Props) {
  const t = useT(softmaxStrings);
  return (
    <div className="presets" role="group" aria-label={t('presetsLegend')}>
      <span className="presets-legend">{t('presetsLegend')}</span>
      {PRESETS.map((preset) => {
        const text = `[${preset.logits.join(', ').replaceAll('-', '−')}]`;
        return (
          <button
            key={text}
            type="button"
            aria-pressed={sameVector(preset.logits, logits)}
            aria-label={t('presetLabel', { values: text })}
            onClick={() => onPick(preset)}
          >
            {text}
          </button>
        );
      })}
    </div>
  );
}
