import { HighlightColor, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, type ParagraphChild } from 'docx';
import { GAP_STATUSES } from '../../engine/flow-types.ts';
import type { SystemEntry } from '../../engine/negotiation.ts';
import type { BriefAnswer } from '../document-model.ts';
import { xmlSafe } from '../xml-safe.ts';
import type { Outline } from './outline.ts';
import type { RenderContext } from './render-context.ts';

interface SystemRecord {
  readonly system: SystemEntry;
  readonly answers: readonly BriefAnswer[];
}

const COLUMNS = ['question', 'status', 'words', 'note', 'floor'] as const;

/**
 * For the union side only: every question put for each system, management's answer, the
 * union's internal note and the legal floor (what the law already guarantees, or nothing),
 * followed by the gaps still to close.
 */
export function recordSection(context: RenderContext, outline: Outline, systems: readonly SystemRecord[]): (Paragraph | Table)[] {
  const { t } = context;
  return [
    outline.heading({ level: 1, text: t('document:record.heading') }, { pageBreakBefore: true }),
    new Paragraph(t('document:record.intro')),
    ...systems.flatMap(({ system, answers }) => [
      outline.heading({ level: 2, text: xmlSafe(system.name) }),
      systemFacts(context, system),
      answersTable(context, answers),
      ...gaps(context, answers),
    ]),
  ];
}

function systemFacts(context: RenderContext, system: SystemEntry): Paragraph {
  const { t } = context;
  const fact = (labelKey: string, value: TextRun, last = false) => [
    new TextRun({ text: t('document:labelled', { label: t(labelKey) }), bold: true }),
    value,
    ...(last ? [] : [new TextRun({ text: '', break: 1 })]),
  ];
  return new Paragraph({
    children: [
      ...fact('ui:system.vendor', context.typed(system.vendor)),
      ...fact('ui:system.category', new TextRun(t(`ui:categories.${system.category}`))),
      ...fact('ui:system.purpose', context.typed(system.purpose)),
      ...fact('ui:system.affected', context.typed(system.affected), true),
    ],
  });
}

function cell(children: ParagraphChild[]): TableCell {
  return new TableCell({ children: [new Paragraph({ children })] });
}

function answersTable(context: RenderContext, answers: readonly BriefAnswer[]): Table {
  const { t } = context;
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: COLUMNS.map((column) => cell([new TextRun({ text: t(`document:record.columns.${column}`), bold: true })])),
  });
  const rows = answers.map(
    (answer) =>
      new TableRow({
        cantSplit: true,
        children: [
          cell([new TextRun(context.question(answer.questionId))]),
          cell(statusRuns(context, answer)),
          cell([new TextRun(answer.status ? xmlSafe(answer.words) : '')]),
          cell([new TextRun({ text: xmlSafe(answer.note), italics: true })]),
          cell([new TextRun(answer.provisions.length > 0 ? answer.provisions.map((id) => context.citation(id)).join('; ') : t('ui:legal.none'))]),
        ],
      }),
  );
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] });
}

function statusRuns(context: RenderContext, answer: BriefAnswer): ParagraphChild[] {
  const { t } = context;
  if (!answer.status) return [new TextRun({ text: t('ui:status.missing'), highlight: HighlightColor.YELLOW })];
  const status = new TextRun({ text: t(`ui:status.${answer.status}`), bold: answer.status !== 'answered' });
  if (!answer.choice) return [status];
  return [status, new TextRun(t('document:choice', { choice: t(`${context.flowNs}:questions.${answer.questionId}.options.${answer.choice}`) }))];
}

/** Questions refused, not known, left to follow up, or never asked. */
function gaps(context: RenderContext, answers: readonly BriefAnswer[]): Paragraph[] {
  const { t } = context;
  const open = answers.filter((answer) => !answer.status || GAP_STATUSES.includes(answer.status));
  return [
    new Paragraph({ spacing: { before: 200 }, children: [new TextRun({ text: t('document:brief.gapsHeading'), bold: true })] }),
    ...(open.length === 0
      ? [new Paragraph(t('document:brief.noGaps'))]
      : open.map(
          (answer) =>
            new Paragraph({
              bullet: { level: 0 },
              children: [new TextRun({ text: `${t(`ui:status.${answer.status ?? 'missing'}`)}: `, bold: true }), new TextRun(context.question(answer.questionId))],
            }),
        )),
  ];
}
