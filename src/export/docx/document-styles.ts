import { AlignmentType, LevelFormat, type INumberingOptions, type IStylesOptions } from 'docx';
import { LANGUAGE_TAGS, type Language } from '../../engine/negotiation.ts';

export const CLAUSE_NUMBERING = 'clauses';
export const REQUEST_NUMBERING = 'requests';

// Metric-compatible fonts ship with LibreOffice (Liberation) and every Word install.
const FONT = 'Times New Roman';
const HEADING_FONT = 'Arial';

/** Styles defined once; the layout refers to them by heading level only. */
export function documentStyles(language: Language): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: FONT, size: 22, language: { value: LANGUAGE_TAGS[language] } },
        paragraph: { spacing: { after: 120, line: 276 } },
      },
      title: { run: { font: HEADING_FONT, size: 44, bold: true } },
      heading1: { run: { font: HEADING_FONT, size: 32, bold: true, color: '1F3A5F' }, paragraph: { spacing: { before: 360, after: 160 }, keepNext: true } },
      heading2: { run: { font: HEADING_FONT, size: 26, bold: true, color: '1F3A5F' }, paragraph: { spacing: { before: 280, after: 120 }, keepNext: true } },
      heading3: { run: { font: HEADING_FONT, size: 22, bold: true }, paragraph: { spacing: { before: 200, after: 80 }, keepNext: true } },
    },
  };
}

const indent = (left: number) => ({ paragraph: { indent: { left, hanging: 567 } } });

/**
 * Clause numbers 1 / 1.1 / 1.1.1 (one list through the document: a system's clauses continue
 * its number), and the letter's requests 1, 2, 3, which restart for each system through a
 * separate numbering instance.
 */
export const NUMBERING: INumberingOptions = {
  config: [
    {
      reference: CLAUSE_NUMBERING,
      levels: [
        { level: 0, format: LevelFormat.DECIMAL, text: '%1', alignment: AlignmentType.START, style: indent(567) },
        { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2', alignment: AlignmentType.START, style: indent(567) },
        { level: 2, format: LevelFormat.DECIMAL, text: '%1.%2.%3', alignment: AlignmentType.START, style: indent(1134) },
      ],
    },
    {
      reference: REQUEST_NUMBERING,
      levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START, style: indent(567) }],
    },
  ],
};
