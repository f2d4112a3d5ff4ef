import { TableBorders, TableCell, TableRow, TextRun, WidthType, type Paragraph, type Table } from 'docx';
import type { NegotiationMeta } from '../../engine/negotiation.ts';
import { standingNumber } from '../agreement.ts';
import type { Outline } from './outline.ts';
import type { RenderContext } from './render-context.ts';

/** Terms the clauses rely on; their wording lives in `document.json`. The parties come first: the clauses name them by these terms. */
export const DEFINED_TERMS = ['employer', 'union', 'worker', 'personal-data', 'digital-system', 'system', 'monitoring', 'automated-decision', 'inference'] as const;

/** Clause 1 of the general provisions: the defined terms, the parties' names among them. */
function definition(context: RenderContext, term: string, meaning: string): Paragraph {
  return context.paragraph({ children: [new TextRun({ text: context.t('document:labelled', { label: term }), bold: true }), ...context.runs(meaning)] });
}

export function definitions(context: RenderContext, outline: Outline, meta: NegotiationMeta): Paragraph[] {
  const { t } = context;
  const values = { employer: context.inlineTyped(meta.employer), union: context.inlineTyped(meta.union), scope: standingNumber('scope') };
  return [
    outline.heading({ level: 2, text: t('document:definitions.heading'), number: standingNumber('definitions') }),
    context.paragraph(t('document:definitions.intro')),
    ...DEFINED_TERMS.map((term) => definition(context, t(`document:definitions.terms.${term}.term`), t(`document:definitions.terms.${term}.meaning`, values))),
    // Then the bodies and offices the jurisdiction's law names (works council, information officer).
    ...context.flow.terms.map((term) => definition(context, t(`${context.flowNs}:terms.${term}.term`), t(`${context.flowNs}:terms.${term}.meaning`))),
  ];
}

/** Two signature blocks, the employer's and the union's, side by side. */
export function signatures(context: RenderContext, outline: Outline, meta: NegotiationMeta): (Paragraph | Table)[] {
  const { t } = context;
  const block = (forKey: string, party: string) =>
    new TableCell({
      width: { size: 50, type: WidthType.PERCENTAGE },
      children: [
        context.paragraph({ children: context.runs(t(forKey, { party: context.oneLine(party) || t('document:placeholder') }), { bold: true }) }),
        ...['signature', 'name', 'position', 'date'].map(
          (line) => context.paragraph({ spacing: { before: 360 }, children: [new TextRun(`${t(`document:signatures.${line}`)} ____________________`)] }),
        ),
      ],
    });
  return [
    outline.heading({ level: 1, text: t('document:signatures.heading') }),
    context.paragraph(t('document:signatures.intro')),
    context.table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      borders: TableBorders.NONE,
      rows: [new TableRow({ cantSplit: true, children: [block('document:signatures.forEmployer', meta.employer), block('document:signatures.forUnion', meta.union)] })],
    }),
  ];
}
