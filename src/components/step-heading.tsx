import { useFocusOnChange } from './use-focus-on-change.ts';

/** The step's main heading; it takes focus when the step changes so the new step is announced. */
export function StepHeading({ title, stepKey, eyebrow }: { readonly title: string; readonly stepKey: string; readonly eyebrow?: string }) {
  const ref = useFocusOnChange<HTMLHeadingElement>(stepKey);
  return (
    <header className="step__header">
      {eyebrow && <p className="eyebrow">{eyebrow}</p>}
      <h1 tabIndex={-1} ref={ref}>{title}</h1>
    </header>
  );
}
