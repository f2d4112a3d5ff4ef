import { FootnoteReferenceRun, HighlightColor, Paragraph, Table, TextRun, type IParagraphOptions, type ITableOptions } from 'docx';
import type { FlowDefinition } from '../../engine/flow-types.ts';
import type { Language } from '../../engine/negotiation.ts';
import { formatDay } from '../../i18n/format-date.ts';
import { jurisdictionName } from '../../i18n/jurisdiction-name.ts';
import { citeProvision, findProvision, provisionDates } from '../../i18n/legal-citation.ts';
import { flowNamespace } from '../../i18n/namespaces.ts';
import { isolate, type TextDirection } from '../../i18n/text-direction.ts';
import type { Translate } from '../../i18n/translate.ts';
import type { ClauseBasis } from '../document-model.ts';
import { REFERENCE_TEXT } from './document-styles.ts';
import { PLACEHOLDER_END, PLACEHOLDER_START, splitPlaceholders, xmlSafe } from '../xml-safe.ts';
import { lineRuns, userLines, userOneLine, type RunOptions } from './user-text.ts';

export type Footnotes = Record<number, { children: Paragraph[] }>;

/**
 * What every part of a document needs while it is laid out: the wording in the document's
 * language, the flow's legal references, the footnotes handed out so far, and the document's
 * direction. Every paragraph and table is made here (`paragraph`, `table`) and every value
 * the user typed is placed through it (`typed`, `inlineTyped`, `oneLine`, `userParagraphs`), so
 * that a right-to-left document is right to left throughout and its typed values keep their
 * own direction, while a left-to-right one is written exactly as without them.
 */
export class RenderContext {
  readonly t: Translate;
  readonly flow: FlowDefinition;
  readonly language: Language;
  readonly flowNs: string;
  readonly direction: TextDirection;
  readonly footnotes: Footnotes = {};
  private nextFootnote = 1;

  constructor(t: Translate, flow: FlowDefinition, language: Language, direction: TextDirection = 'ltr') {
    this.t = t;
    this.flow = flow;
    this.language = language;
    this.flowNs = flowNamespace(flow.id);
    this.direction = direction;
  }

  /**
   * A paragraph of the document, right to left (`w:bidi`) in a right-to-left document: its
   * first line starts on the right, its lists are numbered on the right, and its start and end
   * alignments and its `left` indents (the leading edge, in the transitional markup Word and
   * LibreOffice read) mirror. Paragraph styles cannot carry the direction in docx, so every
   * paragraph is made here.
   */
  paragraph(options: IParagraphOptions | string): Paragraph {
    if (this.direction === 'ltr') return new Paragraph(options);
    return new Paragraph({ ...(typeof options === 'string' ? { text: options } : options), bidirectional: true });
  }

  /** A table whose first column is on the right in a right-to-left document. */
  table(options: ITableOptions): Table {
    return new Table(this.direction === 'ltr' ? options : { ...options, visuallyRightToLeft: true });
  }

  /** Text of unknown direction (what the user typed, a link) set apart in a right-to-left document; unchanged in a left-to-right one. */
  private isolated(text: string): string {
    return this.direction === 'rtl' ? isolate(text) : text;
  }

  /** A value the user typed where only one line fits (a heading, a party in a sentence), set apart from the sentence around it. */
  oneLine(value: string): string {
    return this.isolated(userOneLine(value));
  }

  /** A value the user typed inside a sentence, its lines kept, each line set apart (a line break ends an isolate). */
  private inline(value: string): string {
    return userLines(value).map((line) => this.isolated(line)).join('\n');
  }

  question(questionId: string): string {
    return this.t(`${this.flowNs}:questions.${questionId}.ask`);
  }

  /** The layers the negotiation is held under: "European Union · Germany". */
  jurisdiction(): string {
    return jurisdictionName(this.t, this.flow.id);
  }

  formatDate(iso: string): string {
    return xmlSafe(formatDay(iso, this.language));
  }

  placeholder(): TextRun {
    return new TextRun({ text: this.t('document:placeholder'), highlight: HighlightColor.YELLOW });
  }

  /** A value the user typed, each of its lines on a line of its own, or a highlighted placeholder when it is empty. */
  typed(value: string): TextRun[] {
    const text = this.inline(value);
    return text === '' ? [this.placeholder()] : lineRuns(text, {}, this.direction);
  }

  /** A value the user typed, to interpolate into a sentence: its lines kept, or a marked placeholder that `runs` highlights. */
  inlineTyped(value: string): string {
    const text = this.inline(value);
    return text === '' ? `${PLACEHOLDER_START}${this.t('document:placeholder')}${PLACEHOLDER_END}` : text;
  }

  /**
   * Runs for translated text that holds values from `inlineTyped` or `oneLine`: placeholders
   * highlighted, typed line breaks kept, and in a right-to-left document each typed value a run
   * of its own (`lineRuns`).
   */
  runs(text: string, options: RunOptions = {}): TextRun[] {
    return splitPlaceholders(text).flatMap((piece) =>
      piece.placeholder ? [new TextRun({ ...options, text: piece.text, highlight: HighlightColor.YELLOW })] : lineRuns(piece.text, options, this.direction),
    );
  }

  /** A long text the user typed as paragraphs of its own: one per line, blank lines kept as space between; `style` is a paragraph style id. */
  userParagraphs(value: string, run: RunOptions = {}, style?: string): Paragraph[] {
    return userLines(value).map((line) => this.paragraph({ ...(style ? { style } : {}), children: lineRuns(this.isolated(line), run, this.direction) }));
  }

  /** "Label: value" on its own line, with the language's own spacing before the colon. */
  labelled(labelKey: string, value: TextRun | readonly TextRun[]): Paragraph {
    return this.paragraph({ children: [new TextRun({ text: this.t('document:labelled', { label: this.t(labelKey) }), bold: true }), ...[value].flat()] });
  }

  citation(provisionId: string): string {
    return citeProvision(this.t, this.flow, findProvision(this.flow, provisionId));
  }

  /** Provisions cited so far, in order of first citation, for the legal references annex. */
  readonly cited: string[] = [];

  /** The citations of a set of provisions in one line, or the plain statement that no statute gives the right. */
  private citationRuns(provisionIds: readonly string[]): TextRun[] {
    if (provisionIds.length === 0) return [new TextRun(this.t('document:noStatutoryRight', { jurisdiction: this.jurisdiction() }))];
    for (const id of provisionIds) if (!this.cited.includes(id)) this.cited.push(id);
    return [new TextRun({ text: `${provisionIds.map((id) => this.citation(id)).join('; ')}.`, bold: true })];
  }

  /** A provision in full: citation, what it gives, link, how sure we are, review and start dates. */
  provisionEntry(id: string): Paragraph {
    const provision = findProvision(this.flow, id);
    const dates = [this.t(`ui:verification.${provision.verification}`), ...provisionDates(this.t, provision, (iso) => this.formatDate(iso))].join('; ');
    return this.paragraph({
      style: REFERENCE_TEXT,
      children: [
        new TextRun({ text: `${this.citation(id)}. `, bold: true }),
        ...this.runs(`${this.t(`${this.flowNs}:provisions.${id}`)} ${this.isolated(provision.url)} `),
        new TextRun({ text: `(${dates})`, italics: true }),
      ],
    });
  }

  /**
   * A footnote carrying the legal basis of a clause, cited where the returned run is placed.
   * When the systems it applies to rest on different provisions, each set is given with the
   * schedules it covers.
   */
  legalFootnote(bases: readonly ClauseBasis[]): FootnoteReferenceRun {
    const id = this.nextFootnote++;
    const label = (basis: ClauseBasis) =>
      bases.length === 1 ? [] : [new TextRun({ text: `${this.t(basis.schedules.length === 1 ? 'document:schedules.basisOne' : 'document:schedules.basisMany', { schedules: basis.schedules.join(', ') })} `, italics: true })];
    // Each official link once, after the citations: provisions of one act share it, and the annex has the rest.
    const links = [...new Set(bases.flatMap((basis) => basis.provisions.map((provision) => this.isolated(findProvision(this.flow, provision).url))))];
    const children = bases.map(
      (basis, index) =>
        this.paragraph({ children: [...label(basis), ...this.citationRuns(basis.provisions), ...(index === bases.length - 1 && links.length > 0 ? this.runs(` ${links.join(' ')}`) : [])] }),
    );
    this.footnotes[id] = { children };
    return new FootnoteReferenceRun(id);
  }
}
