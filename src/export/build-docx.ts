import { Packer } from 'docx';
import type { TFunction } from 'i18next';
import type { FlowDefinition } from '../engine/flow-types.ts';
import type { NegotiationRecord } from '../engine/negotiation.ts';
import { EMBEDDED_RECORD_PATH, embeddedRecordXml } from '../record/embedded-record.ts';
import { serialiseNegotiation } from '../record/negotiation-file.ts';
import { composeDocument, type ComposeOptions } from './compose-document.ts';
import { renderDocument } from './docx/render-document.ts';
import { assertNoInternalNotes } from './internal-text-guard.ts';

/**
 * Builds one kind of document as .docx bytes, in Node, a worker or the page alike. The
 * negotiation file rides inside, so the document can be reopened in the wizard; documents for
 * management carry it without internal notes, and are checked for notes before they leave.
 */
export async function buildDocx(flow: FlowDefinition, record: NegotiationRecord, options: ComposeOptions, t: TFunction): Promise<Uint8Array> {
  const forManagement = options.kind !== 'brief';
  const document = renderDocument(composeDocument(flow, record, options), flow, t);
  const embedded = { path: EMBEDDED_RECORD_PATH, data: embeddedRecordXml(serialiseNegotiation(record, options.generatedAt, { includeNotes: !forManagement })) };
  const packed = new Uint8Array(await Packer.toArrayBuffer(document, false, [embedded]));
  if (forManagement) await assertNoInternalNotes(packed, record);
  return packed;
}
