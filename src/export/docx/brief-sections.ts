import { HighlightColor, TableCell, TableLayoutType, TableRow, TextRun, WidthType, type Paragraph, type ParagraphChild, type Table } from 'docx';
import type { SystemEntry } from '../../engine/negotiation.ts';
import type { BriefAnswer } from '../document-model.ts';
import { OUTSTANDING_STATUSES } from '../../engine/flow-types.ts';
import { TABLE_TEXT } from './document-styles.ts';
import type { Outline } from './outline.ts';
import type { RenderContext } from './render-context.ts';
import { tooLongForCell } from './user-text.ts';

interface SystemRecord {
  readonly system: SystemEntry;
  readonly answers: readonly BriefAnswer[];
}

const COLUMNS = ['question', 'status', 'words', 'note', 'floor'] as const;
/**
 * Column widths in twentieths of a point, summing to the text width of an A4 page with the
 * default margins: the question and the texts get the room, the status and the citations less.
 * Equal columns made every row several times taller than its text needed.
 */
const COLUMN_WIDTHS: Readonly<Record<(typeof COLUMNS)[number], number>> = { question: 2600, status: 1150, words: 2000, note: 1900, floor: 1376 };

/**
 * For the union side only: every question put for each system, management's answer, the
 * union's internal note and the legal floor (what the law already guarantees, or nothing),
 * followed by the gaps still to close.
 */
export function recordSection(context: RenderContext, outline: Outline, systems: readonly SystemRecord[]): (Paragraph | Table)[] {
  const { t } = context;
  return [
    outline.heading({ level: 1, text: t('document:record.heading') }, { pageBreakBefore: true }),
    context.paragraph(t('document:record.intro')),
    ...systems.flatMap(({ system, answers }) => {
      const passages = longPassages(answers);
      return [
        outline.heading({ level: 2, text: context.oneLine(system.name) }),
        ...systemFacts(context, system),
        answersTable(context, answers, passages),
        ...passages.flatMap((passage) => passageParagraphs(context, passage)),
        ...gaps(context, answers),
      ];
    }),
  ];
}

/** The system's facts, one labelled paragraph each, with every line the user typed on its own line. */
function systemFacts(context: RenderContext, system: SystemEntry): Paragraph[] {
  const { t } = context;
  return [
    context.labelled('ui:system.vendor', context.typed(system.vendor)),
    context.labelled('ui:system.category', new TextRun(t(`ui:categories.${system.category}`))),
    context.labelled('ui:system.purpose', context.typed(system.purpose)),
    context.labelled('ui:system.affected', context.typed(system.affected)),
  ];
}

type PassageKind = 'words' | 'note';

/** A text too long for its cell, laid out after the table under a numbered label. */
interface Passage {
  readonly number: number;
  readonly kind: PassageKind;
  readonly answer: BriefAnswer;
  readonly text: string;
}

/** Management's words as the table shows them: none until the question has an answer. */
function wordsOf(answer: BriefAnswer): string {
  return answer.status ? answer.words : '';
}

const TEXT_OF: Readonly<Record<PassageKind, (answer: BriefAnswer) => string>> = { words: wordsOf, note: (answer) => answer.note };
const PASSAGE_LABEL: Readonly<Record<PassageKind, string>> = { words: 'document:record.passages.words', note: 'document:record.passages.note' };

/**
 * The words and notes too long for a table cell, numbered from 1 in table order. A row that
 * may not split across pages must fit on one, and LibreOffice takes minutes to lay out (or
 * never finishes) a cell that holds a pasted policy or key; as paragraphs they are quick.
 */
function longPassages(answers: readonly BriefAnswer[]): Passage[] {
  const passages: Passage[] = [];
  for (const answer of answers) {
    for (const kind of ['words', 'note'] as const) {
      const text = TEXT_OF[kind](answer);
      if (tooLongForCell(text)) passages.push({ number: passages.length + 1, kind, answer, text });
    }
  }
  return passages;
}

/** "Passage 2: the internal note in full", the question it answers, then the text, one paragraph per line. */
function passageParagraphs(context: RenderContext, passage: Passage): Paragraph[] {
  const { t } = context;
  return [
    context.paragraph({
      keepNext: true,
      spacing: { before: 200, after: 0 },
      children: [new TextRun({ text: t('document:record.passages.label', { number: String(passage.number), what: t(PASSAGE_LABEL[passage.kind]) }), bold: true })],
    }),
    context.paragraph({ keepNext: true, children: [new TextRun({ text: context.question(passage.answer.questionId), italics: true })] }),
    ...context.userParagraphs(passage.text, { italics: passage.kind === 'note' }),
  ];
}

function cell(context: RenderContext, children: ParagraphChild[]): TableCell {
  return new TableCell({ children: [context.paragraph({ style: TABLE_TEXT, children })] });
}

function answersTable(context: RenderContext, answers: readonly BriefAnswer[], passages: readonly Passage[]): Table {
  const { t } = context;
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: COLUMNS.map((column) => cell(context, [new TextRun({ text: t(`document:record.columns.${column}`), bold: true })])),
  });
  const rows = answers.map(
    (answer) =>
      new TableRow({
        cantSplit: true,
        children: [
          cell(context, [new TextRun(context.question(answer.questionId))]),
          cell(context, statusRuns(context, answer)),
          userCell(context, answer, 'words', passages),
          userCell(context, answer, 'note', passages),
          cell(context, [new TextRun(answer.provisions.length > 0 ? answer.provisions.map((id) => context.citation(id)).join('; ') : t('ui:legal.none'))]),
        ],
      }),
  );
  return context.table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    layout: TableLayoutType.FIXED,
    columnWidths: COLUMNS.map((column) => COLUMN_WIDTHS[column]),
    rows: [header, ...rows],
  });
}

/** The user's words or note in its cell, line by line, or a pointer to the passage after the table that holds it. */
function userCell(context: RenderContext, answer: BriefAnswer, kind: PassageKind, passages: readonly Passage[]): TableCell {
  const italics = kind === 'note';
  const passage = passages.find((candidate) => candidate.answer === answer && candidate.kind === kind);
  if (passage) return cell(context, [new TextRun({ text: context.t('document:record.passages.seeBelow', { number: String(passage.number) }), italics: true })]);
  return new TableCell({ children: context.userParagraphs(TEXT_OF[kind](answer), { italics }, TABLE_TEXT) });
}

function statusRuns(context: RenderContext, answer: BriefAnswer): ParagraphChild[] {
  const { t } = context;
  if (!answer.status) return [new TextRun({ text: t('ui:status.missing'), highlight: HighlightColor.YELLOW })];
  const status = new TextRun({ text: t(`ui:status.${answer.status}`), bold: answer.status !== 'answered' });
  if (!answer.choice) return [status];
  return [status, new TextRun(t('document:choice', { choice: t(`${context.flowNs}:questions.${answer.questionId}.options.${answer.choice}`) }))];
}

/** Questions refused, not known, left to follow up, answered only in part, or never asked. */
function gaps(context: RenderContext, answers: readonly BriefAnswer[]): Paragraph[] {
  const { t } = context;
  const open = answers.filter((answer) => !answer.status || OUTSTANDING_STATUSES.includes(answer.status));
  return [
    context.paragraph({ spacing: { before: 200 }, children: [new TextRun({ text: t('document:brief.gapsHeading'), bold: true })] }),
    ...(open.length === 0
      ? [context.paragraph(t('document:brief.noGaps'))]
      : open.map(
          (answer) =>
            // A summary of the table above, set as compactly as the table itself.
            context.paragraph({
              bullet: { level: 0 },
              style: TABLE_TEXT,
              spacing: { after: 40 },
              children: [new TextRun({ text: `${t(`ui:status.${answer.status ?? 'missing'}`)}: `, bold: true }), new TextRun(context.question(answer.questionId))],
            }),
        )),
  ];
}
