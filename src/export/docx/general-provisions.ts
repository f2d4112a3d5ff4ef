import type { Paragraph } from 'docx';
import type { NegotiationMeta } from '../../engine/negotiation.ts';
import { standingNumber } from '../agreement.ts';
import type { GeneralClause } from '../document-model.ts';
import type { Outline } from './outline.ts';
import { definitions } from './proposal-parts.ts';
import type { RenderContext } from './render-context.ts';

/**
 * The general provisions: definitions, scope, then every proposed clause once, each with its
 * legal basis in a footnote. Numbers are written into the headings rather than left to Word's
 * list numbering: the schedules cite them as text, and a number Word recomputed (after an
 * edit, or differently in another reader) could no longer match the schedules' citations.
 */
export function generalProvisions(context: RenderContext, outline: Outline, meta: NegotiationMeta, general: readonly GeneralClause[]): Paragraph[] {
  const { t } = context;
  return [
    outline.heading({ level: 1, text: t('document:clauses.heading') }),
    context.paragraph(t('document:clauses.intro')),
    ...definitions(context, outline, meta),
    outline.heading({ level: 2, text: t('document:scope.heading'), number: standingNumber('scope') }),
    context.paragraph({ children: context.runs(t('document:scope.body', { workplace: context.inlineTyped(meta.workplace) })) }),
    ...general.flatMap((clause) => [
      outline.heading({ level: 2, text: t(`clauses:${clause.clauseId}.heading`), number: String(clause.number) }, { after: [context.legalFootnote(clause.bases)] }),
      context.paragraph(t(`clauses:${clause.clauseId}.body`)),
    ]),
  ];
}
