/**
 * When the information request is dated and by when management is asked to reply. The
 * representative sets both (a letter is often sent days after the meeting); by default the
 * letter bears the day of the export and gives 30 days. Checked here once, for the export panel
 * and the command line alike.
 */

/** Days management is given to answer an information request, unless told otherwise. */
export const RESPONSE_DAYS = 30;
/** A reply period beyond a year is a typing slip, not a deadline. */
export const LONGEST_REPLY_DAYS = 365;

export interface LetterOptions {
  /** ISO day (YYYY-MM-DD) the letter bears; the export's day when absent. */
  readonly date?: string;
  /** Days from the letter's date to the deadline; `RESPONSE_DAYS` when neither this nor `replyBy` is given. */
  readonly replyDays?: number;
  /** ISO day by which to reply, instead of a number of days. */
  readonly replyBy?: string;
}

export const LETTER_TIMING_PROBLEMS = ['date', 'days', 'deadline', 'deadline-too-early', 'days-and-deadline'] as const;
export type LetterTimingProblem = (typeof LETTER_TIMING_PROBLEMS)[number];

/** Whether a text is a real calendar day written YYYY-MM-DD (no 31 April). */
export function isIsoDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** The ISO day `days` after an ISO day. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** What is wrong with the options, if anything: each problem once, in a fixed order. */
export function letterTimingProblems(options: LetterOptions): LetterTimingProblem[] {
  const problems: LetterTimingProblem[] = [];
  const { date, replyDays, replyBy } = options;
  if (date !== undefined && !isIsoDay(date)) problems.push('date');
  if (replyDays !== undefined && !(Number.isInteger(replyDays) && replyDays >= 1 && replyDays <= LONGEST_REPLY_DAYS)) problems.push('days');
  if (replyBy !== undefined && !isIsoDay(replyBy)) problems.push('deadline');
  else if (replyBy !== undefined && date !== undefined && isIsoDay(date) && replyBy <= date) problems.push('deadline-too-early');
  if (replyDays !== undefined && replyBy !== undefined) problems.push('days-and-deadline');
  return problems;
}

/**
 * The letter's date and deadline, as ISO days. `today` is the export's timestamp or day.
 * Throws a RangeError naming the problems when the options are invalid: callers check first.
 *
 * @example letterTiming({ date: '2026-12-01' }, now) // { date: '2026-12-01', deadline: '2026-12-31' }
 */
export function letterTiming(options: LetterOptions, today: string): { readonly date: string; readonly deadline: string } {
  const problems = letterTimingProblems(options);
  const date = options.date ?? today.slice(0, 10);
  if (options.replyBy !== undefined && options.replyBy <= date) problems.push('deadline-too-early');
  if (problems.length > 0) throw new RangeError(`Invalid letter timing: ${[...new Set(problems)].join(', ')}`);
  return { date, deadline: options.replyBy ?? addDays(date, options.replyDays ?? RESPONSE_DAYS) };
}

/** The letter's timing as typed: in the export panel's fields or on the command line. */
export interface LetterTimingInput {
  readonly date?: string;
  readonly replyDays?: string;
  readonly replyBy?: string;
}

/**
 * Reads typed values into options and says what is wrong with them. A number of days must be
 * written as digits; a date as YYYY-MM-DD (what a date field gives). An absent value takes its
 * default; an empty one is a problem (the field was cleared).
 */
export function readLetterTiming(input: LetterTimingInput): { readonly options: LetterOptions; readonly problems: readonly LetterTimingProblem[] } {
  const days = input.replyDays === undefined ? undefined : /^\s*\d{1,4}\s*$/.test(input.replyDays) ? Number(input.replyDays) : Number.NaN;
  const options: LetterOptions = {
    ...(input.date !== undefined ? { date: input.date.trim() } : {}),
    ...(days !== undefined ? { replyDays: days } : {}),
    ...(input.replyBy !== undefined ? { replyBy: input.replyBy.trim() } : {}),
  };
  return { options, problems: letterTimingProblems(options) };
}
