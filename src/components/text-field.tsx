import { useId, type ChangeEvent, type ReactNode } from 'react';

interface TextFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly hint?: string;
  readonly error?: ReactNode;
  readonly multiline?: boolean;
  readonly type?: 'text' | 'date';
  readonly required?: boolean;
  readonly id?: string;
  readonly autoComplete?: string;
}

/** A labelled input or textarea whose hint and error are tied to it for screen readers. */
export function TextField({ label, value, onChange, hint, error, multiline = false, type = 'text', required = false, id, autoComplete = 'off' }: TextFieldProps) {
  const generated = useId();
  const fieldId = id ?? generated;
  const hintId = `${fieldId}-hint`;
  const errorId = `${fieldId}-error`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  const common = {
    id: fieldId,
    value,
    required,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange(event.target.value),
  };
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label htmlFor={fieldId}>{label}</label>
      {hint && <p className="field__hint" id={hintId}>{hint}</p>}
      {error && <p className="field__error" id={errorId}>{error}</p>}
      {multiline ? <textarea rows={4} dir="auto" {...common} /> : <input type={type} dir="auto" autoComplete={autoComplete} {...common} />}
    </div>
  );
}
