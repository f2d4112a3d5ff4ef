import { TextRun, type Paragraph } from 'docx';
import type { LetterModel } from '../document-model.ts';
import { ITEM_NUMBERING } from './document-styles.ts';
import type { Outline } from './outline.ts';
import type { RenderContext } from './render-context.ts';

/**
 * The information request: each question management refused, could not answer or answered
 * only in part (its partial words quoted back, and the rest asked for), the provisions that
 * oblige an answer where there are any (an honest "we ask" where there are none), and the date
 * by which to reply. Requests restart at 1 for each system.
 */
export function letterBody(context: RenderContext, outline: Outline, model: LetterModel): Paragraph[] {
  const { t } = context;
  const { meta } = model;
  const party = (value: string) => context.oneLine(value) || t('document:placeholder');
  return [
    context.labelled('document:letter.to', context.typed(meta.employer)),
    context.labelled('document:letter.from', context.typed(meta.union)),
    context.labelled('document:letter.date', new TextRun(context.formatDate(model.date))),
    context.paragraph({ spacing: { before: 240 }, children: context.runs(t('document:letter.subject', { workplace: party(meta.workplace) }), { bold: true }) }),
    context.paragraph({ children: context.runs(t('document:letter.opening', { employer: party(meta.employer) })) }),
    ...(model.systems.length === 0 ? [context.paragraph(t('document:letter.nothing'))] : []),
    ...model.systems.flatMap(({ system, requests }, systemIndex) => [
      outline.heading({ level: 2, text: context.oneLine(system.name) }),
      ...requests.flatMap((request) => [
        context.paragraph({
          numbering: { reference: ITEM_NUMBERING, level: 0, instance: systemIndex + 1 },
          children: [new TextRun(context.question(request.questionId)), new TextRun({ text: ` (${t(`document:letter.status.${request.status}`)})`, italics: true })],
        }),
        ...(request.status === 'partly' ? [partialAnswer(context, request.words ?? '')] : []),
        context.paragraph({
          indent: { left: 567 },
          children: [
            new TextRun({
              text:
                request.provisions.length > 0
                  ? t('document:letter.obliged', { citations: request.provisions.map((id) => context.citation(id)).join('; ') })
                  : t('document:letter.request'),
              italics: true,
            }),
          ],
        }),
      ]),
    ]),
    context.paragraph({ spacing: { before: 240 }, children: [new TextRun({ text: t('document:letter.deadline', { date: context.formatDate(model.deadline) }), bold: true })] }),
    context.paragraph(t('document:letter.closing')),
    context.paragraph({ spacing: { before: 480 }, children: context.runs(t('document:letter.signature', { party: party(meta.union) })) }),
  ];
}

/** "You answered in part: “…”. Please complete your answer." Management's own words, never a note. */
function partialAnswer(context: RenderContext, words: string): Paragraph {
  const { t } = context;
  const children =
    words.trim() === ''
      ? [new TextRun(t('document:letter.partlyNoWords'))]
      : [new TextRun(t('document:letter.partlyBefore')), ...context.typed(words), new TextRun(t('document:letter.partlyAfter'))];
  return context.paragraph({ indent: { left: 567 }, children });
}
