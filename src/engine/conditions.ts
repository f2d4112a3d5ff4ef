import { givenChoice } from './answer-model.ts';
import type { Condition, SystemCategory } from './flow-types.ts';
import type { SystemAnswers } from './negotiation.ts';

/** What a condition is evaluated against: one system's answers and its category. */
export interface ConditionSubject {
  readonly answers: SystemAnswers;
  readonly category: SystemCategory;
}

/**
 * Evaluates a flow condition for one system.
 *
 * An option condition holds only when management actually gave that answer (answered or
 * partly answered): a refused question cannot open a follow-up that depends on its content.
 *
 * @example holds({ question: 'automated-decisions', is: ['solely'] }, subject)
 */
export function holds(condition: Condition, subject: ConditionSubject): boolean {
  if (condition === 'always') return true;
  if ('all' in condition) return condition.all.every((part) => holds(part, subject));
  if ('any' in condition) return condition.any.some((part) => holds(part, subject));
  if ('not' in condition) return !holds(condition.not, subject);
  if ('category' in condition) return condition.category.includes(subject.category);
  const answer = subject.answers[condition.question];
  if ('status' in condition) {
    return answer?.status !== undefined && condition.status.includes(answer.status);
  }
  const choice = givenChoice(answer);
  return choice !== undefined && condition.is.includes(choice);
}

/** Every question id a condition refers to, for validation. */
export function referencedQuestions(condition: Condition): readonly string[] {
  if (condition === 'always' || 'category' in condition) return [];
  if ('all' in condition) return condition.all.flatMap(referencedQuestions);
  if ('any' in condition) return condition.any.flatMap(referencedQuestions);
  if ('not' in condition) return referencedQuestions(condition.not);
  return [condition.question];
}
