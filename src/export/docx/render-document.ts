import { Document, TextRun, type Paragraph, type Table } from 'docx';
import type { TFunction } from 'i18next';
import type { FlowDefinition } from '../../engine/flow-types.ts';
import type { PseudoMode } from '../../i18n/pseudo-mode.ts';
import { rightToLeftTag, textDirection } from '../../i18n/text-direction.ts';
import { memoizedTranslate } from '../../i18n/translate.ts';
import type { BriefModel, DocumentModel, ProposalModel } from '../document-model.ts';
import { xmlSafe } from '../xml-safe.ts';
import { recordSection } from './brief-sections.ts';
import { documentStyles, NUMBERING } from './document-styles.ts';
import { contents, cover } from './front-matter.ts';
import { generalProvisions } from './general-provisions.ts';
import { legalReferences } from './legal-references.ts';
import { meetingChangesSection } from './meeting-changes.ts';
import { letterBody } from './letter-body.ts';
import { Outline } from './outline.ts';
import { pageFrame } from './page-frame.ts';
import { signatures } from './proposal-parts.ts';
import { RenderContext } from './render-context.ts';
import { schedules } from './schedules.ts';

type Block = Paragraph | Table;

/** The agreement the proposal and the brief share: general provisions once, then a schedule per system. */
function agreement(context: RenderContext, outline: Outline, model: ProposalModel | BriefModel): Paragraph[] {
  return [...generalProvisions(context, outline, model.meta, model.general), ...schedules(context, outline, model.general, model.systems)];
}

function body(context: RenderContext, outline: Outline, model: DocumentModel): Block[] {
  switch (model.kind) {
    case 'proposal':
      return [...agreement(context, outline, model), ...legalReferences(context, outline), ...signatures(context, outline, model.meta)];
    case 'brief':
      return [
        context.paragraph({ children: [new TextRun({ text: context.t('document:kinds.brief.confidential'), bold: true, color: 'B00020' })] }),
        ...agreement(context, outline, model),
        ...legalReferences(context, outline),
        ...(model.changes ? meetingChangesSection(context, outline, model.changes) : []),
        ...recordSection(context, outline, model.systems),
      ];
    case 'letter':
      return letterBody(context, outline, model);
  }
}

/**
 * Lays out one kind of document. Pure: the same model, flow and translation function give the
 * same document; no clock, no global language. `t` must be fixed to the document language. The
 * document runs right to left when its language does, or under `?pseudo=rtl` (`pseudo`, whose
 * pseudo-translation `t` must then give): the page's direction plays no part.
 *
 * @example renderDocument(composeDocument(flow, record, { kind, language: 'fr', generatedAt }), flow, i18n.getFixedT('fr'))
 */
export function renderDocument(model: DocumentModel, flow: FlowDefinition, t: TFunction, pseudo?: PseudoMode): Document {
  const context = new RenderContext(memoizedTranslate(t), flow, model.language, textDirection(model.language, pseudo));
  const title = context.t(`document:kinds.${model.kind}.title`);
  const outline = new Outline(context);
  const main = body(context, outline, model);
  const withContents = model.kind === 'letter' ? main : [...contents(context, outline.entries), ...main];
  // The brief is for the union side only: every page but the cover (which says so in full) carries the marking.
  const marking = model.kind === 'brief' ? context.t('document:kinds.brief.marking') : undefined;
  return new Document({
    creator: xmlSafe(model.meta.union).trim() || title,
    title,
    description: context.t('document:draft'),
    styles: documentStyles(model.language, rightToLeftTag(model.language, pseudo)),
    numbering: NUMBERING,
    // No `updateFields`: the contents are no field (see `contents`), so Word has nothing to ask about on opening.
    footnotes: context.footnotes,
    sections: [
      {
        properties: { titlePage: model.kind !== 'letter' },
        ...pageFrame(context, title, marking),
        children: [...(model.kind === 'letter' ? [] : cover(context, model, title, context.t(`document:kinds.${model.kind}.marking`))), ...withContents],
      },
    ],
  });
}
