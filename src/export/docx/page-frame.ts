import { Footer, Header, PageNumber, TextRun, AlignmentType } from 'docx';
import type { RenderContext } from './render-context.ts';

/**
 * The running header (the document's title, and its marking when it has one that must be seen on
 * every page, such as the brief's "internal") and the footer ("Page X of Y") of every page.
 */
export function pageFrame(context: RenderContext, title: string, marking?: string) {
  const { t } = context;
  const markingRun = (text: string) => new TextRun({ text, size: 18, bold: true, color: 'B00020' });
  const header = (children: TextRun[]) => new Header({ children: [context.paragraph({ alignment: AlignmentType.END, children })] });
  return {
    headers: {
      default: header([...(marking ? [markingRun(`${marking} · `)] : []), new TextRun({ text: title, size: 18, color: '555555' })]),
      // The cover page has a header of its own (empty unless there is a marking), its title being on the page.
      ...(marking ? { first: header([markingRun(marking)]) } : {}),
    },
    footers: {
      default: new Footer({
        children: [
          context.paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ size: 18, children: [t('document:page.before'), PageNumber.CURRENT, t('document:page.between'), PageNumber.TOTAL_PAGES] })],
          }),
        ],
      }),
    },
  };
}
