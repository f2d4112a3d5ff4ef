import type { i18n as I18n } from 'i18next';
import type { FlowDefinition } from '../engine/flow-types.ts';
import type { NegotiationRecord } from '../engine/negotiation.ts';
import { exportDocument, type ExportedDocument, type ExportRequest } from './export-document.ts';
import type { WorkerExportResponse } from './export-protocol.ts';

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, { resolve: (document: ExportedDocument) => void; reject: (error: Error) => void }>();

function exportWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./export-worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<WorkerExportResponse>) => {
    const response = event.data;
    const waiting = pending.get(response.id);
    pending.delete(response.id);
    if (response.ok) waiting?.resolve({ bytes: response.bytes, fileName: response.fileName });
    else waiting?.reject(new Error(response.message));
  };
  worker.onerror = (event) => {
    // The worker could not start or crashed: fail every waiting export and start afresh next time.
    for (const waiting of pending.values()) waiting.reject(new Error(event.message || 'The export worker failed'));
    pending.clear();
    worker?.terminate();
    worker = undefined;
  };
  return worker;
}

/**
 * Builds a document in a Web Worker, so that the page keeps answering while a negotiation of
 * many systems is laid out and packed. Where workers are missing (tests in jsdom), it runs here.
 */
export function buildDocumentOffThread(flow: FlowDefinition, record: NegotiationRecord, i18n: I18n, request: ExportRequest): Promise<ExportedDocument> {
  if (typeof Worker === 'undefined') return exportDocument(flow, record, i18n, request);
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    exportWorker().postMessage({ id, record, request });
  });
}
