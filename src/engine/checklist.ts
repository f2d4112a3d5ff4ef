import { holds } from './conditions.ts';
import type { FlowDefinition, QuestionDef } from './flow-types.ts';
import type { NegotiationRecord, SystemEntry } from './negotiation.ts';

/**
 * The questions that apply to one system, given the answers it has so far: the path its
 * answers produce. Progress, navigation, review and export all derive from this one function.
 */
export function visibleQuestions(
  flow: FlowDefinition,
  record: NegotiationRecord,
  system: SystemEntry,
): readonly QuestionDef[] {
  const subject = { answers: record.answers[system.id] ?? {}, category: system.category };
  return flow.questions.filter((question) => !question.showIf || holds(question.showIf, subject));
}

export function isQuestionVisible(
  flow: FlowDefinition,
  record: NegotiationRecord,
  system: SystemEntry,
  questionId: string,
): boolean {
  return visibleQuestions(flow, record, system).some((question) => question.id === questionId);
}

/** Answers kept for questions that the current answers hide: kept, never deleted, and said so. */
export function hiddenAnswerCount(
  flow: FlowDefinition,
  record: NegotiationRecord,
  system: SystemEntry,
): number {
  const visible = new Set(visibleQuestions(flow, record, system).map((question) => question.id));
  const answers = record.answers[system.id] ?? {};
  return Object.keys(answers).filter((id) => !visible.has(id) && answers[id]?.status).length;
}

export interface Progress {
  readonly answered: number;
  readonly total: number;
}

/** Recorded answers over the questions on the current path, across every system. */
export function progress(flow: FlowDefinition, record: NegotiationRecord): Progress {
  let answered = 0;
  let total = 0;
  for (const system of record.systems) {
    const answers = record.answers[system.id] ?? {};
    for (const question of visibleQuestions(flow, record, system)) {
      total += 1;
      if (answers[question.id]?.status) answered += 1;
    }
  }
  return { answered, total };
}
