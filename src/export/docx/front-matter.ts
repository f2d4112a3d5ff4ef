import { HeadingLevel, PageBreak, Paragraph, TableOfContents, TextRun } from 'docx';
import type { DocumentModel } from '../document-model.ts';
import type { OutlineEntry } from './outline.ts';
import type { RenderContext } from './render-context.ts';

/** The cover: title, marking, parties, jurisdiction, dates and the not-legal-advice notice. */
export function cover(context: RenderContext, model: DocumentModel, title: string, marking: string): Paragraph[] {
  const { meta } = model;
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(title)] }),
    new Paragraph({ children: [new TextRun({ text: marking, bold: true, color: 'B00020', size: 28 })] }),
    context.labelled('document:cover.union', context.typed(meta.union)),
    context.labelled('document:cover.employer', context.typed(meta.employer)),
    context.labelled('document:cover.workplace', context.typed(meta.workplace)),
    context.labelled('document:cover.jurisdiction', new TextRun(context.jurisdiction())),
    context.labelled('document:cover.meetingDate', meta.date ? new TextRun(context.formatDate(meta.date)) : context.placeholder()),
    context.labelled('document:cover.round', context.typed(meta.round)),
    context.labelled('document:cover.present', context.typed(meta.present)),
    context.labelled('document:cover.generated', new TextRun(context.formatDate(model.generatedAt))),
    new Paragraph({ spacing: { before: 480 }, children: [new TextRun({ text: context.t('ui:disclaimer'), italics: true })] }),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

/**
 * The contents: Word's field, which Word fills when it opens the file, and a fixed list of the
 * same headings for readers that never update fields.
 */
export function contents(context: RenderContext, outline: readonly OutlineEntry[]): (Paragraph | TableOfContents)[] {
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(context.t('document:contents'))] }),
    new TableOfContents(context.t('document:contents'), { hyperlink: true, headingStyleRange: '1-3' }),
    new Paragraph({ spacing: { before: 240 }, children: [new TextRun({ text: context.t('document:outline'), italics: true })] }),
    ...outline.map(
      (entry) =>
        new Paragraph({
          indent: { left: (entry.level - 1) * 360 },
          spacing: { after: 40 },
          children: [new TextRun(entry.number ? `${entry.number}  ${entry.text}` : entry.text)],
        }),
    ),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}
