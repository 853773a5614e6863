import { useShownValue } from './useShownValue';
import { LANGS, type Lang } from '../i18n/lang';

const NAMES: Record<Lang, string> = { en: 'English', 'zh-CN': '简体中文' };

/** Language selector; each option is named in its own language. */
export function LanguageSwitch({ lang, onChange, label }: { lang: Lang; onChange: (lang: Lang) => void; label: string }) {
  const shown = useShownValue(lang);
  return (
    <label className="language-switch">
      <span className="visually-hidden">{label}</span>
      <select ref={shown} value={lang} onChange={(event) => onChange(event.target.value as Lang)} aria-label={label}>
        {LANGS.map((code) => (
          <option key={code} value={code} lang={code}>
            {NAMES[code]}
          </option>
        ))}
      </select>
    </label>
  );
}
