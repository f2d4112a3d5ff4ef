import { useEffect, useRef, type ReactNode } from 'react';

/** Below this width the step list and the header sit above the step, not beside it. */
const NARROW = '(max-width: 40rem)';

/**
 * The step's main heading. When the step changes it takes focus, so the new step is announced,
 * and on a narrow screen the page scrolls to the step's top, as a new page would after the
 * skip link: the question and its answers fill the phone's screen instead of the header.
 * The eyebrow (on questions: the system, the stage and the position) is part of the heading,
 * so a screen reader hears "RotaMax · Collection · question 3 of 23: …" and system 2's first
 * question no longer sounds like system 1's.
 */
export function StepHeading({ title, stepKey, eyebrow }: { readonly title: string; readonly stepKey: string; readonly eyebrow?: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const heading = ref.current;
    if (!heading) return;
    // jsdom, in the component tests, has no media queries and no layout.
    const narrow = window.matchMedia?.(NARROW).matches ?? false;
    heading.focus({ preventScroll: narrow });
    if (narrow) heading.closest('.step')?.scrollIntoView?.({ block: 'start' });
  }, [stepKey]);
  return (
    <header className="step__header">
      <h1 tabIndex={-1} ref={ref}>
        {eyebrow && (
          <>
            <span className="eyebrow">{eyebrow}</span>
            <span className="visually-hidden">:</span>{' '}
          </>
        )}
        <span className="step__title">{title}</span>
      </h1>
    </header>
  );
}
