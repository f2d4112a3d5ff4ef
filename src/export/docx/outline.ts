import { Bookmark, HeadingLevel, type Paragraph, type ParagraphChild } from 'docx';
import type { RenderContext } from './render-context.ts';

export interface OutlineEntry {
  readonly level: 1 | 2 | 3;
  readonly text: string;
  /** The clause's number, written into the heading itself (see `general-provisions.ts`). */
  readonly number?: string;
}

/** An entry as written: its heading text and the bookmark the contents link to. */
export interface OutlinedHeading extends OutlineEntry {
  readonly anchor: string;
}

const HEADING = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/** A heading's text as every reader shows it: "3. Retention and deletion". */
export function headingText(entry: OutlineEntry): string {
  return entry.number ? `${entry.number}. ${entry.text}` : entry.text;
}

/**
 * Makes the document's headings and remembers them, each inside a bookmark, so that the
 * contents can be a list of links to them built by the app itself (see `front-matter.ts`).
 */
export class Outline {
  readonly entries: OutlinedHeading[] = [];
  private readonly context: Pick<RenderContext, 'paragraph' | 'runs'>;

  /** `context` makes the headings' paragraphs and runs, in the document's direction. */
  constructor(context: Pick<RenderContext, 'paragraph' | 'runs'>) {
    this.context = context;
  }

  heading(
    entry: OutlineEntry,
    options: { readonly numbering?: { readonly reference: string; readonly level: number; readonly instance?: number }; readonly pageBreakBefore?: boolean; readonly after?: readonly ParagraphChild[] } = {},
  ): Paragraph {
    // Bookmark names are the document's own, so the same model always gives the same names.
    const anchor = `h${this.entries.length + 1}`;
    this.entries.push({ ...entry, anchor });
    return this.context.paragraph({
      heading: HEADING[entry.level],
      ...(options.numbering ? { numbering: options.numbering } : {}),
      ...(options.pageBreakBefore ? { pageBreakBefore: true } : {}),
      // A heading may name a system the user typed (`RenderContext.oneLine`): `runs` keeps it apart.
      children: [new Bookmark({ id: anchor, children: this.context.runs(headingText(entry)) }), ...(options.after ?? [])],
    });
  }
}
