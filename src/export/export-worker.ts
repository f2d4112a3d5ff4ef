/// <reference lib="webworker" />
import type { i18n as I18n } from 'i18next';
import { findFlow, FLOWS } from '../../flows/index.ts';
import { loadBundledResource } from '../i18n/bundled-resources.ts';
import { createI18n } from '../i18n/create-i18n.ts';
import { flowNamespace } from '../i18n/namespaces.ts';
import type { WorkerExportRequest, WorkerExportResponse } from './export-protocol.ts';
import { exportDocument } from './export-document.ts';

// Builds documents off the main thread, so that a large negotiation never freezes the page.
let translations: Promise<I18n> | undefined;

function i18n(language: 'en' | 'fr'): Promise<I18n> {
  translations ??= createI18n({ load: loadBundledResource, language, namespaces: FLOWS.map((flow) => flowNamespace(flow.id)) });
  return translations;
}

self.onmessage = async (event: MessageEvent<WorkerExportRequest>) => {
  const { id, record, request } = event.data;
  const reply = (response: WorkerExportResponse, transfer: Transferable[] = []) => self.postMessage(response, { transfer });
  try {
    const flow = findFlow(record.flowId);
    if (!flow) throw new Error(`Unknown flow ${record.flowId}`);
    const { bytes, fileName } = await exportDocument(flow, record, await i18n(request.language), request);
    reply({ id, ok: true, bytes, fileName }, [bytes.buffer]);
  } catch (error) {
    reply({ id, ok: false, message: error instanceof Error ? error.message : String(error) });
  }
};
