import { HeadingLevel, InternalHyperlink, PageBreak, TextRun, type Paragraph } from 'docx';
import type { DocumentModel } from '../document-model.ts';
import { headingText, type OutlinedHeading } from './outline.ts';
import type { RenderContext } from './render-context.ts';

/** The cover: title, marking, parties, jurisdiction, dates and the not-legal-advice notice. */
export function cover(context: RenderContext, model: DocumentModel, title: string, marking: string): Paragraph[] {
  const { meta } = model;
  return [
    context.paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(title)] }),
    context.paragraph({ children: [new TextRun({ text: marking, bold: true, color: 'B00020', size: 28 })] }),
    context.labelled('document:cover.union', context.typed(meta.union)),
    context.labelled('document:cover.employer', context.typed(meta.employer)),
    context.labelled('document:cover.workplace', context.typed(meta.workplace)),
    context.labelled('document:cover.jurisdiction', new TextRun(context.jurisdiction())),
    context.labelled('document:cover.meetingDate', meta.date ? new TextRun(context.formatDate(meta.date)) : context.placeholder()),
    context.labelled('document:cover.round', context.typed(meta.round)),
    context.labelled('document:cover.present', context.typed(meta.present)),
    context.labelled('document:cover.generated', new TextRun(context.formatDate(model.generatedAt))),
    context.paragraph({ spacing: { before: 480 }, children: [new TextRun({ text: context.t('ui:disclaimer'), italics: true })] }),
    context.paragraph({ children: [new PageBreak()] }),
  ];
}

/**
 * The contents, once: a list of the document's headings (parts and their clauses, schedules
 * and systems) built from the app's own outline, each a link to its heading's bookmark. Not
 * Word's TOC field: LibreOffice fills that field without page numbers, Google Docs not at all,
 * and Word asks on opening whether to update it; a field pre-filled by us would show page
 * numbers only Word's layout can know. A list of links reads the same in all three, and gives
 * the reader what page numbers are for: a way to the clause.
 */
export function contents(context: RenderContext, outline: readonly OutlinedHeading[]): Paragraph[] {
  return [
    context.paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(context.t('document:contents'))] }),
    ...outline
      .filter((entry) => entry.level <= 2)
      .map(
        (entry) =>
          context.paragraph({
            indent: { left: (entry.level - 1) * 360 },
            spacing: { after: 40 },
            children: [new InternalHyperlink({ anchor: entry.anchor, children: context.runs(headingText(entry), entry.level === 1 ? { bold: true } : {}) })],
          }),
      ),
    context.paragraph({ children: [new PageBreak()] }),
  ];
}
