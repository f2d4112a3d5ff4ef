import { holds } from './conditions.ts';
import type { FlowDefinition, QuestionDef } from './flow-types.ts';
import type { NegotiationRecord, SystemAnswers, SystemEntry } from './negotiation.ts';

/** One system's place on its checklist: the questions its answers lead to, and those answers. */
export interface SystemPath {
  readonly questions: readonly QuestionDef[];
  /** Answers to the questions on the path only: answers kept for hidden questions do not count. */
  readonly answers: SystemAnswers;
}

/**
 * The path one system's answers produce through the checklist. A follow-up is judged only on
 * answers that are themselves on the path, so an answer kept for a question that a later
 * change hid can never reopen its own follow-ups. Navigation, progress, review and export
 * all derive from this one function.
 */
export function systemPath(flow: FlowDefinition, record: NegotiationRecord, system: SystemEntry): SystemPath {
  const recorded = record.answers[system.id] ?? NO_ANSWERS;
  // Records are immutable: the same answers object under the same checklist always makes the
  // same path, so each is worked out once (navigation asks for it at every step it tries).
  const byAnswers = pathCache.get(flow) ?? new WeakMap<SystemAnswers, Map<string, SystemPath>>();
  pathCache.set(flow, byAnswers);
  const byCategory = byAnswers.get(recorded) ?? new Map<string, SystemPath>();
  byAnswers.set(recorded, byCategory);
  let path = byCategory.get(system.category);
  if (!path) {
    path = computePath(flow, recorded, system);
    byCategory.set(system.category, path);
  }
  return path;
}

const NO_ANSWERS: SystemAnswers = {};
const pathCache = new WeakMap<FlowDefinition, WeakMap<SystemAnswers, Map<string, SystemPath>>>();

function computePath(flow: FlowDefinition, recorded: SystemAnswers, system: SystemEntry): SystemPath {
  const answers: Record<string, SystemAnswers[string]> = {};
  const questions: QuestionDef[] = [];
  for (const question of flow.questions) {
    if (question.showIf && !holds(question.showIf, { answers, category: system.category })) continue;
    questions.push(question);
    const answer = recorded[question.id];
    if (answer) answers[question.id] = answer;
  }
  return { questions, answers };
}

export function isQuestionVisible(
  flow: FlowDefinition,
  record: NegotiationRecord,
  system: SystemEntry,
  questionId: string,
): boolean {
  return systemPath(flow, record, system).questions.some((question) => question.id === questionId);
}

/** Answers kept for questions that the current answers hide: kept, never deleted, and said so. */
export function hiddenAnswerCount(flow: FlowDefinition, record: NegotiationRecord, system: SystemEntry): number {
  const onPath = systemPath(flow, record, system).answers;
  const recorded = record.answers[system.id] ?? {};
  return Object.keys(recorded).filter((id) => recorded[id]?.status && !(id in onPath)).length;
}

export interface Progress {
  readonly answered: number;
  readonly total: number;
}

/** Recorded answers over the questions on one system's path. */
export function pathProgress(path: SystemPath): Progress {
  return { answered: path.questions.filter((question) => path.answers[question.id]?.status).length, total: path.questions.length };
}

/** Recorded answers over the questions on the current path, across every system. */
export function progress(flow: FlowDefinition, record: NegotiationRecord): Progress {
  return pathsProgress(record.systems.map((system) => systemPath(flow, record, system)));
}

/** The progress of paths already worked out (the review has each system's). */
export function pathsProgress(paths: readonly SystemPath[]): Progress {
  return paths.map(pathProgress).reduce((sum, part) => ({ answered: sum.answered + part.answered, total: sum.total + part.total }), { answered: 0, total: 0 });
}
