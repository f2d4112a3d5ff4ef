/** The conditions every layer writes again and again, built once. */
import { GAP_STATUSES, OUTSTANDING_STATUSES, type Condition } from './flow-types.ts';

/** The answer is one of `values`, or management did not give it (refused, unknown, later). */
export function isOrGap(question: string, values: readonly string[]): Condition {
  return { any: [{ question, is: values }, { question, status: GAP_STATUSES }] };
}

/** The answer is one of `values`, or management owes (part of) it: a gap or a partial answer. */
export function isOrOwed(question: string, values: readonly string[]): Condition {
  return { any: [{ question, is: values }, { question, status: OUTSTANDING_STATUSES }] };
}

/** Management owes (part of) the answer: a gap, or answered only in part. */
export function owed(question: string): Condition {
  return { question, status: OUTSTANDING_STATUSES };
}
