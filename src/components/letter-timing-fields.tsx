import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../engine/negotiation.ts';
import { letterTiming, type LetterTimingInput, type LetterTimingProblem, type LetterOptions } from '../export/letter-timing.ts';
import { formatDay } from '../i18n/format-date.ts';

export const LETTER_DATE_ID = 'letter-date';
export const LETTER_DAYS_ID = 'letter-days';

interface LetterTimingFieldsProps {
  readonly value: Required<Pick<LetterTimingInput, 'date' | 'replyDays'>>;
  readonly options: LetterOptions;
  readonly problems: readonly LetterTimingProblem[];
  readonly onChange: (value: Required<Pick<LetterTimingInput, 'date' | 'replyDays'>>) => void;
}

/**
 * The information request's date and reply period, beside its button: each field labelled, its
 * error announced as it appears (role="alert") and tied to the field, and the deadline they
 * give spelt out, so that the representative sees the date management will read.
 */
export function LetterTimingFields({ value, options, problems, onChange }: LetterTimingFieldsProps) {
  const { t, i18n } = useTranslation('ui');
  const language: Language = LANGUAGES.find((code) => code === i18n.language) ?? 'en';
  const dateError = problems.includes('date') ? t('export.letter.errors.date') : '';
  const daysError = problems.includes('days') ? t('export.letter.errors.days') : '';
  const deadline = problems.length === 0 ? letterTiming(options, value.date).deadline : undefined;
  const describedBy = (hint: string, error: string, id: string) => [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

  return (
    <fieldset className="export__letter">
      <legend>{t('export.letter.legend')}</legend>
      <div className={dateError ? 'field field--error' : 'field'}>
        <label htmlFor={LETTER_DATE_ID}>{t('export.letter.date')}</label>
        {dateError && <p className="field__error" id={`${LETTER_DATE_ID}-error`} role="alert">{dateError}</p>}
        <input
          id={LETTER_DATE_ID}
          type="date"
          required
          value={value.date}
          aria-invalid={dateError ? true : undefined}
          aria-describedby={describedBy('', dateError, LETTER_DATE_ID)}
          onChange={(event) => onChange({ ...value, date: event.target.value })}
        />
      </div>
      <div className={daysError ? 'field field--error' : 'field'}>
        <label htmlFor={LETTER_DAYS_ID}>{t('export.letter.days')}</label>
        <p className="field__hint" id={`${LETTER_DAYS_ID}-hint`}>
          {deadline ? t('export.letter.deadline', { date: formatDay(deadline, language) }) : t('export.letter.daysHint')}
        </p>
        {daysError && <p className="field__error" id={`${LETTER_DAYS_ID}-error`} role="alert">{daysError}</p>}
        <input
          id={LETTER_DAYS_ID}
          type="text"
          inputMode="numeric"
          required
          size={4}
          autoComplete="off"
          value={value.replyDays}
          aria-invalid={daysError ? true : undefined}
          aria-describedby={describedBy('hint', daysError, LETTER_DAYS_ID)}
          onChange={(event) => onChange({ ...value, replyDays: event.target.value })}
        />
      </div>
    </fieldset>
  );
}
