import type { AnswerStatus } from './flow-types.ts';
import type { Answer } from './negotiation.ts';

/**
 * One answer model: a status says how management responded, and an option is part of the
 * answer. Only an answer (in full or in part) can carry an option; a gap (refused, does not
 * know, will follow up) or "not applicable" never does, so the record, the review and the
 * documents cannot show "Refused · Performance of the contract".
 */
/** True when management gave content (answered, in full or in part): the status under which an option and facts count. */
export function isSubstantive(status: AnswerStatus | undefined): boolean {
  return status === 'answered' || status === 'partly';
}

/** The option management gave, or undefined when the status says it gave none. */
export function givenChoice(answer: Pick<Answer, 'status' | 'choice'> | undefined): string | undefined {
  return answer && isSubstantive(answer.status) ? answer.choice : undefined;
}

function withoutChoice(answer: Answer): Answer {
  return { ...(answer.status ? { status: answer.status } : {}), words: answer.words, note: answer.note };
}

/**
 * Applies one edit of an answer. Choosing an option is answering, so a question not yet
 * answered becomes "answered" (a "partly" stays partly); choosing any other status drops the
 * option, which that status cannot carry. When one edit sets both, the status it names wins.
 */
export function answerWith(previous: Answer, changes: Partial<Answer>): Answer {
  const next: Answer = { ...previous, ...changes };
  if (isSubstantive(next.status) || next.choice === undefined) return next;
  return changes.status === undefined && changes.choice !== undefined ? { ...next, status: 'answered' } : withoutChoice(next);
}

/**
 * Makes a stored answer consistent (records saved before this rule, or two tabs' edits
 * merged field by field): an option without a status is an answer; an option beside a gap
 * or "not applicable" is dropped, because the gap is what management said last and keeping
 * it leaves the question in the information request.
 */
export function consistentAnswer(answer: Answer): Answer {
  if (answer.choice === undefined || isSubstantive(answer.status)) return answer;
  return answer.status === undefined ? { ...answer, status: 'answered' } : withoutChoice(answer);
}
