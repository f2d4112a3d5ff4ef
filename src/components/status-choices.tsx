import { useCallback, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ANSWER_STATUSES, type AnswerStatus } from '../engine/flow-types.ts';

/** The key that chooses each status: its place in the list, shown on the control. */
const shortcutOf = (status: AnswerStatus) => String(ANSWER_STATUSES.indexOf(status) + 1);

function typingInto(target: EventTarget): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) return target.type !== 'radio';
  return target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT';
}

/**
 * Keys 1 to 6 choose a status from anywhere in the question except inside a text box. Focus
 * moves onto the chosen status, so that Enter then saves and continues.
 * Returns the handler for the question's form and the refs for the status radios.
 */
export function useStatusShortcuts(onChange: (status: AnswerStatus) => void) {
  const radios = useRef(new Map<AnswerStatus, HTMLInputElement>());
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (event.altKey || event.ctrlKey || event.metaKey || typingInto(event.target)) return;
      const status = ANSWER_STATUSES.find((candidate) => shortcutOf(candidate) === event.key);
      if (!status) return;
      event.preventDefault();
      onChange(status);
      radios.current.get(status)?.focus();
    },
    [onChange],
  );
  const register = useCallback(
    (status: AnswerStatus) => (element: HTMLInputElement | null) => {
      if (element) radios.current.set(status, element);
      else radios.current.delete(status);
    },
    [],
  );
  return { onKeyDown, register };
}

interface StatusChoicesProps {
  readonly name: string;
  readonly value: AnswerStatus | undefined;
  readonly onChange: (status: AnswerStatus) => void;
  readonly register: (status: AnswerStatus) => (element: HTMLInputElement | null) => void;
}

/**
 * How management answered: six statuses, and under them what the chosen one does to the
 * documents, announced when it changes. Enter on a status not yet chosen chooses it, instead
 * of submitting the question with nothing recorded; Enter on the chosen one saves and continues.
 */
export function StatusChoices({ name, value, onChange, register }: StatusChoicesProps) {
  const { t } = useTranslation('ui');
  const chooseOnEnter = (status: AnswerStatus) => (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter' || value === status) return;
    event.preventDefault();
    onChange(status);
  };

  return (
    <fieldset className="choices choices--status" aria-describedby={`${name}-keys ${name}-consequence`}>
      <legend>{t('question.status')}</legend>
      <p className="field__hint choices__hint" id={`${name}-keys`}>{t('question.statusKeys')}</p>
      {ANSWER_STATUSES.map((status) => (
        <label key={status} className="choice">
          <input
            ref={register(status)}
            type="radio"
            name={name}
            value={status}
            checked={value === status}
            aria-keyshortcuts={shortcutOf(status)}
            onChange={() => onChange(status)}
            onKeyDown={chooseOnEnter(status)}
          />
          {t(`status.${status}`)}
          <kbd className="choice__key" aria-hidden="true">{shortcutOf(status)}</kbd>
        </label>
      ))}
      <p className={`consequence consequence--${value ?? 'none'}`} id={`${name}-consequence`} aria-live="polite">
        {t(`question.consequence.${value ?? 'none'}`)}
      </p>
    </fieldset>
  );
}
