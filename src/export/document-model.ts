import type { AnswerStatus, Stage } from '../engine/flow-types.ts';
import type { Language, MeetingMeta, NegotiationMeta, SystemEntry } from '../engine/negotiation.ts';
import type { SystemChanges } from '../engine/rounds.ts';

/**
 * The three documents made from one record:
 * - `proposal`: for management; the clauses only, no answers, no notes, no positions;
 * - `brief`: for the union side; the clauses plus the full record, the gaps, the notes and
 *   the legal floor of each question;
 * - `letter`: a request for the information management refused or did not have.
 * The proposal and the letter are composed from a `ManagementRecord`, which has no notes.
 */
export const DOCUMENT_KINDS = ['proposal', 'brief', 'letter'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Clause selection for every system: plain data, where the legal logic lives. */
export interface ClauseSelection {
  readonly systems: readonly SystemClauses[];
}

export interface SystemClauses {
  readonly system: SystemEntry;
  /** The questions on the system's path and management's answers, without internal notes. */
  readonly answers: readonly RecordedAnswer[];
  readonly clauses: readonly ProposedClause[];
}

/** One row of the record of management's answers, for a question on the system's path. */
export interface RecordedAnswer {
  readonly questionId: string;
  readonly stage: Stage;
  /** Absent when the question was never put or its answer not recorded. */
  readonly status?: AnswerStatus;
  readonly choice?: string;
  readonly words: string;
  /** The question's provisions that bind for this system (see `Provision.appliesIf`). */
  readonly provisions: readonly string[];
}

export interface ProposedClause {
  readonly clauseId: string;
  /** Provision ids of the legal basis; empty when the clause creates a right the law lacks. */
  readonly provisions: readonly string[];
  /** Facts from management's words, by placeholder name; null when not given. */
  readonly facts: Readonly<Record<string, string | null>>;
  /** For the information clause: the questions to be answered, in checklist order. */
  readonly items: readonly string[];
}

/** What every document states: its flow, language, date of export and the negotiation's parties. */
export interface DocumentBase {
  readonly flowId: string;
  readonly language: Language;
  /** ISO timestamp of the export, passed in so that the output is deterministic. */
  readonly generatedAt: string;
  readonly meta: NegotiationMeta;
}

/**
 * One system of the proposal: its clauses and nothing else. `answers?: never` keeps a brief's
 * section, whose answers carry notes, from being passed off as a proposal's.
 */
export interface ProposalSection {
  readonly system: SystemEntry;
  readonly clauses: readonly ProposedClause[];
  readonly answers?: never;
}

/** A legal basis of a general clause and the schedules (numbered from 1) whose systems it covers. */
export interface ClauseBasis {
  readonly provisions: readonly string[];
  readonly schedules: readonly number[];
}

/**
 * A clause of the general provisions: written once, whatever the number of systems it applies
 * to. `number` is the number it carries in the agreement, which the schedules cite. `bases` has
 * one entry when every system it applies to rests on the same provisions, else one per set.
 */
export interface GeneralClause {
  readonly clauseId: string;
  readonly number: number;
  readonly bases: readonly ClauseBasis[];
}

/** The proposal and the brief read as one agreement: general provisions once, then a schedule per system. */
export interface AgreementParts {
  /** The proposed clauses of the general provisions, in agreement order, numbered after the standing ones. */
  readonly general: readonly GeneralClause[];
}

/** The proposal carries no answers and no notes: what is not in the model cannot leak. */
export interface ProposalModel extends DocumentBase, AgreementParts {
  readonly kind: 'proposal';
  /** One per schedule, in order: schedule n is `systems[n - 1]`. */
  readonly systems: readonly ProposalSection[];
}

/** An answer as the union side sees it: with its internal note and its legal floor. */
export interface BriefAnswer extends RecordedAnswer {
  readonly note: string;
  readonly provisions: readonly string[];
}

/** What management said differently since the last meeting (from the second meeting on). */
export interface BriefChanges {
  /** The number of the meeting compared with, and its details. */
  readonly since: number;
  readonly meeting: MeetingMeta;
  readonly systems: readonly SystemChanges[];
}

export interface BriefModel extends DocumentBase, AgreementParts {
  readonly kind: 'brief';
  readonly systems: readonly { readonly system: SystemEntry; readonly clauses: readonly ProposedClause[]; readonly answers: readonly BriefAnswer[] }[];
  readonly changes?: BriefChanges;
}

/** A question management must still answer, and the provisions that oblige an answer, if any. */
export interface InformationRequest {
  readonly questionId: string;
  readonly status: AnswerStatus;
  readonly provisions: readonly string[];
  /** For a question answered in part: management's own words, quoted back (empty when none were recorded). */
  readonly words?: string;
  /** A request is put to management: it can never hold the union's note on the question. */
  readonly note?: never;
}

/** One system of the letter: the questions asked about it, and no record of answers. */
export interface LetterSection {
  readonly system: SystemEntry;
  readonly requests: readonly InformationRequest[];
  readonly answers?: never;
}

export interface LetterModel extends DocumentBase {
  readonly kind: 'letter';
  /** ISO date the letter bears. */
  readonly date: string;
  /** ISO date by which management is asked to answer. */
  readonly deadline: string;
  readonly systems: readonly LetterSection[];
}

export type DocumentModel = ProposalModel | BriefModel | LetterModel;
