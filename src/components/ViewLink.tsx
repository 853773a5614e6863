import type { ReactNode } from 'react';
import { isPlainClick } from './plainClick';
import { buildSearch, type PanelId } from '../state/appUrl';

interface Props {
  id: PanelId;
  /** Switches the view in place (history entry, no reload); a modified click opens the link as usual. */
  onNavigate: (id: PanelId) => void;
  className?: string;
  children: ReactNode;
}

/** A link to another view of the site (the guide, the credits), navigating like the tabs do. */
export function ViewLink({ id, onNavigate, className, children }: Props) {
  return (
    <a
      className={className}
      href={buildSearch({ panel: id }, [])}
      onClick={(event) => {
        if (!isPlainClick(event)) return;
        event.preventDefault();
        onNavigate(id);
      }}
    >
      {children}
    </a>
  );
}
