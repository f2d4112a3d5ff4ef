import { HighlightColor, Paragraph, TextRun } from 'docx';
import type { SystemEntry } from '../../engine/negotiation.ts';
import type { NegotiationMeta } from '../../engine/negotiation.ts';
import type { ProposedClause } from '../document-model.ts';
import { PLACEHOLDER_END, PLACEHOLDER_START, splitPlaceholders } from '../xml-safe.ts';
import { CLAUSE_NUMBERING } from './document-styles.ts';
import type { Outline } from './outline.ts';
import type { RenderContext } from './render-context.ts';
import { lineRuns, userInline, userOneLine } from './user-text.ts';

interface SystemWithClauses {
  readonly system: SystemEntry;
  readonly clauses: readonly ProposedClause[];
}

/**
 * The proposed clauses, numbered 1 / 1.1 / 1.1.1 by Word: a number per system, a sub-number
 * per clause, each clause's legal basis in a footnote, management's facts quoted into the text
 * and a highlighted placeholder wherever a fact is missing.
 */
export function clausesSection(context: RenderContext, outline: Outline, meta: NegotiationMeta, systems: readonly SystemWithClauses[]): Paragraph[] {
  const { t } = context;
  return [
    outline.heading({ level: 1, text: t('document:clauses.heading') }, { pageBreakBefore: true }),
    new Paragraph(t('document:clauses.intro')),
    ...systems.flatMap(({ system, clauses }, systemIndex) => [
      outline.heading({ level: 2, text: userOneLine(system.name), number: `${systemIndex + 1}` }, { numbering: { reference: CLAUSE_NUMBERING, level: 0 } }),
      ...(clauses.length === 0
        ? [new Paragraph(t('document:clauses.none'))]
        : clauses.flatMap((clause, clauseIndex) => clauseParagraphs(context, outline, meta, system, clause, `${systemIndex + 1}.${clauseIndex + 1}`))),
    ]),
  ];
}

function clauseParagraphs(context: RenderContext, outline: Outline, meta: NegotiationMeta, system: SystemEntry, clause: ProposedClause, number: string): Paragraph[] {
  const { t } = context;
  // Management's facts are quoted whole, a pasted list keeping its lines (see user-text.ts).
  const mark = (value: string | null) => (value === null ? `${PLACEHOLDER_START}${t('document:placeholder')}${PLACEHOLDER_END}` : userInline(value));
  const given = (value: string) => mark(value.trim() || null);
  const body = t(`clauses:${clause.clauseId}.body`, {
    system: userOneLine(system.name),
    vendor: given(system.vendor),
    purpose: given(system.purpose),
    employer: given(meta.employer),
    union: given(meta.union),
    ...Object.fromEntries(Object.entries(clause.facts).map(([name, value]) => [name, mark(value)])),
  });
  return [
    outline.heading(
      { level: 3, text: t(`clauses:${clause.clauseId}.heading`), number },
      { numbering: { reference: CLAUSE_NUMBERING, level: 1 }, after: [context.legalFootnote(clause.provisions)] },
    ),
    new Paragraph({
      children: splitPlaceholders(withoutDoubledStops(body)).flatMap((piece) =>
        piece.placeholder ? [new TextRun({ text: piece.text, highlight: HighlightColor.YELLOW })] : lineRuns(piece.text),
      ),
    }),
    ...clause.items.map(
      (questionId) => new Paragraph({ numbering: { reference: CLAUSE_NUMBERING, level: 2 }, children: [new TextRun(context.question(questionId))] }),
    ),
  ];
}

/** A quoted value that ends a sentence ("Acme B.V.") must not leave ".." behind it. */
function withoutDoubledStops(text: string): string {
  return text.replace(new RegExp(`(?<!\\.)\\.(${PLACEHOLDER_END}?)\\.(?!\\.)`, 'g'), '.$1');
}
