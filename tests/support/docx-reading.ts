import JSZip from 'jszip';
import mammoth from 'mammoth';
import type { FlowDefinition } from '../../src/engine/flow-types.ts';
import type { NegotiationRecord } from '../../src/engine/negotiation.ts';
import { buildDocx } from '../../src/export/build-docx.ts';
import type { DocumentKind } from '../../src/export/document-model.ts';
import { BREAK_OPPORTUNITY } from '../../src/export/docx/user-text.ts';
import type { PseudoMode } from '../../src/i18n/pseudo-mode.ts';
import { fixedT } from './node-i18n.ts';
import { FIXED_NOW } from './records.ts';

export interface PackedDocument {
  readonly bytes: Uint8Array;
  /** Every part of the package, by path. */
  readonly parts: Readonly<Record<string, string>>;
  /** The text as mammoth, an independent .docx reader, extracts it. */
  readonly text: string;
}

/** Opens .docx bytes as a reader would: every XML part, and mammoth's text with no error. */
export async function readDocx(bytes: Uint8Array): Promise<PackedDocument> {
  const zip = await JSZip.loadAsync(bytes);
  const parts: Record<string, string> = {};
  for (const file of Object.values(zip.files)) if (!file.dir) parts[file.name] = await file.async('string');
  const { value: text, messages } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  const errors = messages.filter((message) => message.type === 'error');
  if (errors.length > 0) throw new Error(`mammoth could not read the document: ${errors.map((error) => error.message).join('; ')}`);
  return { bytes, parts, text };
}

/** Exports a record as the app does, in Node (under a pseudo-translation when given), and opens the result. */
export async function exportAndRead(flow: FlowDefinition, record: NegotiationRecord, kind: DocumentKind = 'brief', pseudo?: PseudoMode): Promise<PackedDocument> {
  const language = record.documentLanguage;
  return readDocx(await buildDocx(flow, record, { kind, language, generatedAt: FIXED_NOW, ...(pseudo ? { pseudo } : {}) }, await fixedT(language, pseudo)));
}

/** The text of every `<w:t>` run in an XML part, joined, for content checks. */
export function runText(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('');
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML text as a reader sees it: entities decoded, and the break opportunities the layout added taken out. */
export function shownText(xmlText: string): string {
  return xmlText.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name] ?? '').replaceAll(BREAK_OPPORTUNITY, '');
}

/**
 * The text of each paragraph of a part, in order, a line break inside a paragraph read as "\n"
 * (mammoth's raw text drops those breaks, which Word and LibreOffice show).
 */
export function paragraphTexts(xml: string): string[] {
  return xml
    .split('</w:p>')
    .slice(0, -1)
    .map((paragraph) => shownText(runText(paragraph.replace(/<w:br\/>/g, '<w:t>\n</w:t>'))));
}
