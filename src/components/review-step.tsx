import { useSelector } from '@xstate/react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { progress, systemPath, type SystemPath } from '../engine/checklist.ts';
import { GAP_STATUSES, type QuestionDef } from '../engine/flow-types.ts';
import type { SystemEntry } from '../engine/negotiation.ts';
import { flowNamespace } from '../i18n/namespaces.ts';
import { AnswerSummary, answerKind as kindOf } from './answer-summary.tsx';
import { ChangesSinceLastMeeting } from './meeting-changes.tsx';
import { MeetingsPanel } from './meetings-panel.tsx';
import { StepHeading } from './step-heading.tsx';
import { useWizardSession } from './wizard-context.ts';

interface Section {
  readonly system: SystemEntry;
  readonly path: SystemPath;
}

/** The "Change" button of one answer; its name says which question of which system. */
function ChangeButton({ system, question, label }: { readonly system: SystemEntry; readonly question: QuestionDef; readonly label: string }) {
  const { t } = useTranslation('ui');
  const { actor } = useWizardSession();
  return (
    <button
      type="button"
      className="button button--link"
      data-edit={`${system.id}/${question.id}`}
      onClick={() => actor.send({ type: 'nav.question', systemId: system.id, questionId: question.id })}
    >
      {t('review.edit')}
      <span className="visually-hidden">: {label} ({system.name})</span>
    </button>
  );
}

/**
 * Check your answers: what is still open first (gaps, partial answers, questions not put),
 * then every answer of every system, each with a way to change it; the documents one step on.
 * Coming back from a change, focus returns to that answer's "Change" button.
 */
export function ReviewStep({ now, newId }: { readonly now: () => string; readonly newId: () => string }) {
  const { flow, actor } = useWizardSession();
  const ns = flowNamespace(flow.id);
  const { t } = useTranslation(['ui', ns]);
  const record = useSelector(actor, (snapshot) => snapshot.context.record);
  const edited = useSelector(actor, (snapshot) => snapshot.context.editedFromReview);
  const root = useRef<HTMLDivElement>(null);
  const sections: readonly Section[] = record.systems.map((system) => ({ system, path: systemPath(flow, record, system) }));
  // Shown first: every question management still owes an answer to, and every one not put yet.
  const open = sections.flatMap(({ system, path }) =>
    path.questions.map((question) => ({ system, question, status: path.answers[question.id]?.status })).filter(({ status }) => kindOf(status) !== 'ok'),
  );
  const gaps = open.filter(({ status }) => status && GAP_STATUSES.includes(status)).length;
  const { answered, total } = progress(flow, record);
  const ask = (question: QuestionDef) => t(`${ns}:questions.${question.id}.ask`);

  useEffect(() => {
    if (!edited) return;
    const key = `${edited.systemId}/${edited.questionId}`;
    // The first "Change" for that answer: in the open list while it is still open, else in its table.
    const button = [...(root.current?.querySelectorAll<HTMLButtonElement>('[data-edit]') ?? [])].find((candidate) => candidate.dataset.edit === key);
    button?.focus();
    button?.scrollIntoView?.({ block: 'center' });
  }, [edited]);

  return (
    <div className="step" ref={root}>
      <StepHeading title={t('review.title')} stepKey="review" />
      <p className="lead">{t('review.summary', { total, gaps, missing: total - answered })}</p>
      <p>
        <button type="button" className="button button--primary" onClick={() => actor.send({ type: 'nav.documents' })}>{t('review.toDocuments')}</button>
      </p>

      <section className="review-open" aria-labelledby="review-open-title">
        <h2 id="review-open-title">{t('review.openTitle', { count: open.length })}</h2>
        {open.length === 0 ? (
          <p>{t('review.nothingOpen')}</p>
        ) : (
          <ul className="review-open__list">
            {open.map(({ system, question, status }) => (
              <li key={`${system.id}/${question.id}`}>
                <span className={`status status--${kindOf(status)}`}>{t(`status.${status ?? 'missing'}`)}</span>{' '}
                <bdi className="review-open__system">{system.name}</bdi>: {ask(question)}{' '}
                <ChangeButton system={system} question={question} label={ask(question)} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <ChangesSinceLastMeeting />

      <h2>{t('review.allTitle')}</h2>
      {sections.map(({ system, path }) => (
        <section key={system.id} className="review-system" aria-labelledby={`review-${system.id}`}>
          <h3 id={`review-${system.id}`} dir="auto">{system.name}</h3>
          <table className="review-table">
            <caption className="visually-hidden">{t('review.caption', { name: system.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('review.columns.question')}</th>
                <th scope="col">{t('review.columns.answer')}</th>
                <th scope="col"><span className="visually-hidden">{t('review.columns.edit')}</span></th>
              </tr>
            </thead>
            <tbody>
              {path.questions.map((question) => {
                const answer = path.answers[question.id];
                return (
                  <tr key={question.id} className={`row--${kindOf(answer?.status)}`}>
                    <th scope="row">{ask(question)}</th>
                    <td>
                      <AnswerSummary question={question} questionId={question.id} answer={answer} ns={ns} />
                    </td>
                    <td><ChangeButton system={system} question={question} label={ask(question)} /></td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      ))}

      <MeetingsPanel now={now} newId={newId} />

      <div className="actions">
        <button type="button" className="button" onClick={() => actor.send({ type: 'nav.back' })}>{t('nav.back')}</button>
        <button type="button" className="button button--primary" onClick={() => actor.send({ type: 'nav.documents' })}>{t('review.toDocuments')}</button>
      </div>
    </div>
  );
}
