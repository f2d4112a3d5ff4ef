/**
 * The grammar of a pinpoint: the flow data writes "13(2)(f)", "87(1) no. 6", "64.4(d)",
 * "L. 2312-8 II 4°" or "18, I and II", and this module reads each into its number and its
 * subdivisions, so that every language can cite them as its lawyers do (`src/i18n/pinpoint-text.ts`).
 * It is strict: a pinpoint it cannot read in full is refused (validation reports it), never
 * guessed at, so a typo in the data cannot turn into a wrong citation.
 */
import type { Numbering, PinpointKind } from './flow-types.ts';

/**
 * The subdivisions a pinpoint can name, each read from one way of writing it:
 * - `paragraph` "(2)" of an article; `apartado` ".4" of a Spanish article ("64.4");
 *   `subsection` "(1)" of a German § (Absatz);
 * - `point` "(f)"; `number` "no. 6" (German Nummer); `item` "item 2" (a Korean act's items);
 *   `sentence` "sentence 1" (German Satz);
 * - `romanPart` "II" and `degree` "4°" of a French code's article ("L. 2312-8 II 4°");
 * - `paragrafo` "§3", `inciso` ", II" and `alinea` ", g" of a Brazilian article;
 * - `annexPoint` "point 4" of an annex; `schedulePart` "Pt 1" and `scheduleParagraph`
 *   "para. 1" of a UK schedule; `named` a part the act names itself (", APP 3.3").
 */
export const PART_LEVELS = [
  'paragraph',
  'apartado',
  'subsection',
  'point',
  'number',
  'item',
  'sentence',
  'romanPart',
  'degree',
  'paragrafo',
  'inciso',
  'alinea',
  'annexPoint',
  'schedulePart',
  'scheduleParagraph',
  'named',
] as const;
export type PartLevel = (typeof PART_LEVELS)[number];

/** Levels the data may give as a range, "27(3)–(5)": each language words a range of them. */
export const RANGED_LEVELS = ['paragraph', 'point'] as const satisfies readonly PartLevel[];

/** One subdivision: its label, a range of two ("3", "5"), or a list of two ("I", "II"). */
export interface PinpointPart {
  readonly level: PartLevel;
  readonly labels: readonly string[];
  readonly joined: 'one' | 'range' | 'list';
}

/**
 * A pinpoint as read: its number and subdivisions, or, for the kinds and acts whose
 * subdivisions are cited as the act writes them in every language (a common-law section's
 * "(1)(g)", a US code's, a judgment's report), the text as written once it has been checked.
 */
export type ReadPinpoint =
  | { readonly form: 'structured'; readonly number: string; readonly parts: readonly PinpointPart[] }
  | { readonly form: 'as-written'; readonly text: string };

export type PinpointReading = { readonly ok: true; readonly pinpoint: ReadPinpoint } | { readonly ok: false; readonly problem: string };

interface PartRule {
  readonly level: PartLevel;
  /** Sticky pattern whose first group is the label. */
  readonly pattern: RegExp;
  /** Parts come in this order, each at most once: a paragraph before its point, a point before nothing. */
  readonly rank: number;
  /** Sticky pattern of the end of a range ("–(5)"); a range ends the pinpoint. */
  readonly range?: RegExp;
  /** Sticky pattern of the second of a list (" and II"). */
  readonly list?: RegExp;
}

interface Grammar {
  readonly name: string;
  readonly number: RegExp;
  readonly parts: readonly PartRule[];
}

const PARAGRAPH_LABEL = String.raw`(\d+[A-Za-z]?)`;
const POINT_LABEL = String.raw`([a-z]{1,3})`;

const paragraphOf = (level: PartLevel, rank: number, ranged: boolean): PartRule => ({
  level,
  pattern: new RegExp(String.raw`\(${PARAGRAPH_LABEL}\)`, 'y'),
  rank,
  ...(ranged ? { range: new RegExp(String.raw`–\(${PARAGRAPH_LABEL}\)`, 'y') } : {}),
});

const NUMBER_ITEM: PartRule = { level: 'number', pattern: / no\. (\d+)/y, rank: 2 };
const SENTENCE: PartRule = { level: 'sentence', pattern: / sentence (\d+)/y, rank: 3 };

/** An article of an EU act, a civil-law code or a convention: "13(2)(f)", "22B(1)–(3)", "L. 2312-8 II 4°", "20(1) item 2". */
const ARTICLE: Grammar = {
  name: 'an article',
  number: /(?:[LRD]\. )?\d+[A-Z]?(?:-\d+|-[A-Z]|-bis)?/y,
  parts: [
    paragraphOf('paragraph', 1, true),
    { level: 'romanPart', pattern: / ([IVX]+)(?= |$)/y, rank: 1 },
    { level: 'point', pattern: new RegExp(String.raw`\(${POINT_LABEL}\)`, 'y'), rank: 2, range: new RegExp(String.raw`–\(${POINT_LABEL}\)`, 'y') },
    NUMBER_ITEM,
    { level: 'item', pattern: / item (\d+)/y, rank: 2 },
    { level: 'degree', pattern: / (\d+)°/y, rank: 2 },
    SENTENCE,
  ],
};

/** A German act's §: "87(1) no. 6", "26(1) sentence 1", "95(2a)". */
const GERMAN_PARAGRAPH: Grammar = {
  name: 'a German §',
  number: /\d+[a-z]?/y,
  parts: [paragraphOf('subsection', 1, false), NUMBER_ITEM, SENTENCE],
};

/** A Spanish article, its apartado after a dot and its letter in brackets: "64.4(d)", "87.3", "20 bis". */
const SPANISH_ARTICLE: Grammar = {
  name: 'a Spanish article',
  number: /\d+(?: bis| ter)?/y,
  parts: [
    { level: 'apartado', pattern: /\.(\d+)/y, rank: 1 },
    { level: 'point', pattern: /\(([a-z])\)/y, rank: 2 },
  ],
};

/** A Brazilian article: "18 §2", "5, II", "11, II, g", "18, I and II", "611-A, VI". */
const BRAZILIAN_ARTICLE: Grammar = {
  name: 'a Brazilian article',
  number: /\d+(?:-[A-Z])?/y,
  parts: [
    { level: 'paragrafo', pattern: / §(\d+)/y, rank: 1 },
    { level: 'inciso', pattern: /, ([IVXL]+)/y, rank: 2, list: / and ([IVXL]+)/y },
    { level: 'alinea', pattern: /, ([a-z])/y, rank: 3 },
  ],
};

/** An annex, by its number and point: "III point 4", "1". */
const ANNEX: Grammar = {
  name: 'an annex',
  number: /[IVX]+|\d+/y,
  parts: [{ level: 'annexPoint', pattern: / point (\d+)/y, rank: 1 }],
};

/** A schedule, by its number, part and paragraph, or the principle it names: "1 Pt 1 para. 1", "1, APP 1.7–1.9", "2.3". */
const SCHEDULE: Grammar = {
  name: 'a schedule',
  number: /\d+(?:\.\d+)?/y,
  parts: [
    { level: 'schedulePart', pattern: / Pt (\d+)/y, rank: 1 },
    { level: 'named', pattern: /, (APP \d+(?:\.\d+)?(?:–\d+(?:\.\d+)?)?)/y, rank: 1 },
    { level: 'scheduleParagraph', pattern: / para\. (\d+)/y, rank: 2 },
  ],
};

/**
 * A common-law section (and a regulation, a rule, a code of practice's paragraph, a principle,
 * a recital), or a US code's §: a number, its subdivisions in brackets, perhaps a range of
 * either. "18(1)(g)", "181(1)–(2)", "19–22", "1798.145(m)(4)", "5-300–5-304", "6.14(1)".
 */
const AS_WRITTEN_NUMBER = String.raw`\d+(?:\.\d+)*[A-Z]{0,2}(?:-\d+[A-Za-z]?|-[a-z])?`;
const AS_WRITTEN_PART = String.raw`\((?:\d+[A-Za-z]*|[A-Za-z]{1,3})\)`;
const AS_WRITTEN = new RegExp(String.raw`^${AS_WRITTEN_NUMBER}(?:${AS_WRITTEN_PART})*(?:–(?:${AS_WRITTEN_NUMBER}(?:${AS_WRITTEN_PART})*|(?:${AS_WRITTEN_PART})+))?$`);

/** A judgment's report or a guidance's date: any text, trimmed. */
const VERBATIM = /^\S(?:.*\S)?$/;

const AS_WRITTEN_KINDS: readonly PinpointKind[] = ['section', 'regulation', 'rule', 'para', 'principle', 'recital'];

function matchAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

function readStructured(grammar: Grammar, text: string): PinpointReading {
  const number = matchAt(grammar.number, text, 0);
  if (!number) return { ok: false, problem: `it does not start with the number of ${grammar.name}` };
  let at = number[0].length;
  let lastRank = 0;
  let ended = false;
  const parts: PinpointPart[] = [];
  while (at < text.length) {
    const rest = text.slice(at).trim();
    if (ended) return { ok: false, problem: `"${rest}" follows a range` };
    const found = grammar.parts.map((rule) => ({ rule, match: matchAt(rule.pattern, text, at) })).find(({ match }) => match !== null);
    if (!found?.match) return { ok: false, problem: `"${rest}" is not a subdivision of ${grammar.name}` };
    const { rule, match } = found;
    if (rule.rank <= lastRank) return { ok: false, problem: `"${match[0].trim()}" is out of order` };
    at += match[0].length;
    lastRank = rule.rank;
    const labels = [match[1] as string];
    let joined: PinpointPart['joined'] = 'one';
    const range = rule.range && matchAt(rule.range, text, at);
    const list = rule.list && matchAt(rule.list, text, at);
    const second = range ?? list;
    if (second) {
      at += second[0].length;
      labels.push(second[1] as string);
      joined = range ? 'range' : 'list';
      ended = joined === 'range';
    }
    parts.push({ level: rule.level, labels, joined });
  }
  return { ok: true, pinpoint: { form: 'structured', number: number[0], parts } };
}

type Reader = Grammar | 'as-written' | 'verbatim';

function readerOf(kind: PinpointKind, numbering: Numbering | undefined): Reader | { readonly problem: string } {
  if (kind === 'case' || kind === 'guidance') return 'verbatim';
  if (numbering === 'as-written') return 'as-written';
  if (numbering !== undefined && kind !== 'article') return { problem: `numbering "${numbering}" is for articles, not a ${kind}` };
  if (AS_WRITTEN_KINDS.includes(kind)) return 'as-written';
  if (numbering === 'spanish') return SPANISH_ARTICLE;
  if (numbering === 'brazilian') return BRAZILIAN_ARTICLE;
  if (kind === 'paragraph') return GERMAN_PARAGRAPH;
  if (kind === 'annex') return ANNEX;
  if (kind === 'schedule') return SCHEDULE;
  return ARTICLE;
}

/**
 * Reads a provision's pinpoint by its kind and its act's numbering, or says why it cannot.
 * "13(2)(f)" of an article: paragraph 2, point f; "64.4(d)" of a Spanish act: apartado 4, point d.
 */
export function readPinpoint(kind: PinpointKind, pinpoint: string, numbering?: Numbering): PinpointReading {
  const reader = readerOf(kind, numbering);
  if (typeof reader === 'object' && 'problem' in reader) return { ok: false, problem: reader.problem };
  if (reader === 'verbatim') return VERBATIM.test(pinpoint) ? asWritten(pinpoint) : { ok: false, problem: 'it is empty or starts or ends with a space' };
  if (reader === 'as-written') return AS_WRITTEN.test(pinpoint) ? asWritten(pinpoint) : { ok: false, problem: 'it is not a number with bracketed subdivisions' };
  return readStructured(reader, pinpoint);
}

function asWritten(text: string): PinpointReading {
  return { ok: true, pinpoint: { form: 'as-written', text } };
}
