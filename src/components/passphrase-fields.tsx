import { useId, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';

export interface PassphraseValue {
  readonly passphrase: string;
  readonly confirmation: string;
  readonly show: boolean;
}

export const NO_PASSPHRASE: PassphraseValue = { passphrase: '', confirmation: '', show: false };

interface PassphraseFieldsProps {
  readonly value: PassphraseValue;
  readonly onChange: (value: PassphraseValue) => void;
  /** Set when the two differ; the confirmation field says so. */
  readonly mismatch: boolean;
  readonly confirmRef: RefObject<HTMLInputElement | null>;
}

/**
 * An optional passphrase to lock a file with, typed twice: new-password fields, so that a
 * password manager may offer to keep it, and a toggle to see what was typed.
 */
export function PassphraseFields({ value, onChange, mismatch, confirmRef }: PassphraseFieldsProps) {
  const { t } = useTranslation('ui');
  const id = useId();
  const type = value.show ? 'text' : 'password';
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-passphrase`}>{t('backup.passphrase')}</label>
        <p className="field__hint" id={`${id}-hint`}>{t('backup.passphraseHint')}</p>
        <input
          id={`${id}-passphrase`}
          type={type}
          autoComplete="new-password"
          value={value.passphrase}
          aria-describedby={`${id}-hint`}
          onChange={(event) => onChange({ ...value, passphrase: event.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-confirm`}>{t('backup.confirm')}</label>
        {mismatch && (
          <p className="field__error" id={`${id}-mismatch`} role="alert">{t('backup.mismatch')}</p>
        )}
        <input
          ref={confirmRef}
          id={`${id}-confirm`}
          type={type}
          autoComplete="new-password"
          value={value.confirmation}
          aria-invalid={mismatch}
          {...(mismatch ? { 'aria-describedby': `${id}-mismatch` } : {})}
          onChange={(event) => onChange({ ...value, confirmation: event.target.value })}
        />
      </div>
      <label className="choice">
        <input type="checkbox" checked={value.show} onChange={(event) => onChange({ ...value, show: event.target.checked })} />
        <span>{t('backup.show')}</span>
      </label>
    </>
  );
}
