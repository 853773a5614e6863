import { useShownValue } from './useShownValue';
import type { ThemeChoice } from '../state/appUrl';

interface Props {
  theme: ThemeChoice;
  onChange: (theme: ThemeChoice) => void;
  label: string;
  names: Record<ThemeChoice, string>;
}

/** Theme selector: follow the system, or force light or dark. */
export function ThemeSwitch({ theme, onChange, label, names }: Props) {
  const shown = useShownValue(theme);
  return (
    <label className="theme-switch">
      <span className="visually-hidden">{label}</span>
      <select ref={shown} value={theme} onChange={(event) => onChange(event.target.value as ThemeChoice)} aria-label={label}>
        {(['system', 'light', 'dark'] as const).map((choice) => (
          <option key={choice} value={choice}>
            {names[choice]}
          </option>
        ))}
      </select>
    </label>
  );
}
