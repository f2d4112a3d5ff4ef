/**
 * The shape of an example negotiation: made-up but plausible meetings, one file per jurisdiction
 * key in this folder (`eu.ts` writes `examples/eu.json`), built and checked by
 * `scripts/make-examples.ts`.
 */
import type { AnswerStatus } from '../../src/engine/flow-types.ts';
import type { NegotiationMeta, SystemEntry } from '../../src/engine/negotiation.ts';

/** One planned answer: management's status, the option chosen (when substantive), their words, our note. */
export interface Planned {
  readonly status: AnswerStatus;
  readonly choice?: string;
  readonly words: string;
  readonly note?: string;
}

/** Answers by question id: every question on the system's path, and nothing else. */
export type AnswerTable = Readonly<Record<string, Planned>>;

export interface ExampleSystem {
  readonly entry: SystemEntry;
  readonly answers: AnswerTable;
}

export interface Example {
  /** The jurisdiction key the negotiation is held under; the file is named after it. */
  readonly key: string;
  readonly id: string;
  /** The meeting as the documents show it; the list names an example by its parties. */
  readonly meta: Omit<NegotiationMeta, 'title'>;
  readonly systems: readonly ExampleSystem[];
}
