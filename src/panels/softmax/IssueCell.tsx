import { useId } from 'react';
import type { CellIssue } from '../../math';

const ICONS: Record<Exclude<CellIssue, null>, string> = { overflow: '▲', underflow: '▼', subnormal: '≈', nan: '⊘' };

interface Props {
  text: string;
  issue: CellIssue;
  /** One-line explanation, read on focus (aria-describedby) and shown on hover or focus. */
  reason: string;
  /** Short word for the issue (overflow, underflow, not a number), spoken and shown beside the icon. */
  issueLabel: string;
  className: string;
  onShowReason: (reason: string | null) => void;
}

/**
 * A table cell; a problem cell (∞, 0 from underflow, NaN) gets a tinted background AND an icon, is
 * focusable, and describes itself with its reason, so neither colour nor a mouse is needed.
 */
export function IssueCell({ text, issue, reason, issueLabel, className, onShowReason }: Props) {
  const reasonId = useId();
  if (!issue) {
    return (
      <td className={className}>
        <span className="cell-value">{text}</span>
      </td>
    );
  }
  const show = () => onShowReason(reason);
  const hide = () => onShowReason(null);
  return (
    <td className={`${className} cell-issue cell-${issue}`} data-issue={issue}>
      <span
        className="issue-target"
        tabIndex={0}
        aria-describedby={reasonId}
        onMouseEnter={show}
        onMouseLeave={hide}
        onFocus={show}
        onBlur={hide}
      >
        <span className="issue-icon" aria-hidden="true">
          {ICONS[issue]}
        </span>
        <span className="cell-value">{text}</span>
        <span className="visually-hidden"> ({issueLabel})</span>
      </span>
      <span id={reasonId} className="visually-hidden">
        {reason}
      </span>
    </td>
  );
}
