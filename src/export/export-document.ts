import type { i18n as I18n } from 'i18next';
import type { FlowDefinition } from '../engine/flow-types.ts';
import type { Language, NegotiationRecord } from '../engine/negotiation.ts';
import type { PseudoMode } from '../i18n/pseudo-mode.ts';
import type { DocumentKind } from './document-model.ts';
import type { LetterOptions } from './letter-timing.ts';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface ExportRequest {
  readonly kind: DocumentKind;
  readonly language: Language;
  readonly generatedAt: string;
  /** The letter's date and reply deadline (`letter-timing.ts`); only the letter reads them. */
  readonly letter?: LetterOptions;
  /**
   * The page's pseudo-translation (`?pseudo=…`), which the document's words must have too: under
   * `rtl` the document runs right to left. The export worker pseudo-translates the words the page sends it.
   */
  readonly pseudo?: PseudoMode;
}

/** A document ready to download: its bytes and its file name, in the document's language. */
export interface ExportedDocument {
  readonly bytes: Uint8Array;
  readonly fileName: string;
}

/**
 * Builds a document on the current thread, in the requested language, which may differ from
 * the interface's. `docx` and the layout code are fetched the first time they are used, unless the
export worker has fetched them already.
 * The file name is chosen here, with the document's own translations: a French proposal is a
 * `projet-accord-…`, whatever the interface's language.
 */
export async function exportDocument(flow: FlowDefinition, record: NegotiationRecord, i18n: I18n, request: ExportRequest): Promise<ExportedDocument> {
  const [{ buildDocx }] = await Promise.all([import('./build-docx.ts'), i18n.loadLanguages(request.language)]);
  const t = i18n.getFixedT(request.language);
  const bytes = await buildDocx(flow, record, request, t);
  return { bytes, fileName: documentFileName(record, t(`document:fileNames.${request.kind}`), request.generatedAt) };
}

/** Letters and digits only, runs of anything else made one hyphen, accents dropped: what every file system accepts. */
function fileNamePart(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * A file name every file system accepts: what the file is (`word`, such as the document
 * language's "brief-INTERNAL" or "negotiation"), the employer's name and the date.
 */
export function documentFileName(record: NegotiationRecord, word: string, generatedAt: string, extension = 'docx'): string {
  const employer = fileNamePart(record.meta.employer).slice(0, 60);
  return `${fileNamePart(word) || 'document'}-${employer || 'negotiation'}-${generatedAt.slice(0, 10)}.${extension}`;
}
