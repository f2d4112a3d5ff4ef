/**
 * The vocabulary every regional flow is written in.
 *
 * A flow is plain data: stable ids, answer options, follow-up conditions, legal
 * references and clause rules. It holds no human-language text: every word a
 * user sees is looked up in `locales/` from these ids. Ids, once shipped, are
 * never renamed, because saved negotiations refer to them.
 */

/** How management responded to a question. "Refused" and "does not know" are answers too. */
export const ANSWER_STATUSES = [
  'answered',
  'partly',
  'refused',
  'unknown',
  'follow-up',
  'not-applicable',
] as const;
export type AnswerStatus = (typeof ANSWER_STATUSES)[number];

/** Statuses that leave a gap the union must close by negotiation or an information request. */
export const GAP_STATUSES: readonly AnswerStatus[] = ['refused', 'unknown', 'follow-up'];

/**
 * The questions management still owes an answer to: the gaps and the questions answered only in
 * part, whose missing part the documents ask for and the review lists first.
 */
export const OUTSTANDING_STATUSES: readonly AnswerStatus[] = [...GAP_STATUSES, 'partly'];

/** The data life cycle at work, plus governance: the order the checklist walks. */
export const STAGES = ['collection', 'analysis', 'storage', 'offboarding', 'governance'] as const;
export type Stage = (typeof STAGES)[number];

/** Kinds of digital system a representative can list in the inventory. */
export const SYSTEM_CATEGORIES = [
  'monitoring',
  'hiring',
  'scheduling',
  'performance',
  'biometrics',
  'location',
  'generative-ai',
  'other',
] as const;
export type SystemCategory = (typeof SYSTEM_CATEGORIES)[number];

/**
 * How sure we are of a legal reference, after `shared/design/legal-verification-eu-za.md`:
 * - `verified`: the operative text was read;
 * - `secondary`: checked against a reliable secondary source only;
 * - `known`: standard, well-known content not re-read;
 * - `uncertain`: contested or not checked; shown to the user as uncertain.
 */
export const VERIFICATION_LEVELS = ['verified', 'secondary', 'known', 'uncertain'] as const;
export type Verification = (typeof VERIFICATION_LEVELS)[number];

/**
 * How a pinpoint is cited:
 * - `article` "Art. 13", `section` "s. 18", `paragraph` "§ 87" (German acts, US codes);
 * - `annex` "Annex III point 4", `schedule` "Sch. 1 Pt 1 para. 1" (a UK act's schedule);
 * - `regulation` "reg. 4", `rule` "rule 4" (rules made under an Indian act), `recital`;
 * - `para` "para. 5.1" (a code of practice's numbered paragraph, as the ILO's), `principle`
 *   "principle 4.9" (PIPEDA's Schedule 1, a Council of Europe recommendation);
 * - `case`: a judgment, whose instrument is the case and pinpoint its report ("351 U.S. 149 (1956)");
 * - `guidance`: a regulator's guidance, said to be no law, with its date as the pinpoint.
 */
export type PinpointKind = 'article' | 'section' | 'paragraph' | 'para' | 'annex' | 'schedule' | 'regulation' | 'rule' | 'principle' | 'recital' | 'case' | 'guidance';

/**
 * How an act writes the parts of its provisions, where the pinpoint alone cannot say
 * (`src/engine/pinpoint.ts` reads it by this and the provision's kind):
 * - `spanish`: an article's apartado follows a dot, "64.4(d)" (article 64, apartado 4, letter d),
 *   where elsewhere "7.3" is one number;
 * - `brazilian`: a Brazilian article's parágrafos "§2", incisos ", II" and alíneas ", g", cited in
 *   Portuguese as Brazilian lawyers do ("art. 18, § 2º");
 * - `as-written`: a US code's §, whose "(m)(4)" is cited as the code writes it in every language,
 *   as a common-law section's subdivisions always are.
 * Absent: by the kind alone (an article's "(2)(f)" is paragraph 2, point f; a German §'s "(1)" its Absatz).
 */
export type Numbering = 'spanish' | 'brazilian' | 'as-written';

/** A statute or regulation. Its names (short and full) live in the flow's locale namespace. */
export interface Instrument {
  readonly id: string;
  /** Official link to the whole act. */
  readonly url: string;
  /**
   * A standard no one is bound by (a code of practice, a recommendation): every citation of it
   * says so, so that the brief's legal floor and the footnotes never pass it off as law.
   */
  readonly standard?: true;
  readonly numbering?: Numbering;
}

/** One provision of an instrument, with its source and how sure we are of it. */
export interface Provision {
  readonly id: string;
  readonly instrument: string;
  readonly kind: PinpointKind;
  /**
   * The article or section number exactly as the act numbers it, in the grammar of
   * `src/engine/pinpoint.ts`: "13(2)(f)", "87(1) no. 6", "64.4(d)", "L. 2312-8 II 4°", "18, I and II".
   * Validation refuses one it cannot read; each language cites the parts it reads in its own way.
   */
  readonly pinpoint: string;
  /** Official link; the act's own page where no stable per-article link is verified. */
  readonly url: string;
  readonly verification: Verification;
  /** ISO date on which the reference was last reviewed. */
  readonly reviewed: string;
  /**
   * True when the provision obliges the employer to give information (to workers or their
   * representatives): the information request cites it as a duty, not as a favour asked.
   */
  readonly discloses?: true;
  /** ISO date from which the provision applies, when that is still ahead of its review date. */
  readonly appliesFrom?: string;
  /**
   * True when `appliesFrom` is reported by secondary sources but not verified in the official
   * text: the app and the documents say so, and the letter does not treat the provision as
   * not yet in force on the strength of an unverified date.
   */
  readonly appliesFromUncertain?: true;
  /**
   * When the provision binds only in some cases (the NLRA duty towards a recognised union, a
   * federal act for a federally regulated employer): the condition, on the system's answers.
   * Where it does not hold, the system's clauses, brief and letter do not cite the provision.
   * An unanswered question does not exclude it.
   */
  readonly appliesIf?: Condition;
  /** The jurisdiction layer that holds the provision; set when the checklist is composed. */
  readonly jurisdiction?: string;
}

/**
 * A condition over the answers already given for one system (and the system's category).
 * Conditions refer only to questions earlier in the checklist.
 */
export type Condition =
  | 'always'
  | { readonly question: string; readonly is: readonly string[] }
  | { readonly question: string; readonly status: readonly AnswerStatus[] }
  | { readonly category: readonly SystemCategory[] }
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly not: Condition };

/** One question of the per-system checklist. */
export interface QuestionDef {
  /** Stable kebab-case id; locale keys `questions.<id>.ask|why|options.<value>`. */
  readonly id: string;
  readonly stage: Stage;
  /** Substantive answers management can give (e.g. yes / no). Absent: management's words only. */
  readonly options?: readonly string[];
  /** A follow-up: asked only when this holds for the system's earlier answers. */
  readonly showIf?: Condition;
  /** Provisions that back the question. Empty: the law gives no such right here, negotiate it. */
  readonly provisions: readonly string[];
}

/** A clause of the shared library: its id and the facts its text needs from management's answers. */
export interface ClauseSpec {
  readonly id: string;
  /** The stages of the life cycle (and governance) the clause deals with. */
  readonly topics: readonly Stage[];
  readonly facts: readonly string[];
}

/** The clause the engine itself proposes for every gap; flows write no rule for it. */
export const INFORMATION_CLAUSE_ID = 'information-disclosure';

/** When a clause of the shared clause library is proposed for a system, and on what legal basis. */
export interface ClauseRule {
  /** Stable id, by which a jurisdiction layer gives the rule its legal basis. */
  readonly id: string;
  readonly clause: string;
  readonly when: Condition;
  /**
   * Legal basis for the footnote. Empty: none of the provisions in this tool gives the right,
   * and the clause would create it (national law may still give it: the footnote says so).
   */
  readonly provisions: readonly string[];
  /**
   * Facts interpolated into the clause text, by placeholder name, from management's words
   * on a question (e.g. `{ retention: 'retention-period' }`). A missing answer shows a
   * visible placeholder in the document.
   */
  readonly facts?: Readonly<Record<string, string>>;
}

/**
 * A composed checklist: the core with a jurisdiction's layer and overlays applied
 * (`composeChecklist`). Everything the engine, the wizard and the export need, as data.
 */
export interface FlowDefinition {
  /**
   * The jurisdiction key: the layer ids joined by "+" (`eu`, `eu+eu-de`), stored in each
   * record as `flowId`. The locale namespace `flow-<id>` merges the core's words with each layer's.
   */
  readonly id: string;
  /** The layers applied, outermost first: the jurisdiction, then its overlays. */
  readonly layers: readonly string[];
  /** The version of the ids answers are stored under (the core's); old records are migrated. */
  readonly version: number;
  readonly instruments: readonly Instrument[];
  readonly provisions: readonly Provision[];
  /** The per-system checklist, in the order it is asked; repeated for each system. */
  readonly questions: readonly QuestionDef[];
  readonly clauseRules: readonly ClauseRule[];
  /** The law's own terms (works council, information officer), defined in the agreement. */
  readonly terms: readonly string[];
}
