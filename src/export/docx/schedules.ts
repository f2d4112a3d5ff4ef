import { TextRun, type Paragraph } from 'docx';
import { INFORMATION_CLAUSE_ID } from '../../engine/flow-types.ts';
import type { SystemEntry } from '../../engine/negotiation.ts';
import type { GeneralClause, ProposedClause } from '../document-model.ts';
import { ITEM_NUMBERING } from './document-styles.ts';
import type { Outline } from './outline.ts';
import type { RenderContext } from './render-context.ts';

interface ScheduledSystem {
  readonly system: SystemEntry;
  readonly clauses: readonly ProposedClause[];
}

/**
 * A schedule per system, in the order of the systems: only what differs between them. The
 * system's facts as management stated them (a highlighted placeholder where it did not), the
 * general provisions that apply to it by number and heading, and the questions still
 * outstanding under the information clause.
 */
export function schedules(context: RenderContext, outline: Outline, general: readonly GeneralClause[], systems: readonly ScheduledSystem[]): Paragraph[] {
  const { t } = context;
  const numberOf = new Map(general.map((clause) => [clause.clauseId, clause.number]));
  return [
    outline.heading({ level: 1, text: t('document:schedules.heading') }),
    context.paragraph(t('document:schedules.intro')),
    ...systems.flatMap(({ system, clauses }, index) => {
      const numbered = clauses
        .map((clause) => ({ clause, number: numberOf.get(clause.clauseId) ?? 0 }))
        .sort((a, b) => a.number - b.number);
      return [
        outline.heading({ level: 2, text: t('document:schedules.title', { number: String(index + 1), system: context.oneLine(system.name) }) }),
        context.labelled('document:schedules.vendor', context.typed(system.vendor)),
        context.labelled('document:schedules.purpose', context.typed(system.purpose)),
        ...numbered.flatMap(({ clause, number }) => factParagraphs(context, clause, number)),
        appliesParagraph(context, numbered),
        ...outstanding(context, numbered, index + 1),
      ];
    }),
  ];
}

/** "Retention period stated by the Employer (clause 14): 90 days", or the placeholder. */
function factParagraphs(context: RenderContext, clause: ProposedClause, number: number): Paragraph[] {
  const { t } = context;
  return Object.entries(clause.facts).map(([name, value]) =>
    context.paragraph({
      children: [
        new TextRun({ text: t('document:labelled', { label: t('document:schedules.fact', { fact: t(`clauses:${clause.clauseId}.facts.${name}`), number: String(number) }) }), bold: true }),
        ...(value === null ? [context.placeholder()] : context.typed(value)),
      ],
    }),
  );
}

function appliesParagraph(context: RenderContext, numbered: readonly { readonly clause: ProposedClause; readonly number: number }[]): Paragraph {
  const { t } = context;
  const list = numbered.map(({ clause, number }) => t('document:schedules.reference', { number: String(number), heading: t(`clauses:${clause.clauseId}.heading`) })).join('; ');
  return context.paragraph({
    children: [new TextRun({ text: t('document:labelled', { label: t('document:schedules.applies') }), bold: true }), new TextRun(numbered.length === 0 ? t('document:clauses.none') : list)],
  });
}

/** The information clause's questions for this system, numbered from 1 in each schedule. */
function outstanding(context: RenderContext, numbered: readonly { readonly clause: ProposedClause; readonly number: number }[], schedule: number): Paragraph[] {
  const information = numbered.find(({ clause }) => clause.clauseId === INFORMATION_CLAUSE_ID);
  if (!information) return [];
  return [
    context.paragraph({ keepNext: true, children: [new TextRun({ text: context.t('document:schedules.outstanding', { number: String(information.number) }), bold: true })] }),
    ...information.clause.items.map(
      (questionId) => context.paragraph({ numbering: { reference: ITEM_NUMBERING, level: 0, instance: schedule }, spacing: { after: 40 }, children: [new TextRun(context.question(questionId))] }),
    ),
  ];
}
