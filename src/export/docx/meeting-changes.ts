import { TextRun, type Paragraph } from 'docx';
import type { Answer } from '../../engine/negotiation.ts';
import type { AnswerChange, SystemChanges } from '../../engine/rounds.ts';
import type { BriefChanges } from '../document-model.ts';
import { TABLE_TEXT } from './document-styles.ts';
import type { Outline } from './outline.ts';
import type { RenderContext } from './render-context.ts';

/**
 * For the union side: what management said differently since the last meeting, system by
 * system, each answer with what was said then and what is said now. Paragraphs rather than a
 * table, so that a long answer breaks across pages like any text.
 */
export function meetingChangesSection(context: RenderContext, outline: Outline, changes: BriefChanges): Paragraph[] {
  const { t } = context;
  const date = changes.meeting.date ? context.formatDate(changes.meeting.date) : t('ui:changes.noDate');
  return [
    outline.heading({ level: 1, text: t('document:changes.heading') }, { pageBreakBefore: true }),
    context.paragraph(t('document:changes.intro', { number: String(changes.since), date })),
    ...(changes.systems.length === 0 ? [context.paragraph(t('ui:changes.none'))] : changes.systems.flatMap((entry) => systemChanges(context, outline, entry))),
  ];
}

function systemChanges(context: RenderContext, outline: Outline, entry: SystemChanges): Paragraph[] {
  const { t } = context;
  const name = context.oneLine(entry.system.name) || t('ui:changes.unnamedSystem');
  const heading = entry.presence === 'kept' ? name : `${name} (${t(`ui:changes.presence.${entry.presence}`)})`;
  return [
    outline.heading({ level: 2, text: heading }),
    ...(entry.changes.length === 0 ? [context.paragraph(t('ui:changes.systemUnchanged'))] : entry.changes.flatMap((change) => changeParagraphs(context, change))),
  ];
}

function changeParagraphs(context: RenderContext, change: AnswerChange): Paragraph[] {
  const { t } = context;
  return [
    context.paragraph({
      keepNext: true,
      spacing: { before: 160 },
      children: [new TextRun({ text: `${t(`ui:changes.kinds.${change.kind}`)}: `, bold: true }), new TextRun(context.question(change.questionId))],
    }),
    ...version(context, t('ui:changes.then'), change.questionId, change.before),
    ...version(context, t('ui:changes.now'), change.questionId, change.after),
  ];
}

/** "Last meeting: Answered, option. Management's words…", the words on lines of their own. */
function version(context: RenderContext, label: string, questionId: string, answer: Answer | undefined): Paragraph[] {
  const { t } = context;
  const summary = !answer?.status
    ? t('ui:changes.nothing')
    : answer.choice
      ? `${t(`ui:status.${answer.status}`)}${t('document:choice', { choice: t(`${context.flowNs}:questions.${questionId}.options.${answer.choice}`) })}`
      : t(`ui:status.${answer.status}`);
  return [
    context.paragraph({ style: TABLE_TEXT, indent: { left: 360 }, children: [new TextRun({ text: `${label}: `, italics: true }), new TextRun(summary)] }),
    ...(answer?.status && answer.words.trim() ? context.userParagraphs(answer.words, {}, TABLE_TEXT) : []),
  ];
}
