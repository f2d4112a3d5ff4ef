import { Packer } from 'docx';
import type { TFunction } from 'i18next';
import type { FlowDefinition } from '../engine/flow-types.ts';
import type { NegotiationRecord } from '../engine/negotiation.ts';
import type { PseudoMode } from '../i18n/pseudo-mode.ts';
import { EMBEDDED_RECORD_PATH, embeddedRecordXml } from '../record/embedded-record.ts';
import { forManagement } from '../record/management-record.ts';
import { serialiseCopy, serialiseNegotiation } from '../record/negotiation-file.ts';
import { composeBrief, composeLetter, composeProposal, type ComposeOptions } from './compose-document.ts';
import { letterCopy, proposalCopy } from './document-copy.ts';
import type { DocumentModel } from './document-model.ts';
import { renderDocument } from './docx/render-document.ts';

/** What to build: the document's kind, language and time, and the pseudo-translation `t` gives, if any (it decides the direction). */
export interface DocxOptions extends ComposeOptions {
  readonly pseudo?: PseudoMode;
}

/** A document's model and the negotiation file it carries inside. */
interface Composed {
  readonly model: DocumentModel;
  readonly file: string;
}

/**
 * The brief is composed from the whole record and carries it; the proposal and the letter are
 * composed from the record without notes and carry only what they show (`document-copy.ts`).
 */
function compose(flow: FlowDefinition, record: NegotiationRecord, options: ComposeOptions): Composed {
  const { generatedAt } = options;
  if (options.kind === 'brief') return { model: composeBrief(flow, record, options), file: serialiseNegotiation(record, generatedAt) };
  const shared = forManagement(record);
  if (options.kind === 'proposal') {
    const model = composeProposal(flow, shared, options);
    return { model, file: serialiseCopy(proposalCopy(flow, shared, model), 'proposal', generatedAt) };
  }
  const model = composeLetter(flow, shared, options);
  return { model, file: serialiseCopy(letterCopy(shared, model), 'letter', generatedAt) };
}

/**
 * Builds one kind of document as .docx bytes, in Node, a worker or the page alike. The
 * negotiation file rides inside, so the document can be reopened in the wizard.
 */
export async function buildDocx(flow: FlowDefinition, record: NegotiationRecord, options: DocxOptions, t: TFunction): Promise<Uint8Array> {
  const { model, file } = compose(flow, record, options);
  const embedded = { path: EMBEDDED_RECORD_PATH, data: embeddedRecordXml(file) };
  return new Uint8Array(await Packer.toArrayBuffer(renderDocument(model, flow, t, options.pseudo), false, [embedded]));
}
