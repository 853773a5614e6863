import { formatNumber } from '../../math';
import { useT } from '../../i18n/strings';
import { NOTE_KINDS, type RunNote } from './notes';
import { neuronStrings } from './strings';
import { useRunLabel, type Runs } from './useRuns';

/** What the panel says about runs that do not descend smoothly, and when no run is on. */
export function RunNotes({ runs }: { runs: Runs }) {
  const t = useT(neuronStrings);
  const runLabel = useRunLabel();
  const { notes, byId, visible } = runs;
  const ofKind = (kind: RunNote['kind']) => notes.filter((note) => note.kind === kind);
  return (
    <>
      {/* What a screen reader announces: only which kinds of trouble there are, so dragging η does not
          re-read every number below on each step. Always in the page, so the first note is announced. */}
      <p className="visually-hidden" role="status">
        {NOTE_KINDS.filter((kind) => ofKind(kind).length > 0)
          .map((kind) => t(kind))
          .join(' ')}
      </p>
      {notes.length > 0 && (
        <div className="neuron-notes">
          {NOTE_KINDS.map((kind) => {
            if (ofKind(kind).length === 0) return null;
            return (
              <div key={kind}>
                <p>{t(kind)}</p>
                <ul>
                  {ofKind(kind).map((note) => (
                    <li key={note.run}>
                      {t(`${kind}Item`, { run: runLabel(note.run), eta: formatNumber(byId[note.run].eta), epoch: note.epoch, next: note.epoch + 1, size: formatNumber(note.size) })}
                    </li>
                  ))}
                </ul>
              </div>
            );
          })}
        </div>
      )}
      {visible.length === 0 && <p className="neuron-notes">{t('noRuns')}</p>}
    </>
  );
}
