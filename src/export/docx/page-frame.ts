import { Footer, Header, PageNumber, Paragraph, TextRun, AlignmentType } from 'docx';
import type { RenderContext } from './render-context.ts';

/** The running header (the document's title) and footer ("Page X of Y") of every page. */
export function pageFrame(context: RenderContext, title: string) {
  const { t } = context;
  return {
    headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.END, children: [new TextRun({ text: title, size: 18, color: '555555' })] })] }) },
    footers: {
      default: new Footer({
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ size: 18, children: [t('document:page.before'), PageNumber.CURRENT, t('document:page.between'), PageNumber.TOTAL_PAGES] })],
          }),
        ],
      }),
    },
  };
}
