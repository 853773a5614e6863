import { lazy, useId, useRef, useState } from 'react';
import { copyText } from './copyText';
import { PanelLoader } from './PanelLoader';
import { shellStrings } from '../i18n/shell';
import { useLang, useT } from '../i18n/strings';
import type { PanelId } from '../state/appUrl';
import { shareUrl } from '../state/share';
import { liveHref } from '../state/addressBar';

// The embed dialog and the panel's hide groups load when it is first opened, not with the page.
const EmbedDialog = lazy(() => import('./EmbedDialog'));

interface Props {
  panelId: PanelId;
  panelTitle: string;
}

/** "Copy link" and "Embed" for the current view of a panel. Reads the live URL when pressed. */
export function ShareBar({ panelId, panelTitle }: Props) {
  const t = useT(shellStrings);
  const [status, setStatus] = useState('');
  const [embedOpen, setEmbedOpen] = useState(false);
  const dialogId = useId();
  const linkField = useRef<HTMLInputElement>(null);
  const [link, setLink] = useState('');

  const lang = useLang();
  const onCopyLink = async () => {
    const url = shareUrl(liveHref(), lang);
    setLink(url);
    const ok = await copyText(url, linkField.current);
    setStatus(ok ? t('copied') : t('copyFailed'));
  };

  // The dialog is the bar's sibling, not its child: in the panel heading it takes a line of its own
  // below, and the buttons stay where they were (a second click on Embed closes it again).
  return (
    <>
      <div className="share-bar" role="group" aria-label={t('share')}>
        <button type="button" onClick={onCopyLink}>
          {t('copyLink')}
        </button>
        <button type="button" aria-expanded={embedOpen} aria-controls={embedOpen ? dialogId : undefined} onClick={() => setEmbedOpen((open) => !open)}>
          {t('embed')}
        </button>
        <input ref={linkField} className="share-link-field" readOnly value={link} aria-label={t('copyLink')} tabIndex={-1} hidden={!link || status === t('copied')} />
        <span className="share-status" aria-live="polite">
          {status}
        </span>
      </div>
      {embedOpen && (
        <PanelLoader id={panelId} fallback={<p id={dialogId} className="muted embed-dialog-loading">{t('loading')}</p>}>
          {(panel) => <EmbedDialog id={dialogId} panel={panel} panelTitle={panelTitle} onClose={() => setEmbedOpen(false)} />}
        </PanelLoader>
      )}
    </>
  );
}
