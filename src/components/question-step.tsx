import { useSelector } from '@xstate/react';
import { useCallback, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { givenChoice, isSubstantive } from '../engine/answer-model.ts';
import { hiddenAnswerCount, systemPath } from '../engine/checklist.ts';
import type { AnswerStatus } from '../engine/flow-types.ts';
import { EMPTY_ANSWER, type Answer } from '../engine/negotiation.ts';
import { flowNamespace } from '../i18n/namespaces.ts';
import { LegalBasis } from './legal-basis.tsx';
import { sentence } from './sentence.tsx';
import { StatusChoices, useStatusShortcuts } from './status-choices.tsx';
import { StepHeading } from './step-heading.tsx';
import { TextField } from './text-field.tsx';
import { useWizardSession } from './wizard-context.ts';

/**
 * One question of the checklist for one system, laid out for the table: the answer controls
 * and "Save and continue" first (in the first screen, the actions kept in view while the
 * answer grows), the guidance after them in the keyboard order, beside them on wide screens.
 */
export function QuestionStep({ questionId }: { readonly questionId: string }) {
  const { flow, actor } = useWizardSession();
  const ns = flowNamespace(flow.id);
  const { t } = useTranslation(['ui', ns]);
  const record = useSelector(actor, (snapshot) => snapshot.context.record);
  const systemIndex = useSelector(actor, (snapshot) => snapshot.context.systemIndex);
  const returnToReview = useSelector(actor, (snapshot) => snapshot.context.returnToReview === true);
  const system = record.systems[systemIndex];
  const question = flow.questions.find((candidate) => candidate.id === questionId);
  const groupId = useId();
  const systemId = system?.id;
  const set = useCallback(
    (changes: Partial<Answer>) => {
      if (systemId !== undefined) actor.send({ type: 'answer.set', systemId, questionId, answer: changes });
    },
    [actor, systemId, questionId],
  );
  const setStatus = useCallback((status: AnswerStatus) => set({ status }), [set]);
  const shortcuts = useStatusShortcuts(setStatus);
  if (!system || !question) return null;

  const answer = record.answers[system.id]?.[question.id] ?? EMPTY_ANSWER;
  const path = systemPath(flow, record, system).questions;
  const position = path.findIndex((candidate) => candidate.id === question.id) + 1;
  const hidden = hiddenAnswerCount(flow, record, system);
  // A gap or "not applicable" carries no option: the options wait until there is an answer.
  const optionsOpen = answer.status === undefined || isSubstantive(answer.status);
  const chosen = givenChoice(answer);

  return (
    <form
      className="step question"
      noValidate
      onKeyDown={shortcuts.onKeyDown}
      onSubmit={(event) => { event.preventDefault(); actor.send({ type: 'nav.next' }); }}
    >
      {returnToReview && (
        <p className="back-link">
          <button type="button" className="button button--link" onClick={() => actor.send({ type: 'nav.review' })}>{t('nav.toReview')}</button>
        </p>
      )}
      <StepHeading
        stepKey={`${system.id}/${question.id}`}
        eyebrow={sentence(t, 'question.eyebrow', { system: <bdi>{system.name}</bdi> }, { stage: t(`stages.${question.stage}`), position, total: path.length })}
        title={t(`${ns}:questions.${question.id}.ask`)}
      />
      <div className="question__answer">
        <StatusChoices name={`${groupId}-status`} value={answer.status} onChange={setStatus} register={shortcuts.register} />

        {question.options && (
          <fieldset className="choices" disabled={!optionsOpen} aria-describedby={`${groupId}-options-hint`}>
            <legend>{t('question.choice')}</legend>
            <p className="field__hint choices__hint" id={`${groupId}-options-hint`}>
              {t(optionsOpen ? 'question.choiceHint' : 'question.choiceClosed')}
            </p>
            {question.options.map((option) => (
              <label key={option} className="choice">
                <input type="radio" name={`${groupId}-choice`} value={option} checked={chosen === option} onChange={() => set({ choice: option })} />
                {t(`${ns}:questions.${question.id}.options.${option}`)}
              </label>
            ))}
          </fieldset>
        )}

        <TextField id="answer-words" label={t('question.words')} hint={t('question.wordsHint')} multiline value={answer.words} onChange={(words) => set({ words })} />
        <TextField id="answer-note" label={t('question.note')} hint={t('question.noteHint')} multiline value={answer.note} onChange={(note) => set({ note })} />
        <p className="notice notice--compact" aria-live="polite">{hidden > 0 ? t('question.hiddenKept', { count: hidden }) : ''}</p>
      </div>

      <div className="actions actions--sticky">
        <button type="button" className="button" onClick={() => actor.send({ type: 'nav.back' })}>{t('nav.back')}</button>
        <button type="submit" className="button button--primary">{t('nav.next')}</button>
      </div>

      <aside className="question__guidance" aria-label={t('question.guidance')}>
        <section className="why" aria-labelledby={`${groupId}-why`}>
          <h2 id={`${groupId}-why`}>{t('question.why')}</h2>
          <p>{t(`${ns}:questions.${question.id}.why`)}</p>
        </section>
        <LegalBasis flow={flow} provisionIds={question.provisions} />
      </aside>
    </form>
  );
}
