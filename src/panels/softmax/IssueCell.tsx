import { memo, useId } from 'react';
import type { CellIssue } from '../../math';
import { useT } from '../../i18n/strings';
import { softmaxWhyStrings } from './why/strings';
import { Live, useStoreApi, type SoftmaxValues } from './store';

type Issue = Exclude<CellIssue, null>;

/** The mark of each issue: drawn in the cells, explained in the legend. */
export const ICONS: Record<Issue, string> = { overflow: '▲', underflow: '▼', subnormal: '≈', nan: '⊘' };

/** What the reason line under a table shows: the hovered, tapped or focused cell's mark, issue and reason. */
export interface ShownReason {
  issue: Issue;
  label: string;
  text: string;
}

interface Props {
  /** The cell's number for the panel's values (it follows the store without a render: Live). */
  text: (values: SoftmaxValues) => string;
  issue: CellIssue;
  /** One-line explanation for the panel's values, read on focus (aria-describedby) and shown on hover or focus; null without an issue. */
  reason: ((values: SoftmaxValues) => string) | null;
  /** Short word for the issue (overflow, underflow, not a number), spoken and shown beside the icon. */
  issueLabel: string;
  className: string;
  onShowReason: (reason: ShownReason | null) => void;
}

/**
 * A table cell; a problem cell (∞, 0 from underflow, NaN) gets a tinted background AND an icon, is
 * focusable, and describes itself with its reason, so neither colour nor a mouse is needed.
 */
export function IssueCell({ text, issue, reason, issueLabel, className, onShowReason }: Props) {
  const reasonId = useId();
  const api = useStoreApi();
  if (!issue || !reason) {
    return (
      <td className={className}>
        <Live as="span" className="cell-value" text={text} />
      </td>
    );
  }
  const show = () => onShowReason({ issue, label: issueLabel, text: reason(api.getState().values) });
  const hide = () => onShowReason(null);
  return (
    <td className={`${className} cell-issue cell-${issue}`} data-issue={issue}>
      <span
        className="issue-target"
        tabIndex={0}
        aria-describedby={reasonId}
        onMouseEnter={show}
        // A cell that holds the focus (tabbed to, clicked or tapped) keeps its reason when the mouse moves on.
        onMouseLeave={(event) => {
          if (document.activeElement !== event.currentTarget) hide();
        }}
        onClick={show}
        onFocus={show}
        onBlur={hide}
      >
        <span className="issue-icon" aria-hidden="true">
          {ICONS[issue]}
        </span>
        <Live as="span" className="cell-value" text={text} />
        <span className="visually-hidden"> ({issueLabel})</span>
      </span>
      <Live as="span" id={reasonId} className="visually-hidden" text={reason} />
    </td>
  );
}

/** What ▲ ▼ ≈ ⊘ mean, once under both tables (the marks themselves are read aloud with their words). */
export const IssueLegend = memo(function IssueLegend() {
  const t = useT(softmaxWhyStrings);
  const id = useId();
  return (
    <section className="issue-legend" aria-labelledby={id}>
      <h3 id={id} className="issue-legend-title">
        {t('legendTitle')}
      </h3>
      <ul>
        {(Object.keys(ICONS) as Issue[]).map((issue) => (
          <li key={issue} data-issue={issue}>
            <span className="issue-icon" aria-hidden="true">
              {ICONS[issue]}
            </span>{' '}
            {t(`legend.${issue}`)}
          </li>
        ))}
      </ul>
      <p className="muted">{t('legendHint')}</p>
    </section>
  );
});
