import type { NegotiationRecord } from '../engine/negotiation.ts';
import type { ExportRequest } from './export-document.ts';

/** What the page sends the export worker, and what comes back. */
export interface WorkerExportRequest {
  readonly id: number;
  readonly record: NegotiationRecord;
  readonly request: ExportRequest;
}

export type WorkerExportResponse =
  | { readonly id: number; readonly ok: true; readonly bytes: Uint8Array }
  | { readonly id: number; readonly ok: false; readonly message: string };
