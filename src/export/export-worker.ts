/// <reference lib="webworker" />
import type { i18n as I18n } from 'i18next';
import type { Language } from '../engine/negotiation.ts';
import { loadFlow } from '../../flows/index.ts';
import { loadBundledResource } from '../i18n/bundled-resources.ts';
import { createI18n } from '../i18n/create-i18n.ts';
import { flowNamespace } from '../i18n/namespaces.ts';
import { pseudoLoader, type PseudoMode } from '../i18n/pseudo-locale.ts';
import type { WorkerExportRequest, WorkerExportResponse } from './export-protocol.ts';
import { exportDocument } from './export-document.ts';

// Builds documents off the main thread, so that a large negotiation never freezes the page.
let translations: Promise<I18n> | undefined;

// A page's pseudo mode is fixed by its address, so its worker needs one set of translations.
function i18n(language: Language, pseudo?: PseudoMode): Promise<I18n> {
  translations ??= createI18n({ load: pseudo ? pseudoLoader(loadBundledResource, pseudo) : loadBundledResource, language, namespaces: [] });
  return translations;
}

self.onmessage = async (event: MessageEvent<WorkerExportRequest>) => {
  const { id, record, request } = event.data;
  const reply = (response: WorkerExportResponse, transfer: Transferable[] = []) => self.postMessage(response, { transfer });
  try {
    const flow = await loadFlow(record.flowId);
    if (!flow) throw new Error(`Unknown jurisdiction ${record.flowId}`);
    const translations = await i18n(request.language, request.pseudo);
    // Each jurisdiction's words load the first time one of its documents is made.
    await translations.loadNamespaces(flowNamespace(flow.id));
    const { bytes, fileName } = await exportDocument(flow, record, translations, request);
    reply({ id, ok: true, bytes, fileName }, [bytes.buffer]);
  } catch (error) {
    reply({ id, ok: false, message: error instanceof Error ? error.message : String(error) });
  }
};
