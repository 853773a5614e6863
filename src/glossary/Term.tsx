import { useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { glossaryStrings, type TermId } from './strings';
import { useT } from '../i18n/strings';
import './glossary.css';

/** Keeps a definition this far from the viewport's edges (px). */
const EDGE = 8;
// useLayoutEffect warns when rendered on the server; the prerender never opens a definition anyway.
const useClientLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

interface Props {
  id: TermId;
  /** The words as they stand in the sentence (default: the term's name). */
  children?: ReactNode;
}

/**
 * A glossary term inside a text: a button (keyboard reachable) whose definition, from the one
 * glossary table, shows on hover, tap and focus, and is its accessible description
 * (`aria-describedby`, read even while the box is closed). Escape closes it; the box is shifted to
 * stay inside the viewport on a narrow phone. Closed on the server and on the first client
 * render, so the prerendered HTML hydrates as it is; no inline script or style element.
 */
export function Term({ id, children }: Props) {
  const t = useT(glossaryStrings);
  const tipId = useId();
  const [open, setOpen] = useState(false);
  /** Opened by a click or tap: stays open until clicked again, Escape, or focus leaves. */
  const pinned = useRef(false);
  const wasPinned = useRef(false);
  const tip = useRef<HTMLSpanElement>(null);
  const [shift, setShift] = useState(0);

  const close = () => {
    pinned.current = false;
    setOpen(false);
  };

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);

  // Inside the viewport: measured at shift 0, moved left (or right) by what sticks out.
  useClientLayoutEffect(() => {
    const box = tip.current;
    if (!open || !box) {
      setShift(0);
      return;
    }
    const rect = box.getBoundingClientRect();
    const left = rect.left - shift;
    const width = document.documentElement.clientWidth || window.innerWidth;
    const right = left + rect.width;
    const next = right > width - EDGE ? Math.max(EDGE - left, width - EDGE - right) : left < EDGE ? EDGE - left : 0;
    if (next !== shift) setShift(next);
  }, [open]);

  return (
    <span className="term">
      <button
        type="button"
        className="term-button"
        aria-describedby={tipId}
        data-term={id}
        data-open={open ? '' : undefined}
        onPointerEnter={(event) => {
          if (event.pointerType === 'mouse') setOpen(true);
        }}
        onPointerLeave={(event) => {
          if (event.pointerType === 'mouse' && !pinned.current && document.activeElement !== event.currentTarget) setOpen(false);
        }}
        onPointerDown={() => {
          wasPinned.current = pinned.current;
        }}
        onFocus={() => setOpen(true)}
        onBlur={close}
        onClick={(event) => {
          // A tap or click pins it open, a second one closes it; Enter or Space toggles.
          const keyboard = event.detail === 0;
          if (keyboard ? open : wasPinned.current) close();
          else {
            pinned.current = true;
            setOpen(true);
          }
          wasPinned.current = false;
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && open) {
            event.stopPropagation();
            close();
          }
        }}
      >
        {children ?? t(`${id}.name`)}
      </button>
      <span ref={tip} id={tipId} role="tooltip" className="term-tip" hidden={!open} style={shift ? { transform: `translateX(${shift}px)` } : undefined}>
        <span className="term-tip-name">{t(`${id}.name`)}</span> {t(`${id}.def`)}
      </span>
    </span>
  );
}
