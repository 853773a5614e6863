import { useState, type ReactNode } from 'react';

interface Props {
  title: string;
  dismissLabel: string;
  /** List items. */
  children: ReactNode;
}

/** A small dismissable notice (text only: URL values are rendered as text, never as markup). */
export function Notice({ title, dismissLabel, children }: Props) {
  const [open, setOpen] = useState(true);
  if (!open) return null;
  return (
    <div className="notice" role="status">
      <div>
        <p className="notice-title">{title}</p>
        <ul>{children}</ul>
      </div>
      <button type="button" className="notice-dismiss" onClick={() => setOpen(false)} aria-label={dismissLabel} title={dismissLabel}>
        ×
      </button>
    </div>
  );
}
