import * as v from 'valibot';
import { OUTSTANDING_STATUSES, type AnswerStatus } from '../engine/flow-types.ts';
import type { NegotiationRecord } from '../engine/negotiation.ts';
import { currentRoundNumber } from '../engine/rounds.ts';
import type { RecordProblem, RecordReading } from './record-schema.ts';

/**
 * What the home page shows of one negotiation, kept beside the record so that listing hundreds
 * of them reads a few hundred bytes each instead of validating every whole record. Storage
 * writes it in the same transaction as the record it describes.
 */
export interface NegotiationSummary {
  readonly id: string;
  /** The name the union gave it; empty: named by its parties. */
  readonly title: string;
  readonly union: string;
  readonly employer: string;
  readonly workplace: string;
  readonly flowId: string;
  /** The date of the meeting under way, else of the last earlier meeting that had one (yyyy-mm-dd), or empty. */
  readonly lastMeeting: string;
  /** The number of the meeting under way (1 for the first). */
  readonly round: number;
  readonly systems: number;
  /** Answers given a status in the meeting under way, across its systems. */
  readonly answered: number;
  /** Of those, refused, not known, to follow up or answered in part. */
  readonly openGaps: number;
  /** ISO timestamp of the last change; empty for a record that cannot be read. */
  readonly updatedAt: string;
  readonly archived: boolean;
  readonly deletedAt?: string;
  /** Set when the stored record fails validation: it is listed, explained and never overwritten. */
  readonly problem?: SummaryProblem;
}

export type SummaryProblem = { readonly kind: 'not-a-record' | 'invalid' } | { readonly kind: 'newer-version'; readonly version: number };

export interface SummaryFlags {
  readonly archived: boolean;
  readonly deletedAt?: string;
}

const OUTSTANDING = new Set<AnswerStatus>(OUTSTANDING_STATUSES);

/** The figures of a readable record: a pure function of the record, no checklist needed. */
export function summariseRecord(record: NegotiationRecord, flags: SummaryFlags): NegotiationSummary {
  let answered = 0;
  let openGaps = 0;
  for (const system of record.systems) {
    for (const answer of Object.values(record.answers[system.id] ?? {})) {
      if (!answer.status) continue;
      answered += 1;
      if (OUTSTANDING.has(answer.status)) openGaps += 1;
    }
  }
  const { title, union, employer, workplace, date } = record.meta;
  const earlier = [...record.rounds].reverse().find((round) => round.meeting.date !== '');
  return {
    id: record.id,
    title,
    union,
    employer,
    workplace,
    flowId: record.flowId,
    lastMeeting: date || (earlier?.meeting.date ?? ''),
    round: currentRoundNumber(record),
    systems: record.systems.length,
    answered,
    openGaps,
    updatedAt: record.updatedAt,
    ...withFlags(flags),
  };
}

/** A record that cannot be read is still listed, with why. */
export function damagedSummary(id: string, problem: RecordProblem, flags: SummaryFlags): NegotiationSummary {
  return {
    id,
    title: '',
    union: '',
    employer: '',
    workplace: '',
    flowId: '',
    lastMeeting: '',
    round: 1,
    systems: 0,
    answered: 0,
    openGaps: 0,
    updatedAt: '',
    ...withFlags(flags),
    problem: problem.kind === 'newer-version' ? { kind: 'newer-version', version: problem.version } : { kind: problem.kind },
  };
}

export function summariseReading(id: string, reading: RecordReading, flags: SummaryFlags): NegotiationSummary {
  return reading.ok ? summariseRecord({ ...reading.record, id }, flags) : damagedSummary(id, reading.problem, flags);
}

/** The same summary with other flags (archived, deleted): a choice about the negotiation, not an edit of it. */
export function withSummaryFlags(summary: NegotiationSummary, flags: SummaryFlags): NegotiationSummary {
  const rest: { -readonly [K in keyof NegotiationSummary]?: NegotiationSummary[K] } = { ...summary };
  delete rest.deletedAt;
  return { ...(rest as NegotiationSummary), ...withFlags(flags) };
}

function withFlags(flags: SummaryFlags): SummaryFlags {
  return { archived: flags.archived, ...(flags.deletedAt !== undefined ? { deletedAt: flags.deletedAt } : {}) };
}

const text = v.pipe(v.string(), v.maxLength(2_000_000));
const count = v.pipe(v.number(), v.integer(), v.minValue(0));

const summarySchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  title: text,
  union: text,
  employer: text,
  workplace: text,
  flowId: v.pipe(v.string(), v.maxLength(200)),
  lastMeeting: text,
  round: v.pipe(count, v.minValue(1)),
  systems: count,
  answered: count,
  openGaps: count,
  updatedAt: v.union([v.literal(''), v.pipe(v.string(), v.isoTimestamp())]),
  archived: v.boolean(),
  deletedAt: v.optional(v.string()),
  problem: v.optional(
    v.union([
      v.object({ kind: v.picklist(['not-a-record', 'invalid']) }),
      v.object({ kind: v.literal('newer-version'), version: v.number() }),
    ]),
  ),
});

/** A stored summary, or undefined when it cannot be trusted (then storage recomputes it from its record). */
export function readSummary(raw: unknown, id: string): NegotiationSummary | undefined {
  const result = v.safeParse(summarySchema, raw);
  return result.success && result.output.id === id ? (result.output as NegotiationSummary) : undefined;
}
