import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EMBEDDED_RECORD_PATH, readEmbeddedRecord } from '../../src/record/embedded-record.ts';
import { parseNegotiationFile } from '../../src/record/negotiation-file.ts';
import { readDocx } from '../support/docx-reading.ts';
import { readLocale } from '../support/locales.ts';

/**
 * The command line, run as a person runs it: `tsx scripts/docx-cli.ts <in> <out.docx> [...]`
 * from the repository root. Good input writes a document; bad input gets one line on stderr
 * starting "docx:", a non-zero exit, no stack trace and no output file.
 */

const ROOT = join(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const CLI = join('scripts', 'docx-cli.ts');
const EU_EXAMPLE = join(ROOT, 'examples', 'eu.json');
/** Starting tsx and building a document takes a few seconds; a slow machine gets a minute. */
const CLI_TIMEOUT_MS = 60_000;
const TEST_TIMEOUT_MS = 2 * CLI_TIMEOUT_MS + 10_000;

interface CliRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

function runCli(args: readonly string[]): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    execFile(TSX, [CLI, ...args], { cwd: ROOT, timeout: CLI_TIMEOUT_MS, killSignal: 'SIGTERM', maxBuffer: 4 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error && typeof error.code === 'string') {
        reject(new Error(`could not start ${TSX}: ${error.message}`));
        return;
      }
      if (error?.killed) {
        reject(new Error(`the command line did not finish within ${CLI_TIMEOUT_MS / 1000} s\nstdout: ${stdout}\nstderr: ${stderr}`));
        return;
      }
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, signal: error?.signal ?? null, stdout, stderr });
    });
  });
}

/** Runs the command line where it must succeed: nothing on stderr, exit code 0. */
async function runCliOk(args: readonly string[]): Promise<CliRun> {
  const run = await runCli(args);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return run;
}

const work = mkdtempSync(join(tmpdir(), 'docx-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const example = JSON.parse(readFileSync(EU_EXAMPLE, 'utf8')) as {
  formatVersion: number;
  negotiations: [{ systems: { id: string; category: string; name: string; vendor: string }[]; meta: { employer: string }; answers: Record<string, Record<string, { words: string; note: string }>> }];
};
const titles = (language: 'en' | 'fr') => (readLocale(language, 'document') as { kinds: Record<string, { title: string }> }).kinds;

function writeInput(name: string, content: string): string {
  const path = join(work, name);
  writeFileSync(path, content);
  return path;
}

describe('the docx command line', () => {
  it(
    'writes a French brief from a negotiation file',
    async () => {
      const out = join(work, 'out.docx');
      const run = await runCliOk([EU_EXAMPLE, out, '--kind', 'brief', '--lang', 'fr']);
      expect(run.stdout).toContain('brief, fr, 3 systems');
      const { text, parts } = await readDocx(new Uint8Array(readFileSync(out)));
      expect(text).toContain(titles('fr').brief?.title);
      expect(text).not.toContain(titles('en').brief?.title);
      expect(text).toContain(example.negotiations[0].meta.employer);
      // The brief is for the union side: the negotiation rides inside with its notes.
      const embedded = readEmbeddedRecord(parts[EMBEDDED_RECORD_PATH]);
      expect(embedded.ok && embedded.file.contents).toBe('full');
      expect(embedded.ok && embedded.file.includesNotes).toBe(true);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'writes a letter from an internal brief it made, since the brief carries the whole negotiation',
    async () => {
      const brief = join(work, 'brief.docx');
      await runCliOk([EU_EXAMPLE, brief, '--kind', 'brief']);

      const letter = join(work, 'letter.docx');
      const run = await runCliOk([brief, letter, '--kind', 'letter']);
      expect(run.stdout).toContain('letter, en, 3 systems');
      const { text, parts } = await readDocx(new Uint8Array(readFileSync(letter)));
      expect(text).toContain(example.negotiations[0].meta.employer);
      expect(text).toContain(example.negotiations[0].systems[0]?.name);
      const header = Object.entries(parts).filter(([name]) => name.startsWith('word/header')).map(([, xml]) => xml).join('');
      expect(header).toContain(titles('en').letter?.title);
      // A letter made from the brief still carries no internal note, only what it shows.
      const embedded = readEmbeddedRecord(parts[EMBEDDED_RECORD_PATH]);
      expect(embedded.ok).toBe(true);
      if (embedded.ok) {
        expect(embedded.file.contents).toBe('letter');
        expect(embedded.file.includesNotes).toBe(false);
        expect(embedded.file.negotiations[0].systems.map((system) => system.name)).toEqual(example.negotiations[0].systems.map((system) => system.name));
        expect(Object.values(embedded.file.negotiations[0].answers).flatMap((byQuestion) => Object.values(byQuestion).map((answer) => answer.note)).filter((note) => note !== '')).toEqual([]);
      }
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'dates the letter and sets its deadline as told',
    async () => {
      const letter = join(work, 'dated-letter.docx');
      await runCliOk([EU_EXAMPLE, letter, '--kind', 'letter', '--date', '2026-12-01', '--reply-days', '10']);
      const { text } = await readDocx(new Uint8Array(readFileSync(letter)));
      expect(text).toContain('Date: 1 December 2026');
      expect(text).toContain('by 11 December 2026');
    },
    TEST_TIMEOUT_MS,
  );

  it.each(['proposal', 'letter'] as const)(
    'writes a %s whose notes repeat the vendor\'s name, the system\'s name and management\'s own words',
    async (kind) => {
      const repeating = structuredClone(example);
      const first = repeating.negotiations[0].systems[0];
      const answers = first ? repeating.negotiations[0].answers[first.id] : undefined;
      if (!first || !answers) throw new Error('the EU example has no answered system');
      const quoted = answers['storage-location']?.words ?? '';
      const shown = ['Kestrel Warehouse Systems B.V.', first.name, quoted];
      expect(first.vendor).toBe(shown[0]);
      expect(quoted.length).toBeGreaterThan(10);
      Object.values(answers).forEach((answer, index) => {
        answer.note = shown[index % shown.length] ?? '';
      });
      const out = join(work, `repeating-${kind}.docx`);
      const run = await runCliOk([writeInput(`repeating-${kind}.json`, JSON.stringify(repeating)), out, '--kind', kind]);
      expect(run.stdout).toContain(`Wrote ${out} (${kind}, en, 3 systems`);
      const { text } = await readDocx(new Uint8Array(readFileSync(out)));
      expect(text).toContain(first.name);
      if (kind === 'proposal') {
        expect(text).toContain(shown[0]);
        expect(text).toContain(quoted);
      }
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'refuses to make documents from a proposal, which carries only what it shows, and says what to use',
    async () => {
      const proposal = join(work, 'proposal.docx');
      await runCliOk([EU_EXAMPLE, proposal, '--kind', 'proposal']);
      expect((await readDocx(new Uint8Array(readFileSync(proposal)))).text).toContain(titles('en').proposal?.title);

      const out = join(work, 'from-proposal.docx');
      const run = await runCli([proposal, out, '--kind', 'letter']);
      expect(run.code).toBe(2);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(/^docx: cannot make documents from ".*proposal\.docx": it came from a proposal, .*; use the internal brief or the negotiation file\n$/);
      expect(existsSync(out)).toBe(false);
    },
    TEST_TIMEOUT_MS,
  );

  const invalidRecord = structuredClone(example);
  const firstSystem = invalidRecord.negotiations[0].systems[0];
  if (!firstSystem) throw new Error('the EU example has no system');
  firstSystem.category = 'spaceship';
  const future = { ...structuredClone(example), formatVersion: 99 };

  it('is given modified inputs that are bad for the stated reason only', () => {
    expect(parseNegotiationFile(JSON.stringify(invalidRecord))).toMatchObject({ ok: false, problem: { kind: 'record', problem: { kind: 'invalid' } } });
    expect(parseNegotiationFile(JSON.stringify(future))).toMatchObject({ ok: false, problem: { kind: 'newer-file-version', version: 99 } });
    expect(parseNegotiationFile(JSON.stringify(example)).ok).toBe(true);
  });

  /** Each case's command line, given an output path that must not be written. */
  const badInputs: readonly { readonly name: string; readonly argv: (out: string) => readonly string[]; readonly says: RegExp }[] = [
    { name: 'a missing input file', argv: (out) => [join(work, 'no-such-file.json'), out], says: /cannot read/ },
    { name: 'an input that is not JSON', argv: (out) => [writeInput('not-json.json', '{ "format": "data-rights-negotiation", oops'), out], says: /neither JSON nor a \.docx/ },
    { name: 'JSON that is not a negotiation file', argv: (out) => [writeInput('other.json', JSON.stringify({ name: 'package', version: '1.0.0' })), out], says: /not a negotiation file/ },
    { name: 'a negotiation file whose record is invalid', argv: (out) => [writeInput('invalid-record.json', JSON.stringify(invalidRecord)), out], says: /invalid: systems\.0\.category/ },
    { name: 'a negotiation file of a future format version', argv: (out) => [writeInput('future.json', JSON.stringify(future)), out], says: /newer version .*99/ },
    { name: 'an unknown --kind', argv: (out) => [EU_EXAMPLE, out, '--kind', 'memo'], says: /--kind must be one of proposal, brief, letter.*memo/ },
    { name: 'an unknown --lang', argv: (out) => [EU_EXAMPLE, out, '--lang', 'it'], says: /--lang must be one of en, fr, es, pt, de.*it/ },
    { name: 'a letter date that is no calendar day', argv: (out) => [EU_EXAMPLE, out, '--kind', 'letter', '--date', '2026-02-30'], says: /--date must be a calendar day written YYYY-MM-DD/ },
    { name: 'a reply period of no days', argv: (out) => [EU_EXAMPLE, out, '--kind', 'letter', '--reply-days', '0'], says: /--reply-days must be a whole number from 1 to 365/ },
    { name: 'a deadline before the letter', argv: (out) => [EU_EXAMPLE, out, '--kind', 'letter', '--date', '2026-12-01', '--reply-by', '2026-11-01'], says: /--reply-by must come after the letter's date/ },
    { name: 'both a reply period and a deadline', argv: (out) => [EU_EXAMPLE, out, '--kind', 'letter', '--reply-days', '10', '--reply-by', '2099-01-01'], says: /not both/ },
    { name: 'an output file not ending in .docx', argv: (out) => [EU_EXAMPLE, out.replace(/\.docx$/, '.pdf')], says: /must end in \.docx/ },
  ];

  it.each(badInputs)(
    'refuses $name with one line on stderr, a non-zero exit and no stack trace',
    async ({ name, argv, says }) => {
      const out = join(work, `refused-${name.replace(/\W+/g, '-')}.docx`);
      const run = await runCli(argv(out));
      expect(run.signal).toBeNull();
      expect(run.code).not.toBe(0);
      expect(run.code).not.toBeNull();
      const lines = run.stderr.replace(/\n$/, '').split('\n');
      expect(lines, `stderr:\n${run.stderr}`).toHaveLength(1);
      expect(lines[0]).toMatch(/^docx: /);
      expect(lines[0]).toMatch(says);
      expect(run.stderr).not.toMatch(/^ {4}at /m);
      expect(run.stdout).not.toContain('Wrote');
      expect(existsSync(out)).toBe(false);
      expect(existsSync(out.replace(/\.docx$/, '.pdf'))).toBe(false);
    },
    TEST_TIMEOUT_MS,
  );
});
