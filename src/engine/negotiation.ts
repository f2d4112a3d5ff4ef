/**
 * The negotiation record: what the representative typed and what management answered,
 * keyed by stable ids. It is the data that must never be lost; the machine's position
 * (which screen is open) is kept apart from it, as a mere cursor.
 */
import type { AnswerStatus, SystemCategory } from './flow-types.ts';

/** 1: one meeting's answers. 2: earlier meetings kept as rounds; a name for the negotiation. */
export const RECORD_SCHEMA_VERSION = 2;

/** Languages the interface and the document are written in. */
export const LANGUAGES = ['en', 'fr', 'es', 'pt', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

/** BCP 47 tags for dates, numbers and Word's spell-checker. */
export const LANGUAGE_TAGS: Readonly<Record<Language, string>> = { en: 'en-GB', fr: 'fr-FR', es: 'es-ES', pt: 'pt-PT', de: 'de-DE' };

export interface NegotiationMeta {
  /** The name the union gave the negotiation in its list; empty: it is named by its parties. */
  readonly title: string;
  readonly union: string;
  readonly employer: string;
  readonly workplace: string;
  /** ISO date of the meeting (yyyy-mm-dd), or empty. */
  readonly date: string;
  /** Which meeting of the negotiation this is, in the union's words ("second round"). */
  readonly round: string;
  readonly present: string;
}

/** One digital system in management's inventory. */
export interface SystemEntry {
  /** Generated once, never shown; answers are keyed by it. */
  readonly id: string;
  readonly name: string;
  readonly vendor: string;
  readonly category: SystemCategory;
  readonly purpose: string;
  readonly affected: string;
}

/** Management's answer to one question, and the union's private note on it. */
export interface Answer {
  readonly status?: AnswerStatus;
  /** The substantive option chosen, when the question has options. */
  readonly choice?: string;
  /** Management's words, as recorded at the table. */
  readonly words: string;
  /** Internal union note: never written into anything management sees. */
  readonly note: string;
}

export type SystemAnswers = Readonly<Record<string, Answer>>;

/** What one meeting's record says of itself: when it was, which round, who was there. */
export type MeetingMeta = Pick<NegotiationMeta, 'date' | 'round' | 'present'>;

/**
 * An earlier meeting, kept as it stood when the next one began: never edited afterwards, so
 * that what management said then can be read, and compared with what it says now.
 */
export interface Round {
  /** Generated once; the round's place in the merge of two tabs' saves. */
  readonly id: string;
  /** When the representative began the next meeting (ISO timestamp). */
  readonly closedAt: string;
  readonly meeting: MeetingMeta;
  readonly systems: readonly SystemEntry[];
  readonly answers: Readonly<Record<string, SystemAnswers>>;
}

export interface NegotiationRecord {
  readonly schemaVersion: typeof RECORD_SCHEMA_VERSION;
  readonly id: string;
  readonly flowId: string;
  readonly flowVersion: number;
  /** ISO timestamps. */
  readonly createdAt: string;
  readonly updatedAt: string;
  /** The meeting under way (its date, round and people present) and the parties. */
  readonly meta: NegotiationMeta;
  readonly systems: readonly SystemEntry[];
  /** Answers by system id, then by question id, as they stand at the meeting under way. */
  readonly answers: Readonly<Record<string, SystemAnswers>>;
  /** The earlier meetings, oldest first: the meeting under way is round `rounds.length + 1`. */
  readonly rounds: readonly Round[];
  readonly documentLanguage: Language;
}

export const EMPTY_META: NegotiationMeta = {
  title: '',
  union: '',
  employer: '',
  workplace: '',
  date: '',
  round: '',
  present: '',
};

export const EMPTY_ANSWER: Answer = { words: '', note: '' };

/** A new, empty negotiation for a flow. */
export function createRecord(options: {
  readonly id: string;
  readonly flowId: string;
  readonly flowVersion: number;
  readonly now: string;
  readonly documentLanguage: Language;
}): NegotiationRecord {
  return {
    schemaVersion: RECORD_SCHEMA_VERSION,
    id: options.id,
    flowId: options.flowId,
    flowVersion: options.flowVersion,
    createdAt: options.now,
    updatedAt: options.now,
    meta: EMPTY_META,
    systems: [],
    answers: {},
    rounds: [],
    documentLanguage: options.documentLanguage,
  };
}
