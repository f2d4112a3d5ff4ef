import { memo } from 'react';
import type { SystemPath } from '../engine/checklist.ts';
import type { AnswerStatus, QuestionDef } from '../engine/flow-types.ts';
import type { SystemEntry } from '../engine/negotiation.ts';
import type { Translate } from '../i18n/translate.ts';
import { AnswerSummary, answerKind } from './answer-summary.tsx';
import { useWizardSession } from './wizard-context.ts';

/*
 * The review's rows: an open question, and a system's table of answers. Each is memoised on
 * its system's path, which the engine keeps the same object while the system's answers do not
 * change, so a review of a hundred systems renders each row once, not at every step it grows
 * by. They take the review's lookup (`t`, over `ui` and the checklist's namespace) rather than
 * each calling a translation hook of its own.
 */

interface RowProps {
  readonly system: SystemEntry;
  readonly question: QuestionDef;
  readonly t: Translate;
  readonly ns: string;
}

const ask = (t: Translate, ns: string, question: QuestionDef) => t(`${ns}:questions.${question.id}.ask`);

/** The "Change" button of one answer; its name says which question of which system. */
function ChangeButton({ system, question, t, ns }: RowProps) {
  const { actor } = useWizardSession();
  return (
    <button
      type="button"
      className="button button--link"
      data-edit={`${system.id}/${question.id}`}
      onClick={() => actor.send({ type: 'nav.question', systemId: system.id, questionId: question.id })}
    >
      {t('review.edit')}
      <span className="visually-hidden">: {ask(t, ns, question)} ({system.name})</span>
    </button>
  );
}

interface Later {
  /** Rendered after the first screenful: laid out only once scrolled to (see the styles). */
  readonly later: boolean;
}

/** One question still open: its status, the system, the question and the way to change it. */
export const OpenQuestion = memo(function OpenQuestion({ status, later, ...row }: RowProps & Later & { readonly status: AnswerStatus | undefined }) {
  const { system, question, t, ns } = row;
  return (
    <li className={later ? 'review-open__later' : undefined}>
      <span className={`status status--${answerKind(status)}`}>{t(`status.${status ?? 'missing'}`)}</span>{' '}
      <bdi className="review-open__system">{system.name}</bdi>: {ask(t, ns, question)}{' '}
      <ChangeButton {...row} />
    </li>
  );
});

interface SystemAnswersProps {
  readonly system: SystemEntry;
  readonly path: SystemPath;
  readonly t: Translate;
  readonly ns: string;
}

/** Every answer of one system, question by question, each with its "Change". */
export const SystemAnswers = memo(function SystemAnswers({ system, path, t, ns, later }: SystemAnswersProps & Later) {
  return (
    <section className={later ? 'review-system review-system--later' : 'review-system'} aria-labelledby={`review-${system.id}`}>
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
              <tr key={question.id} className={`row--${answerKind(answer?.status)}`}>
                <th scope="row">{ask(t, ns, question)}</th>
                <td>
                  <AnswerSummary question={question} questionId={question.id} answer={answer} ns={ns} t={t} />
                </td>
                <td><ChangeButton system={system} question={question} t={t} ns={ns} /></td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
});
