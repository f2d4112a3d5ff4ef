import { AlignmentType, LevelFormat, type INumberingOptions, type IStylesOptions } from 'docx';
import { LANGUAGE_TAGS, type Language } from '../engine/negotiation.ts';

export const CLAUSE_NUMBERING = 'clauses';

// Metric-compatible fonts ship with LibreOffice (Liberation) and every Word install.
const FONT = 'Times New Roman';
const HEADING_FONT = 'Arial';

/** Styles defined once; the renderer refers to them by heading level only. */
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

/** Clause numbers 1 / 1.1 / 1.1.1, applied to the system and clause headings and their items. */
export const NUMBERING: INumberingOptions = {
  config: [
    {
      reference: CLAUSE_NUMBERING,
      levels: [
        { level: 0, format: LevelFormat.DECIMAL, text: '%1', alignment: AlignmentType.START, style: { paragraph: { indent: { left: 567, hanging: 567 } } } },
        { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2', alignment: AlignmentType.START, style: { paragraph: { indent: { left: 567, hanging: 567 } } } },
        { level: 2, format: LevelFormat.DECIMAL, text: '%1.%2.%3', alignment: AlignmentType.START, style: { paragraph: { indent: { left: 1134, hanging: 567 } } } },
      ],
    },
  ],
};
