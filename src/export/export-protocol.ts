import type { NegotiationRecord } from '../engine/negotiation.ts';
import type { ExportedDocument, ExportRequest } from './export-document.ts';

/** What the page sends the export worker, and what comes back. */
export interface WorkerExportRequest {
  readonly id: number;
  readonly record: NegotiationRecord;
  readonly request: ExportRequest;
}

export type WorkerExportResponse =
  | ({ readonly id: number; readonly ok: true } & ExportedDocument)
  | { readonly id: number; readonly ok: false; readonly message: string };
