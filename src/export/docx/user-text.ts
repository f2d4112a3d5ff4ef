import { TextRun, type IRunOptions } from 'docx';
import { FIRST_STRONG_ISOLATE, POP_DIRECTIONAL_ISOLATE, type TextDirection } from '../../i18n/text-direction.ts';
import { xmlSafe } from '../xml-safe.ts';

/**
 * Text the user typed or pasted, made fit for a word processor. Representatives paste whole
 * policies (many lines, 100 KB) and links or keys (thousands of characters without a space)
 * into the wizard. Laid out naively, a newline inside a run shows as a space in Word and
 * LibreOffice, and a "word" longer than a line cannot be wrapped; in a table cell whose row may
 * not split, LibreOffice took 158 s to lay out a pasted policy (and was reported never to
 * finish with a long key). So every piece of
 * user text in a document goes through this module: `xmlSafe` filters the characters, line
 * breaks become real line breaks or paragraphs, and zero-width spaces offer a place to wrap
 * inside absurdly long words. Nothing typed is dropped; only invisible break opportunities are
 * added.
 */

/** A word longer than this cannot be a word: it is a link, a key or a pasted table row. */
export const LONGEST_WORD = 60;
/** Break opportunities are offered this often inside such a word, so it also wraps in a narrow cell. */
export const BREAK_EVERY = 20;
/** Zero-width space: an invisible place where Word and LibreOffice may wrap a line. */
export const BREAK_OPPORTUNITY = '\u200B';

/** More than `LONGEST_WORD` characters with no breakable space (non-breaking ones keep a word whole) and no break opportunity. */
const LONG_WORD = new RegExp(`(?:[^\\s${BREAK_OPPORTUNITY}]|[\\u00A0\\u2007\\u202F]){${LONGEST_WORD + 1},}`, 'gu');
/** Every way a line can end in pasted text: Windows, old Mac, Unicode line and paragraph separators. */
const LINE_END = /\r\n|[\r\n\u2028\u2029\u0085]/;

/**
 * One character as a reader sees it: a code point (or a flag's pair of regional indicators)
 * with the marks, variation selectors, skin tones, tags and zero-width-joined parts that
 * belong to it. A break opportunity inside one would split an accent or an emoji. A regular
 * expression rather than Intl.Segmenter, which is hundreds of times slower on a pasted key.
 */
const CHARACTER = String.raw`(?:\p{RI}\p{RI}|.)(?:[\p{M}\p{Emoji_Modifier}\uFE00-\uFE0F\u{E0020}-\u{E007F}]|\u200D(?:\p{RI}\p{RI}|.))*`;
/** `BREAK_EVERY` characters not at the end of the word: a break opportunity goes after each such run. */
const CHUNK = new RegExp(`(?:${CHARACTER}){${BREAK_EVERY}}(?=.)`, 'gsu');

/** Inserts a break opportunity every `BREAK_EVERY` characters (never inside a character) of each overlong word. */
export function withBreakOpportunities(text: string): string {
  return text.replace(LONG_WORD, (word) => word.replace(CHUNK, `$&${BREAK_OPPORTUNITY}`));
}

/** The user's text, filtered and trimmed, as the lines they typed, each wrappable. */
export function userLines(value: string): string[] {
  return withBreakOpportunities(xmlSafe(value).trim()).split(LINE_END);
}

/** A user value where only one line fits (a heading, a subject line): its lines joined by spaces. */
export function userOneLine(value: string): string {
  return userLines(value).join(' ');
}

/** Run options that `lineRuns` decides itself. */
export type RunOptions = Omit<IRunOptions, 'text' | 'break' | 'children'>;

/** A piece of a line: a value `isolate` set apart (typed text, a link), or the words around it. */
interface LinePiece {
  readonly text: string;
  readonly isolated: boolean;
}

const ISOLATED = new RegExp(`(${FIRST_STRONG_ISOLATE}[^${FIRST_STRONG_ISOLATE}${POP_DIRECTIONAL_ISOLATE}]*${POP_DIRECTIONAL_ISOLATE})`, 'u');

/**
 * A line's isolated values apart from the words around them; an empty line is one empty piece.
 * Isolates the user typed themselves are kept: at worst they cut a value's run short, never its text.
 */
function linePieces(line: string): LinePiece[] {
  const parts = line.split(ISOLATED);
  return parts.map((text, index) => ({ text, isolated: index % 2 === 1 })).filter((piece) => piece.text !== '' || parts.length === 1);
}

/**
 * Runs for text that may hold line breaks: one run per line, each after the first on a new line.
 * In a right-to-left document, whose runs are right to left by default (`document-styles.ts`),
 * each isolated value is a run of its own that is not: Word writes a Latin name inside an
 * Arabic sentence so, and gives it its own direction and the Latin font's formatting.
 */
export function lineRuns(text: string, options: RunOptions = {}, direction: TextDirection = 'ltr'): TextRun[] {
  return text.split(LINE_END).flatMap((line, index) =>
    (direction === 'rtl' ? linePieces(line) : [{ text: line, isolated: false }]).map(
      (piece, position) => new TextRun({ ...options, text: piece.text, ...(piece.isolated ? { rightToLeft: false } : {}), ...(index > 0 && position === 0 ? { break: 1 } : {}) }),
    ),
  );
}

/** Longer than this, or on more lines, user text is too much for a table cell. */
export const LONGEST_IN_CELL = 300;
export const MOST_LINES_IN_CELL = 5;

/** Whether a text belongs out of a table cell: a cell row that may not split must fit on a page. */
export function tooLongForCell(value: string): boolean {
  const text = xmlSafe(value).trim();
  return text.length > LONGEST_IN_CELL || text.split(LINE_END).length > MOST_LINES_IN_CELL;
}
