import { Packer } from 'docx';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import type { FlowDefinition } from '../../src/engine/flow-types.ts';
import type { NegotiationRecord } from '../../src/engine/negotiation.ts';
import { renderDocument } from '../../src/export/render-docx.ts';
import { selectClauses } from '../../src/export/select-clauses.ts';
import { fixedT } from './node-i18n.ts';
import { FIXED_NOW } from './records.ts';

export interface PackedDocument {
  readonly buffer: Buffer;
  readonly parts: Readonly<Record<string, string>>;
  readonly text: string;
}

/** Exports a record as the app does, in Node, and opens the result as a reader would. */
export async function exportAndRead(flow: FlowDefinition, record: NegotiationRecord): Promise<PackedDocument> {
  const t = await fixedT(record.documentLanguage);
  const document = renderDocument(selectClauses(flow, record, record.documentLanguage, FIXED_NOW), flow, t);
  const buffer = await Packer.toBuffer(document);
  const zip = await JSZip.loadAsync(buffer);
  const parts: Record<string, string> = {};
  for (const name of ['word/document.xml', 'word/footnotes.xml', 'word/numbering.xml', 'word/styles.xml', 'word/settings.xml']) {
    parts[name] = (await zip.file(name)?.async('string')) ?? '';
  }
  const { value: text, messages } = await mammoth.extractRawText({ buffer });
  const errors = messages.filter((message) => message.type === 'error');
  if (errors.length > 0) throw new Error(`mammoth could not read the document: ${errors.map((error) => error.message).join('; ')}`);
  return { buffer, parts, text };
}

/** The text of every `<w:t>` run in an XML part, joined, for content checks. */
export function runText(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('');
}
