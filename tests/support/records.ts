import { systemPath } from '../../src/engine/checklist.ts';
import type { FlowDefinition, QuestionDef, SystemCategory } from '../../src/engine/flow-types.ts';
import { createRecord, type Answer, type Language, type NegotiationRecord, type SystemEntry } from '../../src/engine/negotiation.ts';
import { withAnswer, withMeta, withSystemAdded } from '../../src/engine/record-updates.ts';

export const FIXED_NOW = '2026-11-30T10:00:00.000Z';

export function emptyRecord(flow: FlowDefinition, language: Language = 'en'): NegotiationRecord {
  const record = createRecord({ id: `record-${flow.id}`, flowId: flow.id, flowVersion: flow.version, now: FIXED_NOW, documentLanguage: language });
  return withMeta(record, { union: 'Transport Workers Union', employer: 'Acme Logistics', workplace: 'Depot 4', date: '2026-11-30', present: 'A. Steward, B. Manager' });
}

export function system(id: string, category: SystemCategory, name = `System ${id}`): SystemEntry {
  return { id, name, vendor: `Vendor of ${name}`, category, purpose: `Purpose of ${name}`, affected: 'All drivers' };
}

/** How a fixture answers a question: the answer, given the question and its place on the path. */
export type AnswerPicker = (question: QuestionDef, index: number) => Answer;

/** Answers every question on the system's path, in order, re-reading the path as follow-ups open. */
export function answerPath(flow: FlowDefinition, record: NegotiationRecord, systemId: string, pick: AnswerPicker): NegotiationRecord {
  let current = record;
  const entry = current.systems.find((candidate) => candidate.id === systemId);
  if (!entry) throw new Error(`no system ${systemId}`);
  for (let index = 0; ; index += 1) {
    const path = systemPath(flow, current, entry);
    const question = path.questions.find((candidate) => !current.answers[systemId]?.[candidate.id]);
    if (!question) return current;
    current = withAnswer(current, systemId, question.id, pick(question, index));
  }
}

/** Opens follow-ups (first option), with a refusal and an unknown every few questions. */
export const mixedAnswers: AnswerPicker = (question, index) => {
  const status = index % 7 === 3 ? 'refused' : index % 7 === 5 ? 'unknown' : 'answered';
  return {
    status,
    ...(question.options ? { choice: question.options[0] } : {}),
    words: status === 'answered' ? `Management says ${question.id} (${index}).` : '',
    note: `UNION-ONLY-NOTE ${question.id}`,
  };
};

/** A negotiation with `count` systems, each answered along its whole path. */
export function answeredRecord(flow: FlowDefinition, count: number, pick: AnswerPicker = mixedAnswers, language: Language = 'en'): NegotiationRecord {
  const categories: readonly SystemCategory[] = ['performance', 'hiring', 'monitoring', 'scheduling', 'biometrics', 'location', 'generative-ai', 'other'];
  let record = emptyRecord(flow, language);
  for (let index = 0; index < count; index += 1) {
    record = withSystemAdded(record, system(`s${index + 1}`, categories[index % categories.length] ?? 'other'));
    record = answerPath(flow, record, `s${index + 1}`, pick);
  }
  return record;
}
