import { givenChoice } from '../engine/answer-model.ts';
import { OUTSTANDING_STATUSES, type AnswerStatus, type QuestionDef } from '../engine/flow-types.ts';
import type { Answer } from '../engine/negotiation.ts';
import type { Translate } from '../i18n/translate.ts';

export type AnswerKind = 'missing' | 'gap' | 'ok';

/** How the review marks an answer: nothing recorded, still open (a gap or partial), or given. */
export function answerKind(status: AnswerStatus | undefined): AnswerKind {
  return !status ? 'missing' : OUTSTANDING_STATUSES.includes(status) ? 'gap' : 'ok';
}

interface AnswerSummaryProps {
  readonly question: Pick<QuestionDef, 'id' | 'options'> | undefined;
  readonly questionId: string;
  readonly answer: Answer | undefined;
  /** The namespace of the negotiation's checklist, where the options are named. */
  readonly ns: string;
  /**
   * The caller's lookup, over `ui` and `ns`: the review shows thousands of answers, and a
   * translation hook in each would subscribe each one to language changes on its own.
   */
  readonly t: Translate;
}

/** Management's answer as the review shows it: its status, the option chosen, its words. */
export function AnswerSummary({ question, questionId, answer, ns, t }: AnswerSummaryProps) {
  const kind = answerKind(answer?.status);
  const choice = givenChoice(answer);
  return (
    <>
      <span className={`status status--${kind}`}>{t(`status.${answer?.status ?? 'missing'}`)}</span>
      {choice !== undefined && question?.options?.includes(choice) && <span className="review-choice">{t(`${ns}:questions.${questionId}.options.${choice}`)}</span>}
      {answer?.words && <p className="review-words" dir="auto">{answer.words}</p>}
    </>
  );
}
