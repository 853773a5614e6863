import { useEffect, useId, useRef, useState, type ReactNode, type SyntheticEvent } from 'react';
import { useT } from '../../i18n/strings';
import { Tex } from '../Tex';
import { derivationStrings } from './strings';
import './derivation.css';

/** One line of a derivation: what the step does, in words, and the line itself in KaTeX. */
export interface DerivationStep {
  /** Plain text (also what the live region announces when the step is revealed). */
  note: string;
  tex: string;
}

interface Props {
  title: string;
  /**
   * The steps in order; the last one usually carries the panel's live numbers. A function is called
   * only while the derivation is open, so a closed one costs a control's step nothing (see `once`).
   */
  steps: readonly DerivationStep[] | (() => readonly DerivationStep[]);
  testId?: string;
}

/** `make`'s result, computed on the first call only: live steps shared by a panel's derivations, built when one is opened. */
export function once<T>(make: () => T): () => T {
  let made: { value: T } | null = null;
  return () => (made ??= { value: make() }).value;
}

/**
 * A derivation revealed one line at a time, inside a collapsed <details> (nothing but its summary is
 * rendered until it is opened, so it adds nothing to the first paint and prerenders identically).
 * Previous / Next / Show all use aria-disabled rather than disabled, so focus stays on the button
 * pressed at either end; each revealed step is announced through a polite live region.
 */
export function Derivation({ title, steps, testId }: Props) {
  const [open, setOpen] = useState(false);
  const details = useRef<HTMLDetailsElement>(null);
  // Opened before hydration (the prerendered HTML is interactive): no toggle event reached React.
  useEffect(() => {
    if (details.current?.open) setOpen(true);
  }, []);
  const onToggle = (event: SyntheticEvent<HTMLDetailsElement>) => setOpen(event.currentTarget.open);
  return (
    <details ref={details} className="derivation" data-testid={testId} onToggle={onToggle}>
      <summary>{title}</summary>
      {open && <DerivationSteps title={title} steps={typeof steps === 'function' ? steps() : steps} />}
    </details>
  );
}

/** The revealed steps, the buttons and the live region: its state starts afresh each time the derivation is opened. */
export function DerivationSteps({ title, steps }: { title: string; steps: readonly DerivationStep[] }) {
  const t = useT(derivationStrings);
  const listId = useId();
  const total = steps.length;
  const [requested, setRequested] = useState(1);
  const [announcement, setAnnouncement] = useState('');
  const shown = Math.min(Math.max(requested, 1), total);

  const reveal = (count: number) => {
    const next = Math.min(Math.max(count, 1), total);
    if (next === shown) return;
    setRequested(next);
    setAnnouncement(next === total && next - shown > 1 ? t('announceAll', { total }) : t('announce', { step: next, total, note: steps[next - 1].note }));
  };
  // A formula wider than a phone scrolls sideways: such a box becomes a focusable, named region, so a
  // keyboard can scroll it too. Measured after every render and on resize (only in the browser, only when open).
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    const mark = () => {
      list.current?.querySelectorAll<HTMLElement>('.derivation-math').forEach((box, index) => {
        if (box.scrollWidth > box.clientWidth + 1) {
          box.tabIndex = 0;
          box.setAttribute('role', 'region');
          box.setAttribute('aria-label', t('scrollable', { step: index + 1 }));
        } else {
          box.removeAttribute('tabindex');
          box.removeAttribute('role');
          box.removeAttribute('aria-label');
        }
      });
    };
    mark();
    window.addEventListener('resize', mark);
    return () => window.removeEventListener('resize', mark);
  });
  const atStart = shown <= 1;
  const atEnd = shown >= total;

  return (
    <div className="derivation-body">
      <ol ref={list} id={listId} className="derivation-steps" aria-label={t('stepsLabel', { title })}>
        {steps.slice(0, shown).map((step, index) => (
          <li key={index} className="derivation-step" data-step={index + 1}>
            <p className="derivation-note">{step.note}</p>
            <div className="derivation-math">
              <Tex display tex={step.tex} />
            </div>
          </li>
        ))}
      </ol>
      <div className="derivation-controls" role="group" aria-label={t('controlsLabel', { title })}>
        <StepButton disabled={atStart} onPress={() => reveal(shown - 1)} controls={listId}>
          {t('previous')}
        </StepButton>
        <StepButton disabled={atEnd} onPress={() => reveal(shown + 1)} controls={listId}>
          {t('next')}
        </StepButton>
        {atEnd ? (
          <StepButton disabled={total <= 1} onPress={() => reveal(1)} controls={listId}>
            {t('restart')}
          </StepButton>
        ) : (
          <StepButton disabled={false} onPress={() => reveal(total)} controls={listId}>
            {t('showAll')}
          </StepButton>
        )}
        <span className="derivation-count muted">{t('stepOf', { step: shown, total })}</span>
      </div>
      <p className="visually-hidden" aria-live="polite" data-testid="derivation-announcement">
        {announcement}
      </p>
    </div>
  );
}

/** A button that stays focusable when it has nothing to do (aria-disabled), so focus never falls to the page. */
function StepButton({ disabled, onPress, controls, children }: { disabled: boolean; onPress: () => void; controls: string; children: ReactNode }) {
  return (
    <button type="button" aria-disabled={disabled || undefined} aria-controls={controls} onClick={disabled ? undefined : onPress}>
      {children}
    </button>
  );
}

/** A panel's derivations under one heading (the panel's `derivations` hide group removes the whole section). */
export function Derivations({ heading, intro, children }: { heading: string; intro?: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className="derivations" aria-labelledby={headingId}>
      <h3 id={headingId}>{heading}</h3>
      {intro && <p className="muted">{intro}</p>}
      {children}
    </section>
  );
}
