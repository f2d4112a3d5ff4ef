import type { Answer, NegotiationRecord } from '../engine/negotiation.ts';

/**
 * Management's answer as the documents for management may use it: status, choice and words,
 * and no note. `note?: never` makes the union's stored answer, which always has a note, a type
 * error wherever a shared answer is expected, so a note cannot be passed in by mistake.
 */
export interface SharedAnswer extends Omit<Answer, 'note'> {
  readonly note?: never;
}

export type SharedAnswers = Readonly<Record<string, SharedAnswer>>;

/**
 * The negotiation as the proposal and the information request are composed from: the record
 * without a single note. A `NegotiationRecord` is not assignable to it (its answers have notes).
 */
export interface ManagementRecord extends Omit<NegotiationRecord, 'answers' | 'rounds'> {
  readonly answers: Readonly<Record<string, SharedAnswers>>;
  /** Earlier meetings are the union's history, with its notes: documents for management hold none. */
  readonly rounds: readonly [];
}

/** Copies the fields a shared answer may hold, by name: a field added to `Answer` later stays out. */
function sharedAnswer(answer: Answer): SharedAnswer {
  return {
    ...(answer.status ? { status: answer.status } : {}),
    ...(answer.choice !== undefined ? { choice: answer.choice } : {}),
    words: answer.words,
  };
}

function mapAnswers<From, To>(answers: Readonly<Record<string, Readonly<Record<string, From>>>>, map: (answer: From) => To): Record<string, Record<string, To>> {
  return Object.fromEntries(
    Object.entries(answers).map(([systemId, byQuestion]) => [systemId, Object.fromEntries(Object.entries(byQuestion).map(([questionId, answer]) => [questionId, map(answer)]))]),
  );
}

/**
 * The one way from the union's record to what documents for management are made from: the
 * same negotiation with every internal note left out. Pure.
 *
 * @example composeProposal(flow, forManagement(record), { language: 'en', generatedAt })
 */
export function forManagement(record: NegotiationRecord): ManagementRecord {
  return { ...record, answers: mapAnswers(record.answers, sharedAnswer), rounds: [] };
}

/**
 * The stored shape of a shared record, every note empty: the engine's path functions and the
 * record's schema are typed on answers that have a note, and a shared record has none to give.
 */
export function withEmptyNotes(record: ManagementRecord): NegotiationRecord {
  return { ...record, answers: mapAnswers(record.answers, (answer): Answer => ({ ...answer, note: '' })) };
}
