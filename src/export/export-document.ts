import type { i18n as I18n } from 'i18next';
import type { FlowDefinition } from '../engine/flow-types.ts';
import type { NegotiationRecord } from '../engine/negotiation.ts';
import { selectClauses } from './select-clauses.ts';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * Builds the negotiation's .docx in the record's document language, which may differ from the
 * interface's. `docx` and the renderer are fetched only now, the first time a user exports.
 */
export async function exportDocument(flow: FlowDefinition, record: NegotiationRecord, i18n: I18n, generatedAt: string): Promise<Blob> {
  const language = record.documentLanguage;
  const [{ renderDocument }, { Packer }] = await Promise.all([import('./render-docx.ts'), import('docx'), i18n.loadLanguages(language)]);
  const model = selectClauses(flow, record, language, generatedAt);
  const blob = await Packer.toBlob(renderDocument(model, flow, i18n.getFixedT(language)));
  return new Blob([blob], { type: DOCX_MIME });
}

/** A file name that every file system accepts, from the employer's name and the date. */
export function documentFileName(record: NegotiationRecord, generatedAt: string): string {
  const employer = record.meta.employer
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `data-rights-${employer || 'negotiation'}-${generatedAt.slice(0, 10)}.docx`;
}
