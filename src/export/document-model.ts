import type { AnswerStatus, Stage } from '../engine/flow-types.ts';
import type { Language, NegotiationMeta, SystemEntry } from '../engine/negotiation.ts';

/**
 * Everything the document says, as plain data, before any wording or layout. It has no
 * field for the union's internal notes: what is not in the model cannot leak into the file.
 */
export interface DocumentModel {
  readonly flowId: string;
  readonly language: Language;
  /** ISO timestamp of the export, passed in so that the output is deterministic. */
  readonly generatedAt: string;
  readonly meta: NegotiationMeta;
  readonly systems: readonly SystemSection[];
}

export interface SystemSection {
  readonly system: SystemEntry;
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
