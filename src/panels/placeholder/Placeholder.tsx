import { useT } from '../../i18n/strings';
import { shellStrings } from '../../i18n/shell';

/** Shown for a panel whose issue has not landed yet. */
export default function Placeholder() {
  const t = useT(shellStrings);
  return (
    <p className="placeholder" data-testid="panel-placeholder">
      {t('comingSoon')}
    </p>
  );
}
