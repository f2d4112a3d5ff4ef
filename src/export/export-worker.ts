/// <reference lib="webworker" />
import type { i18n as I18n } from 'i18next';
import type { FlowDefinition } from '../engine/flow-types.ts';
import type { Language, NegotiationRecord } from '../engine/negotiation.ts';
import { createI18n } from '../i18n/create-i18n.ts';
import { flowNamespace } from '../i18n/namespaces.ts';
import { pseudoLoader } from '../i18n/pseudo-locale.ts';
import type { PseudoMode } from '../i18n/pseudo-mode.ts';
import type { PageMessage, WorkerMessage } from './export-protocol.ts';
import { exportDocument, type ExportedDocument, type ExportRequest } from './export-document.ts';
import { TextsFromPage } from './texts-from-page.ts';

// Builds documents off the main thread, so that a large negotiation never freezes the page.
const post = (message: WorkerMessage, transfer: Transferable[] = []) => self.postMessage(message, { transfer });
const texts = new TextsFromPage((language, namespace) => post({ type: 'need-texts', language, namespace }));
// Fetched as the worker starts (when the review opens), not when the first document is asked
// for; `exportDocument`'s own import of it then finds it loaded.
void import('./build-docx.ts');

/** One i18n instance per pseudo mode: a warm-up asks for none, and a page's documents may ask for one. */
const translations = new Map<PseudoMode | undefined, Promise<I18n>>();

function i18n(language: Language, pseudo?: PseudoMode): Promise<I18n> {
  const existing = translations.get(pseudo);
  if (existing) return existing;
  const created = createI18n({ load: pseudo ? pseudoLoader(texts.load, pseudo) : texts.load, language, namespaces: [] });
  translations.set(pseudo, created);
  return created;
}

/** The words of a document in its language, its checklist's namespace loaded. */
async function wordsFor(flow: FlowDefinition, request: ExportRequest): Promise<I18n> {
  const words = await i18n(request.language, request.pseudo);
  await words.loadNamespaces(flowNamespace(flow.id));
  return words;
}

/** Exports asked for so far: a warm-up not yet under way once one is asked for has no point left. */
let exportsAsked = 0;

async function warmUp(flow: FlowDefinition, record: NegotiationRecord, request: ExportRequest): Promise<void> {
  const [words] = await Promise.all([wordsFor(flow, request), import('./build-docx.ts')]);
  if (exportsAsked === 0) await exportDocument(flow, record, words, request);
}

async function build(flow: FlowDefinition, record: NegotiationRecord, request: ExportRequest): Promise<ExportedDocument> {
  return exportDocument(flow, record, await wordsFor(flow, request), request);
}

self.onmessage = async (event: MessageEvent<PageMessage>) => {
  const message = event.data;
  if (message.type === 'texts') return texts.receive(message);
  if (message.type === 'no-texts') return texts.refuse(message.language, message.namespace, message.message);
  if (message.type === 'warm-up') {
    // Nothing to report: a warm-up that fails leaves the real export to fail with its reason.
    await warmUp(message.flow, message.record, message.request).catch(() => undefined);
    return;
  }
  exportsAsked += 1;
  const { id, flow, record, request } = message;
  try {
    const { bytes, fileName } = await build(flow, record, request);
    post({ type: 'exported', id, bytes, fileName }, [bytes.buffer]);
  } catch (error) {
    post({ type: 'failed', id, message: error instanceof Error ? error.message : String(error) });
  }
};
