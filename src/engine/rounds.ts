import { OUTSTANDING_STATUSES, type AnswerStatus } from './flow-types.ts';
import type { Answer, MeetingMeta, NegotiationRecord, Round, SystemAnswers, SystemEntry } from './negotiation.ts';

/**
 * A negotiation's meetings. The record holds the meeting under way; each earlier one is a
 * `Round`, kept as it stood when the next began. "What changed" compares two meetings answer by
 * answer, on what management said (status, option, words), never on the union's notes.
 */

/** A meeting's answers, whether under way (the record) or earlier (a round). */
export type MeetingAnswers = Pick<Round, 'systems' | 'answers'>;

/** The meeting under way begins from the last one's answers; the earlier one is kept whole. */
export function withNextRound(record: NegotiationRecord, round: Pick<Round, 'id' | 'closedAt'>, next: Partial<MeetingMeta>): NegotiationRecord {
  const { date, round: label, present } = record.meta;
  const closed: Round = { id: round.id, closedAt: round.closedAt, meeting: { date, round: label, present }, systems: record.systems, answers: record.answers };
  return { ...record, rounds: [...record.rounds, closed], meta: { ...record.meta, date: '', round: '', ...next } };
}

/** The number of the meeting under way (1 for the first). */
export function currentRoundNumber(record: Pick<NegotiationRecord, 'rounds'>): number {
  return record.rounds.length + 1;
}

/**
 * A round as one text, its fields always in the same order, so that two copies of the same
 * round (stored, and in a tab's save) compare equal.
 */
export function roundJson(round: Round): string {
  const answers = Object.fromEntries(
    Object.entries(round.answers).map(([systemId, byQuestion]) => [
      systemId,
      Object.fromEntries(Object.entries(byQuestion).map(([questionId, answer]) => [questionId, orderedAnswer(answer)])),
    ]),
  );
  const systems = round.systems.map(({ id, name, vendor, category, purpose, affected }) => ({ id, name, vendor, category, purpose, affected }));
  const { date, round: label, present } = round.meeting;
  return JSON.stringify({ id: round.id, closedAt: round.closedAt, meeting: { date, round: label, present }, systems, answers });
}

function orderedAnswer(answer: Answer): Answer {
  return { ...(answer.status ? { status: answer.status } : {}), ...(answer.choice !== undefined ? { choice: answer.choice } : {}), words: answer.words, note: answer.note };
}

/** Reads back a round written by `roundJson`; storage validates a saved one before it gets here. */
export function parseRoundJson(json: string): Round {
  return JSON.parse(json) as Round;
}

/**
 * How one answer moved between two meetings:
 * - `added`: nothing was recorded before, something is now;
 * - `withdrawn`: an answer given before is gone, or turned into a refusal or a "does not know";
 * - `changed`: management said something else;
 * - `still-owed`: refused, not known, promised or partial both times, in the same words.
 */
export type AnswerChangeKind = 'added' | 'withdrawn' | 'changed' | 'still-owed';

export interface AnswerChange {
  readonly questionId: string;
  readonly kind: AnswerChangeKind;
  /** What management said at the earlier meeting, if anything. */
  readonly before?: Answer;
  /** What it says now, if anything. */
  readonly after?: Answer;
}

export interface SystemChanges {
  readonly system: SystemEntry;
  /** `new`: not in the earlier inventory; `removed`: no longer in this one. */
  readonly presence: 'kept' | 'new' | 'removed';
  readonly changes: readonly AnswerChange[];
}

const OUTSTANDING = new Set<AnswerStatus>(OUTSTANDING_STATUSES);
const GIVEN = new Set<AnswerStatus>(['answered', 'partly']);
const REFUSING = new Set<AnswerStatus>(['refused', 'unknown']);

function sameSubstance(a: Answer, b: Answer): boolean {
  return a.status === b.status && (a.choice ?? '') === (b.choice ?? '') && a.words.trim() === b.words.trim();
}

function changeOf(before: Answer | undefined, after: Answer | undefined): AnswerChangeKind | undefined {
  const was = before?.status;
  const is = after?.status;
  if (was === undefined && is === undefined) return undefined;
  if (was === undefined) return 'added';
  if (is === undefined) return 'withdrawn';
  if (before && after && sameSubstance(before, after)) return OUTSTANDING.has(is) ? 'still-owed' : undefined;
  if (GIVEN.has(was) && REFUSING.has(is)) return 'withdrawn';
  return 'changed';
}

/**
 * Per system, what changed from the earlier meeting to the later one, in the checklist's order
 * (`questionOrder`; ids it does not know come last). Systems with nothing to say are left out.
 */
export function changesBetween(earlier: MeetingAnswers, later: MeetingAnswers, questionOrder: readonly string[]): SystemChanges[] {
  const rank = new Map(questionOrder.map((id, index) => [id, index]));
  const byRank = (a: string, b: string) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity) || a.localeCompare(b);
  const laterIds = new Set(later.systems.map((system) => system.id));
  const earlierIds = new Set(earlier.systems.map((system) => system.id));
  const systems: { system: SystemEntry; presence: SystemChanges['presence'] }[] = [
    ...later.systems.map((system) => ({ system, presence: earlierIds.has(system.id) ? ('kept' as const) : ('new' as const) })),
    ...earlier.systems.filter((system) => !laterIds.has(system.id)).map((system) => ({ system, presence: 'removed' as const })),
  ];
  return systems.flatMap(({ system, presence }) => {
    const before: SystemAnswers = presence === 'new' ? {} : earlier.answers[system.id] ?? {};
    const after: SystemAnswers = presence === 'removed' ? {} : later.answers[system.id] ?? {};
    const ids = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort(byRank);
    const changes = ids.flatMap((questionId): AnswerChange[] => {
      const kind = changeOf(before[questionId], after[questionId]);
      if (!kind) return [];
      return [{ questionId, kind, ...(before[questionId]?.status ? { before: before[questionId] } : {}), ...(after[questionId]?.status ? { after: after[questionId] } : {}) }];
    });
    return changes.length > 0 || presence !== 'kept' ? [{ system, presence, changes }] : [];
  });
}

/** What changed since the last meeting, or nothing at the first. */
export function changesSinceLastRound(record: NegotiationRecord, questionOrder: readonly string[]): SystemChanges[] | undefined {
  const last = record.rounds.at(-1);
  return last ? changesBetween(last, record, questionOrder) : undefined;
}
