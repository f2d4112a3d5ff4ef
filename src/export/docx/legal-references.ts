import type { Paragraph } from 'docx';
import type { Outline } from './outline.ts';
import type { RenderContext } from './render-context.ts';

/**
 * Every provision the footnotes cite, once, in full: what it gives, its official link, how sure
 * we are of it and when it was reviewed. Footnotes stay short; the lawyer reads the detail here.
 */
export function legalReferences(context: RenderContext, outline: Outline): Paragraph[] {
  if (context.cited.length === 0) return [];
  return [
    outline.heading({ level: 1, text: context.t('document:references.heading') }),
    context.paragraph(context.t('document:references.intro', { jurisdiction: context.jurisdiction() })),
    ...context.cited.map((id) => context.provisionEntry(id)),
  ];
}
