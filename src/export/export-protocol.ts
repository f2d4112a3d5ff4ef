import type { FlowDefinition } from '../engine/flow-types.ts';
import type { Language, NegotiationRecord } from '../engine/negotiation.ts';
import type { ExportedDocument, ExportRequest } from './export-document.ts';

/** One namespace of one language, as the page's own loader composed it. */
export interface Texts {
  readonly language: Language;
  readonly namespace: string;
  readonly resources: Record<string, unknown>;
}

/**
 * What the page sends the export worker. The worker has no translations or checklists of its
 * own: the page sends the texts it already has (or loads them through its own chunks), ahead
 * of the first export or when the worker asks, and the checklist with each export.
 */
export type PageMessage =
  | ({ readonly type: 'texts' } & Texts)
  | { readonly type: 'no-texts'; readonly language: Language; readonly namespace: string; readonly message: string }
  | { readonly type: 'export'; readonly id: number; readonly flow: FlowDefinition; readonly record: NegotiationRecord; readonly request: ExportRequest }
  /** A document to build and throw away, so that the first one asked for runs on code already compiled. */
  | { readonly type: 'warm-up'; readonly flow: FlowDefinition; readonly record: NegotiationRecord; readonly request: ExportRequest };

/** What the worker sends back: a namespace it lacks, or an export's outcome. */
export type WorkerMessage =
  | { readonly type: 'need-texts'; readonly language: Language; readonly namespace: string }
  | ({ readonly type: 'exported'; readonly id: number } & ExportedDocument)
  | { readonly type: 'failed'; readonly id: number; readonly message: string };
