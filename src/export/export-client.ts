import type { i18n as I18n } from 'i18next';
import type { FlowDefinition } from '../engine/flow-types.ts';
import type { Language, NegotiationRecord } from '../engine/negotiation.ts';
import { loadBundledResource } from '../i18n/bundled-resources.ts';
import { pseudoModeOf } from '../i18n/pseudo-mode.ts';
import { DOCUMENT_NAMESPACES, flowNamespace, INTERFACE_NAMESPACE, WIZARD_NAMESPACE } from '../i18n/namespaces.ts';
import { exportDocument, type ExportedDocument, type ExportRequest } from './export-document.ts';
import type { PageMessage, WorkerMessage } from './export-protocol.ts';
import { textsKey } from './texts-from-page.ts';

interface Running {
  readonly worker: Worker;
  /** `language/namespace` of the texts sent or being sent to this worker. */
  readonly textsSent: Set<string>;
  warmedUp: boolean;
}

let running: Running | undefined;
let nextId = 1;

/**
 * What the review last prepared the worker for, so that a worker lost to a crash (out of memory
 * on a small phone, most likely) is replaced and warmed at once rather than at the next click,
 * which would then wait for `docx` to load and compile again. One replacement per preparation
 * or export asked for: a worker that crashes again is not restarted in a loop.
 */
let lastPrepared: { readonly flow: FlowDefinition; readonly language: Language; readonly record: NegotiationRecord } | undefined;
let replacementsLeft = 0;
const pending = new Map<number, { resolve: (document: ExportedDocument) => void; reject: (error: Error) => void }>();

/** Sends the worker one namespace, once, loaded through the page's own locale chunks (cached there). */
function sendTexts({ worker, textsSent }: Running, language: Language, namespace: string): void {
  const key = textsKey(language, namespace);
  if (textsSent.has(key)) return;
  textsSent.add(key);
  const post = (message: PageMessage) => worker.postMessage(message);
  loadBundledResource(language, namespace).then(
    (resources) => post({ type: 'texts', language, namespace, resources }),
    (error: unknown) => {
      textsSent.delete(key);
      post({ type: 'no-texts', language, namespace, message: error instanceof Error ? error.message : String(error) });
    },
  );
}

function startWorker(): Running {
  const worker = new Worker(new URL('./export-worker.ts', import.meta.url), { type: 'module' });
  const started: Running = { worker, textsSent: new Set(), warmedUp: false };
  worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
    const message = event.data;
    if (message.type === 'need-texts') return sendTexts(started, message.language, message.namespace);
    const waiting = pending.get(message.id);
    pending.delete(message.id);
    if (message.type === 'exported') waiting?.resolve({ bytes: message.bytes, fileName: message.fileName });
    else waiting?.reject(new Error(message.message));
  };
  worker.onerror = (event) => {
    // The worker could not start or crashed: fail every waiting export and start afresh next time.
    for (const waiting of pending.values()) waiting.reject(new Error(event.message || 'The export worker failed'));
    pending.clear();
    worker.terminate();
    if (running !== started) return;
    running = undefined;
    if (replacementsLeft > 0 && lastPrepared) {
      replacementsLeft -= 1;
      warm(lastPrepared.flow, lastPrepared.language, lastPrepared.record);
    }
  };
  return started;
}

/**
 * Starts the export worker, if this browser has workers, and sends it the words of a document
 * in `language`: called once the wizard is idle with a system, and again when the review opens,
 * so that `docx` and the layout are loaded and the texts are there before the first document is
 * asked for. The worker then builds, and throws away, the brief of the negotiation's first
 * system: a cold first export took 150-300 ms longer than the next, most of it the JavaScript
 * engine compiling the layout code.
 */
export function prepareExports(flow: FlowDefinition, language: Language, record: NegotiationRecord): void {
  if (typeof Worker === 'undefined') return;
  lastPrepared = { flow, language, record };
  replacementsLeft = 1;
  warm(flow, language, record);
}

function warm(flow: FlowDefinition, language: Language, record: NegotiationRecord): void {
  const prepared = preparedWorker(flow, language);
  if (prepared.warmedUp || record.systems.length === 0) return;
  prepared.warmedUp = true;
  const request = underPagePseudo({ kind: 'brief', language, generatedAt: new Date().toISOString() });
  prepared.worker.postMessage({ type: 'warm-up', flow, record: { ...record, systems: record.systems.slice(0, 1) }, request } satisfies PageMessage);
}

/** The running worker (started if need be), with the texts of `language` sent. */
function preparedWorker(flow: FlowDefinition, language: Language): Running {
  running ??= startWorker();
  for (const namespace of [INTERFACE_NAMESPACE, WIZARD_NAMESPACE, ...DOCUMENT_NAMESPACES, flowNamespace(flow.id)]) sendTexts(running, language, namespace);
  return running;
}

/** Under `?pseudo=…` the page's documents are pseudo-translated too, and `rtl` ones run right to left. */
function underPagePseudo(request: ExportRequest): ExportRequest {
  const pseudo = pseudoModeOf(location.search);
  return pseudo ? { ...request, pseudo } : request;
}

/**
 * Builds a document in a Web Worker, so that the page keeps answering while a negotiation of
 * many systems is laid out and packed. Where workers are missing (tests in jsdom), it runs here.
 */
export function buildDocumentOffThread(flow: FlowDefinition, record: NegotiationRecord, i18n: I18n, asked: ExportRequest): Promise<ExportedDocument> {
  const request = underPagePseudo(asked);
  if (typeof Worker === 'undefined') return exportDocument(flow, record, i18n, request);
  replacementsLeft = 1;
  const { worker } = preparedWorker(flow, request.language);
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    try {
      worker.postMessage({ type: 'export', id, flow, record, request } satisfies PageMessage);
    } catch (error) {
      // A record that cannot be copied to the worker fails this export only.
      pending.delete(id);
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}
