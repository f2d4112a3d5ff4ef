import { answerWith } from './answer-model.ts';
import type { Answer, NegotiationMeta, NegotiationRecord, SystemEntry } from './negotiation.ts';
import { EMPTY_ANSWER } from './negotiation.ts';
import type { Language } from './negotiation.ts';

/** Pure updates of the record, one per kind of edit; the machine's actions call these. */

export function withMeta(record: NegotiationRecord, meta: Partial<NegotiationMeta>): NegotiationRecord {
  return { ...record, meta: { ...record.meta, ...meta } };
}

export function withSystemAdded(record: NegotiationRecord, system: SystemEntry): NegotiationRecord {
  if (record.systems.some((existing) => existing.id === system.id)) return record;
  return { ...record, systems: [...record.systems, system] };
}

export function withSystemUpdated(
  record: NegotiationRecord,
  systemId: string,
  changes: Partial<Omit<SystemEntry, 'id'>>,
): NegotiationRecord {
  return {
    ...record,
    systems: record.systems.map((system) => (system.id === systemId ? { ...system, ...changes } : system)),
  };
}

/** Removes a system and its answers; the interface asks for confirmation first. */
export function withSystemRemoved(record: NegotiationRecord, systemId: string): NegotiationRecord {
  const answers = Object.fromEntries(Object.entries(record.answers).filter(([id]) => id !== systemId));
  return { ...record, systems: record.systems.filter((system) => system.id !== systemId), answers };
}

export function withAnswer(
  record: NegotiationRecord,
  systemId: string,
  questionId: string,
  changes: Partial<Answer>,
): NegotiationRecord {
  const systemAnswers = record.answers[systemId] ?? {};
  const previous = systemAnswers[questionId] ?? EMPTY_ANSWER;
  return {
    ...record,
    answers: { ...record.answers, [systemId]: { ...systemAnswers, [questionId]: answerWith(previous, changes) } },
  };
}

export function withDocumentLanguage(record: NegotiationRecord, language: Language): NegotiationRecord {
  return { ...record, documentLanguage: language };
}
