import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { euFlow } from '../support/flows.ts';
import { LANGUAGES, type Language } from '../../src/engine/negotiation.ts';
import { buildDocx } from '../../src/export/build-docx.ts';
import { fixedT } from '../support/node-i18n.ts';
import { compactText, convertDocxFilesToPdf, normaliseText, OFFICE_TIMEOUT_MS, pdfText } from '../support/office-convert.ts';
import { pastedPolicy, recordWithPasted, unbrokenString } from '../support/pasted-text.ts';
import { answeredRecord, FIXED_NOW } from '../support/records.ts';

/**
 * A brief whose answer is a pasted 100 KB policy, and one whose answer is a 20,000-character
 * link without a space, opened by LibreOffice and printed to PDF in English and in French.
 * Laid out inside table cells, the first took LibreOffice 141 to 158 s, and such a key was
 * reported never to finish; each must now open within OFFICE_TIMEOUT_MS (60 s, the figure that
 * must hold on a slow CI machine) and print the start and the end of the long answer.
 *
 * All the documents go through ONE LibreOffice run, which writes the PDFs one after the other:
 * the time between one PDF being written and the next is what the next document took to open,
 * lay out and print, so each document is timed on its own without a start-up per document.
 * An ordinary brief goes first, so that LibreOffice's start-up is not charged to a long one.
 */

if (!euFlow) throw new Error('no flow registered');

const POLICY = pastedPolicy(100_000);
const KEY = unbrokenString(20_000);
const LONG_ANSWERS = { policy: POLICY, key: KEY } as const;
type LongAnswer = keyof typeof LONG_ANSWERS;

interface Converted {
  readonly name: string;
  readonly seconds: number;
  readonly pdf: string;
}

let work = '';
const converted = new Map<string, Converted>();

/** The ordinary brief and four long ones, each given the budget of one conversion. */
const RUN_BUDGET_MS = OFFICE_TIMEOUT_MS * (1 + 2 * LANGUAGES.length);

const documentName = (answer: LongAnswer, language: Language) => `brief-${answer}-${language}`;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'e2e-long-text-'));
  const documents: { name: string; bytes: Uint8Array }[] = [];
  const en = await fixedT('en');
  documents.push({ name: 'brief-ordinary-en', bytes: await buildDocx(euFlow, answeredRecord(euFlow, 1), { kind: 'brief', language: 'en', generatedAt: FIXED_NOW }, en) });
  for (const language of LANGUAGES) {
    const t = await fixedT(language);
    for (const [answer, words] of Object.entries(LONG_ANSWERS) as [LongAnswer, string][]) {
      const record = recordWithPasted(euFlow, language, { words });
      documents.push({ name: documentName(answer, language), bytes: await buildDocx(euFlow, record, { kind: 'brief', language, generatedAt: FIXED_NOW }, t) });
    }
  }
  const paths = documents.map(({ name }) => join(work, `${name}.docx`));
  await Promise.all(documents.map(({ bytes }, index) => writeFile(paths[index] ?? '', bytes)));

  const started = Date.now();
  const pdfs = await convertAll(paths);
  let previous = started;
  for (const [index, pdf] of pdfs.entries()) {
    const written = statSync(pdf).mtimeMs;
    const name = documents[index]?.name ?? '?';
    converted.set(name, { name, seconds: (written - previous) / 1000, pdf: normaliseText(await pdfText(pdf)) });
    previous = written;
  }
  for (const { name, seconds } of converted.values()) console.log(`LibreOffice opened and printed ${name} in ${seconds.toFixed(1)} s`);
}, RUN_BUDGET_MS + 60_000);

/**
 * The run as a whole may take the budget of every document (each document's share is checked
 * by the tests). If LibreOffice is stopped, says which document it was stuck on.
 */
async function convertAll(paths: readonly string[]): Promise<string[]> {
  const office = join(work, 'office');
  try {
    return await convertDocxFilesToPdf(paths, office, RUN_BUDGET_MS);
  } catch (error) {
    const stuck = paths.find((path) => !existsSync(join(office, basename(path).replace(/\.docx$/, '.pdf'))));
    throw new Error(`${String(error)}\n${stuck === undefined ? 'LibreOffice had printed every document.' : `LibreOffice had not printed ${basename(stuck)} yet.`}`, { cause: error });
  }
}

afterAll(() => {
  if (!work) return;
  if (process.env.E2E_KEEP_OUTPUT) console.log(`E2E output kept in ${work}`);
  else rmSync(work, { recursive: true, force: true });
});

function result(answer: LongAnswer, language: Language): Converted {
  const found = converted.get(documentName(answer, language));
  if (!found) throw new Error(`${documentName(answer, language)} was not converted: see the failure of beforeAll`);
  return found;
}

/** Text as the PDF prints it, without the zero-width characters the layout added to wrap words. */
const visible = (text: string) => text.replace(/[\u200B-\u200D\u2060\uFEFF]/g, '');

describe.each(LANGUAGES)('a brief in %s', (language) => {
  it('with a 100 KB pasted policy opens in LibreOffice within the budget and prints the policy from start to end', () => {
    const { seconds, pdf } = result('policy', language);
    expect(seconds).toBeLessThan(OFFICE_TIMEOUT_MS / 1000);
    const printed = visible(pdf);
    expect(printed).toContain(normaliseText(POLICY.slice(0, 300)));
    expect(printed).toContain(normaliseText(POLICY.slice(-300)));
  });

  it('with a 20,000-character link without a space opens in LibreOffice within the budget and prints it from start to end', () => {
    const { seconds, pdf } = result('key', language);
    expect(seconds).toBeLessThan(OFFICE_TIMEOUT_MS / 1000);
    // The link wraps at the break opportunities, so the PDF's lines cut it: compare without spaces.
    const printed = compactText(visible(pdf));
    expect(printed).toContain(compactText(KEY.slice(0, 200)));
    expect(printed).toContain(compactText(KEY.slice(-200)));
  });
});
