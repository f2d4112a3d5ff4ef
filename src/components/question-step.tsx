import { useSelector } from '@xstate/react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { hiddenAnswerCount, systemPath } from '../engine/checklist.ts';
import { ANSWER_STATUSES } from '../engine/flow-types.ts';
import { EMPTY_ANSWER } from '../engine/negotiation.ts';
import { flowNamespace } from '../i18n/namespaces.ts';
import { LegalBasis } from './legal-basis.tsx';
import { StepHeading } from './step-heading.tsx';
import { TextField } from './text-field.tsx';
import { useWizardSession } from './wizard-context.ts';

/** One question of the checklist for one system: the question, why it matters, the law, the answer. */
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
  if (!system || !question) return null;

  const answer = record.answers[system.id]?.[question.id] ?? EMPTY_ANSWER;
  const path = systemPath(flow, record, system).questions;
  const position = path.findIndex((candidate) => candidate.id === question.id) + 1;
  const hidden = hiddenAnswerCount(flow, record, system);
  const set = (changes: Partial<typeof answer>) =>
    actor.send({ type: 'answer.set', systemId: system.id, questionId: question.id, answer: changes });
  const substantive = answer.status === 'answered' || answer.status === 'partly';

  return (
    <form className="step" noValidate onSubmit={(event) => { event.preventDefault(); actor.send({ type: 'nav.next' }); }}>
      <StepHeading
        stepKey={`${system.id}/${question.id}`}
        eyebrow={t('question.eyebrow', { system: system.name, stage: t(`stages.${question.stage}`), position, total: path.length })}
        title={t(`${ns}:questions.${question.id}.ask`)}
      />
      <div className="question-layout">
        <div className="question-answer">
          <fieldset className="choices">
            <legend>{t('question.status')}</legend>
            {ANSWER_STATUSES.map((status) => (
              <label key={status} className="choice">
                <input type="radio" name={`${groupId}-status`} value={status} checked={answer.status === status} onChange={() => set({ status })} />
                {t(`status.${status}`)}
              </label>
            ))}
          </fieldset>

          {question.options && (
            <fieldset className="choices" aria-describedby={`${groupId}-options-hint`}>
              <legend>{t('question.choice')}</legend>
              <p className="field__hint" id={`${groupId}-options-hint`}>{t('question.choiceHint')}</p>
              {question.options.map((option) => (
                <label key={option} className="choice">
                  <input
                    type="radio"
                    name={`${groupId}-choice`}
                    value={option}
                    checked={answer.choice === option}
                    onChange={() => set(substantive ? { choice: option } : { choice: option, status: 'answered' })}
                  />
                  {t(`${ns}:questions.${question.id}.options.${option}`)}
                </label>
              ))}
            </fieldset>
          )}

          <TextField id="answer-words" label={t('question.words')} hint={t('question.wordsHint')} multiline value={answer.words} onChange={(words) => set({ words })} />
          <TextField id="answer-note" label={t('question.note')} hint={t('question.noteHint')} multiline value={answer.note} onChange={(note) => set({ note })} />
          <p className="notice" aria-live="polite">{hidden > 0 ? t('question.hiddenKept', { count: hidden }) : ''}</p>
        </div>

        <aside className="question-guidance" aria-label={t('question.guidance')}>
          <section className="why" aria-labelledby="why-title">
            <h2 id="why-title">{t('question.why')}</h2>
            <p>{t(`${ns}:questions.${question.id}.why`)}</p>
          </section>
          <LegalBasis flow={flow} provisionIds={question.provisions} />
        </aside>
      </div>

      <div className="actions">
        <button type="button" className="button" onClick={() => actor.send({ type: 'nav.back' })}>{t('nav.back')}</button>
        <button type="submit" className="button button--primary">{t('nav.next')}</button>
        {returnToReview && (
          <button type="button" className="button" onClick={() => actor.send({ type: 'nav.review' })}>{t('nav.toReview')}</button>
        )}
      </div>
    </form>
  );
}
