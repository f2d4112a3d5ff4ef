import { AlignmentType, LevelFormat, type INumberingOptions, type IStylesOptions } from 'docx';
import { LANGUAGE_TAGS, type Language } from '../../engine/negotiation.ts';

/** Numbered lists that restart at 1 in each schedule (outstanding questions) or letter section (requests). */
export const ITEM_NUMBERING = 'items';
/** The style of a table cell's paragraphs: smaller and tighter, so that a row of five columns stays a few lines high. */
export const TABLE_TEXT = 'TableText';
/** The legal references annex: reference matter, a size smaller than the clauses. */
export const REFERENCE_TEXT = 'ReferenceText';

// Metric-compatible fonts ship with LibreOffice (Liberation) and every Word install.
const FONT = 'Times New Roman';
const HEADING_FONT = 'Arial';

/**
 * Styles defined once; the layout refers to them by heading level only. The document's language
 * is set on every run, for Word's spell-checker; a right-to-left document (`rightToLeftTag`,
 * its script's language) makes every run right to left (`w:rtl`) and names the language of
 * its right-to-left text (`w:lang w:bidi`). The runs of what the user typed say they are not
 * (`lineRuns`), and paragraphs take their direction where they are made (`RenderContext.paragraph`):
 * docx's styles cannot carry it.
 */
export function documentStyles(language: Language, rightToLeftTag?: string): IStylesOptions {
  const rightToLeft = rightToLeftTag === undefined ? {} : { rightToLeft: true };
  return {
    default: {
      document: {
        run: { font: FONT, size: 22, ...rightToLeft, language: { value: LANGUAGE_TAGS[language], ...(rightToLeftTag === undefined ? {} : { bidirectional: rightToLeftTag }) } },
        paragraph: { spacing: { after: 120, line: 276 } },
      },
      title: { run: { font: HEADING_FONT, size: 44, bold: true } },
      heading1: { run: { font: HEADING_FONT, size: 32, bold: true, color: '1F3A5F' }, paragraph: { spacing: { before: 360, after: 160 }, keepNext: true } },
      heading2: { run: { font: HEADING_FONT, size: 26, bold: true, color: '1F3A5F' }, paragraph: { spacing: { before: 280, after: 120 }, keepNext: true } },
      heading3: { run: { font: HEADING_FONT, size: 22, bold: true }, paragraph: { spacing: { before: 200, after: 80 }, keepNext: true } },
      // Footnotes hold citations and links only (the legal references annex has the rest).
      footnoteText: { run: { size: 17 }, paragraph: { spacing: { after: 0, line: 240 } } },
    },
    paragraphStyles: [
      { id: TABLE_TEXT, name: 'Table Text', basedOn: 'Normal', run: { size: 18 }, paragraph: { spacing: { after: 0, line: 240 } } },
      { id: REFERENCE_TEXT, name: 'Reference Text', basedOn: 'Normal', run: { size: 19 }, paragraph: { spacing: { after: 80, line: 240 } } },
    ],
  };
}

const indent = (left: number) => ({ paragraph: { indent: { left, hanging: 567 } } });

/**
 * Lists numbered 1, 2, 3 that restart for each schedule or each system of the letter, through
 * a separate numbering instance each. Clause numbers are not a Word list: they are written into
 * the headings, so that the schedules' citations always match (see `general-provisions.ts`).
 */
export const NUMBERING: INumberingOptions = {
  config: [
    {
      reference: ITEM_NUMBERING,
      levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START, style: indent(567) }],
    },
  ],
};
