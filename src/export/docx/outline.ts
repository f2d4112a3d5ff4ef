import { HeadingLevel, Paragraph, TextRun, type ParagraphChild } from 'docx';

export interface OutlineEntry {
  readonly level: 1 | 2 | 3;
  readonly text: string;
  /** The number Word's numbering shows, written out for readers that do not update fields. */
  readonly number?: string;
}

const HEADING = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/**
 * Makes the document's headings and remembers them, so that a static list of headings can
 * stand beside the contents field: Google Docs and LibreOffice do not update fields on open.
 */
export class Outline {
  readonly entries: OutlineEntry[] = [];

  heading(entry: OutlineEntry, options: { readonly numbering?: { readonly reference: string; readonly level: number; readonly instance?: number }; readonly pageBreakBefore?: boolean; readonly after?: readonly ParagraphChild[] } = {}): Paragraph {
    this.entries.push(entry);
    return new Paragraph({
      heading: HEADING[entry.level],
      ...(options.numbering ? { numbering: options.numbering } : {}),
      ...(options.pageBreakBefore ? { pageBreakBefore: true } : {}),
      children: [new TextRun(entry.text), ...(options.after ?? [])],
    });
  }
}

