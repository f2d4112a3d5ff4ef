import { useEffect, useRef, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface FieldError {
  readonly fieldId: string;
  /** What is wrong, a typed value in it set in a `<bdi>` (`sentence`). */
  readonly message: ReactNode;
}

/**
 * Lists a form's errors at its top, takes focus so they are read out, and links to each field.
 * Following a link focuses the field itself, ready to type in: the bare fragment would only
 * scroll to it.
 */
export function ErrorSummary({ errors }: { readonly errors: readonly FieldError[] }) {
  const { t } = useTranslation('ui');
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
  }, [errors]);
  if (errors.length === 0) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{t('errors.summaryTitle')}</h2>
      <ul>
        {errors.map((error) => (
          <li key={error.fieldId}>
            <a href={`#${error.fieldId}`} onClick={(event) => focusField(event, error.fieldId)}>{error.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

function focusField(event: MouseEvent<HTMLAnchorElement>, fieldId: string) {
  const field = document.getElementById(fieldId);
  if (!field) return;
  event.preventDefault();
  field.focus();
}
