import type { i18n as I18n } from 'i18next';
import type { FlowDefinition } from '../engine/flow-types.ts';
import type { Language, NegotiationRecord } from '../engine/negotiation.ts';
import type { DocumentKind } from './document-model.ts';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface ExportRequest {
  readonly kind: DocumentKind;
  readonly language: Language;
  readonly generatedAt: string;
}

/**
 * Builds a document on the current thread, in the requested language, which may differ from
 * the interface's. `docx` and the layout code are fetched only now, the first time they are used.
 */
export async function exportDocument(flow: FlowDefinition, record: NegotiationRecord, i18n: I18n, request: ExportRequest): Promise<Uint8Array> {
  const [{ buildDocx }] = await Promise.all([import('./build-docx.ts'), i18n.loadLanguages(request.language)]);
  return buildDocx(flow, record, request, i18n.getFixedT(request.language));
}

/** A file name every file system accepts: the kind, the employer's name and the date. */
export function documentFileName(record: NegotiationRecord, kind: DocumentKind | 'negotiation', generatedAt: string, extension = 'docx'): string {
  const employer = record.meta.employer
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${kind}-${employer || 'negotiation'}-${generatedAt.slice(0, 10)}.${extension}`;
}
