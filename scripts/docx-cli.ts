/**
 * Renders the wizard's documents from a saved negotiation, for people who prepare many:
 *   npm run docx -- <negotiation.json|document.docx> <out.docx> [--lang en|fr|es|pt|de] [--kind proposal|brief|letter]
 *                   [--date YYYY-MM-DD] [--reply-days N | --reply-by YYYY-MM-DD]
 * The letter is dated today and gives 30 days unless --date, --reply-days or --reply-by say otherwise.
 * A .docx input must be an internal brief: a proposal or a letter carries only what it shows,
 * too little to make documents from.
 * Bad input gets a one-line message on stderr and a non-zero exit, never a stack trace.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { loadFlow } from '../flows/index.ts';
import { LANGUAGES, type Language } from '../src/engine/negotiation.ts';
import { buildDocx } from '../src/export/build-docx.ts';
import { DOCUMENT_KINDS, type DocumentKind } from '../src/export/document-model.ts';
import { letterTiming, LONGEST_REPLY_DAYS, readLetterTiming, type LetterOptions, type LetterTimingProblem } from '../src/export/letter-timing.ts';
import { createI18n } from '../src/i18n/create-i18n.ts';
import { loadFromFiles } from '../src/i18n/file-resources.ts';
import { flowNamespace } from '../src/i18n/namespaces.ts';
import { readNegotiationBytes } from '../src/record/import-file.ts';
import type { FileContents, FileProblem } from '../src/record/negotiation-file.ts';

const USAGE =
  'usage: npm run docx -- <negotiation.json|document.docx> <out.docx> [--lang en|fr|es|pt|de] [--kind proposal|brief|letter] [--date YYYY-MM-DD] [--reply-days N | --reply-by YYYY-MM-DD]';

/** What each problem with the letter's dates means on the command line. */
const TIMING_PROBLEMS: Readonly<Record<LetterTimingProblem, string>> = {
  date: '--date must be a calendar day written YYYY-MM-DD',
  days: `--reply-days must be a whole number from 1 to ${LONGEST_REPLY_DAYS}`,
  deadline: '--reply-by must be a calendar day written YYYY-MM-DD',
  'deadline-too-early': "--reply-by must come after the letter's date",
  'days-and-deadline': 'give --reply-days or --reply-by, not both',
};

class UsageError extends Error {}

function describe(problem: FileProblem): string {
  switch (problem.kind) {
    case 'not-json':
      return 'it is neither JSON nor a .docx made by the wizard';
    case 'not-a-negotiation-file':
      return 'it is not a negotiation file (no "format": "data-rights-negotiation")';
    case 'newer-file-version':
      return `it was written by a newer version of the wizard (file format ${problem.version})`;
    case 'no-embedded-record':
      return 'this .docx carries no negotiation (only documents made by the wizard do)';
    case 'too-large':
      return `it is larger than the wizard reads (${problem.limit / 1024 / 1024} MB)`;
    case 'too-deep':
      return `its data is nested deeper than any negotiation file (over ${problem.limit} levels)`;
    case 'forbidden-key':
      return `it holds the key "${problem.key}", which no negotiation file has`;
    case 'no-negotiations':
      return 'it holds no negotiation';
    case 'too-many':
      return `it holds ${problem.count} negotiations, more than the ${problem.limit} the wizard reads`;
    case 'duplicate-id':
      return `negotiation ${problem.index + 1}${problem.employer ? ` (${problem.employer})` : ''} has the same id as an earlier one in the file`;
    case 'encrypted':
      return 'it is encrypted with a passphrase: open it in the wizard, or use a file saved without one';
    case 'wrong-passphrase':
      return 'the passphrase is wrong, or the file was changed after it was saved';
    case 'encryption-unsupported':
      return `its encryption is not one the wizard reads (${problem.detail})`;
    case 'record': {
      const inner = problem.problem;
      const where = `negotiation ${problem.index + 1}${problem.employer ? ` (${problem.employer})` : ''}`;
      if (inner.kind === 'invalid') return `the negotiation in it is invalid: ${inner.detail} (${where})`;
      if (inner.kind === 'newer-version') return `the negotiation was saved by a newer version (record format ${inner.version}, ${where})`;
      return `it holds no negotiation record (${where})`;
    }
  }
}

/**
 * Copies that carry too little to make any document again. Each carries only what its
 * document shows, and every document is chosen from the answers: which clauses apply, which
 * follow-up questions are on a path. A negotiation file or an internal brief carries them all.
 */
const TOO_LITTLE: Readonly<Partial<Record<FileContents, string>>> = {
  proposal: "it came from a proposal, which carries the parties and the systems but not management's answers",
  letter: "it came from an information request, which carries the questions it asks but not management's other answers",
};

function checkComplete(input: string, contents: FileContents): void {
  const lacks = TOO_LITTLE[contents];
  if (lacks) throw new UsageError(`cannot make documents from "${input}": ${lacks}; use the internal brief or the negotiation file`);
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], fallback: T, name: string): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (got "${value}")`);
}

function parseOptions(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: { lang: { type: 'string' }, kind: { type: 'string' }, date: { type: 'string' }, 'reply-days': { type: 'string' }, 'reply-by': { type: 'string' } },
  });
}

/** The letter's date and deadline from the options, checked as the export panel checks its fields. */
function letterOptions(values: ReturnType<typeof parseOptions>['values'], today: string): LetterOptions {
  const { options, problems } = readLetterTiming({ date: values.date, replyDays: values['reply-days'], replyBy: values['reply-by'] });
  const [first] = problems;
  if (first) throw new UsageError(TIMING_PROBLEMS[first]);
  try {
    letterTiming(options, today);
  } catch {
    throw new UsageError(TIMING_PROBLEMS['deadline-too-early']);
  }
  return options;
}

async function main(argv: readonly string[]): Promise<void> {
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions(argv);
  } catch (error) {
    throw new UsageError(`${(error instanceof Error ? error.message : String(error)).split("\n")[0]} (${USAGE})`);
  }
  const { values, positionals } = parsed;
  const [input, output] = positionals;
  if (!input || !output || positionals.length > 2) throw new UsageError(USAGE);
  if (!output.endsWith('.docx')) throw new UsageError(`the output file must end in .docx (got "${output}")`);

  let bytes: Buffer;
  try {
    bytes = await readFile(input);
  } catch {
    throw new UsageError(`cannot read "${input}"`);
  }
  const reading = await readNegotiationBytes(new Uint8Array(bytes));
  if (!reading.ok) throw new UsageError(`cannot use "${input}": ${describe(reading.problem)}`);
  checkComplete(input, reading.file.contents);
  const [record, ...others] = reading.file.negotiations;
  // A backup of a workspace holds many: documents are made for one negotiation at a time.
  if (others.length > 0) throw new UsageError(`"${input}" holds ${others.length + 1} negotiations; the command line makes documents from a file of one`);
  const flow = await loadFlow(record.flowId);
  if (!flow) throw new UsageError(`"${input}" is for jurisdiction "${record.flowId}", which this version does not have`);

  const language = oneOf<Language>(values.lang, LANGUAGES, record.documentLanguage, 'lang');
  const kind = oneOf<DocumentKind>(values.kind, DOCUMENT_KINDS, 'proposal', 'kind');
  const generatedAt = new Date().toISOString();
  const letter = letterOptions(values, generatedAt);
  const i18n = await createI18n({ load: loadFromFiles, language, namespaces: [flowNamespace(flow.id)] });
  const docx = await buildDocx(flow, record, { kind, language, generatedAt, letter }, i18n.getFixedT(language));
  try {
    await writeFile(output, docx);
  } catch {
    throw new UsageError(`cannot write "${output}"`);
  }
  console.log(`Wrote ${output} (${kind}, ${language}, ${record.systems.length} systems, ${(docx.byteLength / 1024).toFixed(1)} KB)`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof UsageError ? `docx: ${error.message}` : `docx: unexpected failure: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = error instanceof UsageError ? 2 : 1;
});
