import { Paragraph, Table, TableBorders, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { NegotiationMeta } from '../../engine/negotiation.ts';
import { userOneLine } from './user-text.ts';
import type { Outline } from './outline.ts';
import type { RenderContext } from './render-context.ts';

/** Terms the clauses rely on; their wording lives in `document.json`. */
export const DEFINED_TERMS = ['personal-data', 'digital-system', 'monitoring', 'automated-decision', 'inference', 'representatives'] as const;

export function definitions(context: RenderContext, outline: Outline): Paragraph[] {
  const { t } = context;
  return [
    outline.heading({ level: 1, text: t('document:definitions.heading') }),
    new Paragraph(t('document:definitions.intro')),
    ...DEFINED_TERMS.map(
      (term) =>
        new Paragraph({
          children: [
            new TextRun({ text: t('document:labelled', { label: t(`document:definitions.terms.${term}.term`) }), bold: true }),
            new TextRun(t(`document:definitions.terms.${term}.meaning`)),
          ],
        }),
    ),
  ];
}

/** Two signature blocks, the employer's and the union's, side by side. */
export function signatures(context: RenderContext, outline: Outline, meta: NegotiationMeta): (Paragraph | Table)[] {
  const { t } = context;
  const block = (forKey: string, party: string) =>
    new TableCell({
      width: { size: 50, type: WidthType.PERCENTAGE },
      children: [
        new Paragraph({ children: [new TextRun({ text: t(forKey, { party: userOneLine(party) || t('document:placeholder') }), bold: true })] }),
        ...['signature', 'name', 'position', 'date'].map(
          (line) => new Paragraph({ spacing: { before: 360 }, children: [new TextRun(`${t(`document:signatures.${line}`)} ____________________`)] }),
        ),
      ],
    });
  return [
    outline.heading({ level: 1, text: t('document:signatures.heading') }, { pageBreakBefore: true }),
    new Paragraph(t('document:signatures.intro')),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      borders: TableBorders.NONE,
      rows: [new TableRow({ cantSplit: true, children: [block('document:signatures.forEmployer', meta.employer), block('document:signatures.forUnion', meta.union)] })],
    }),
  ];
}
