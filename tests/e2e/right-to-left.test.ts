import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { pseudoText } from '../../src/i18n/pseudo-locale.ts';
import { builtAppForThisFile } from '../support/e2e-app.ts';
import { DOCUMENT_KINDS, newSession, t, temporaryDirectory, type DocumentKind, type DownloadedDocument } from '../support/e2e-journey.ts';
import { convertDocxFilesToPdf, normaliseText, pdfText, pdfWords, type PdfWord } from '../support/office-convert.ts';
import { expectNoAxeViolations, expectNoHorizontalScroll } from '../support/page-checks.ts';

/**
 * Ready for right-to-left: with `?pseudo=rtl` every text is written in Arabic letters and the
 * page runs right to left. A few screens are walked at a desk and a phone width: the layout
 * mirrors, nothing sticks out sideways, axe finds nothing, and what the user types in a
 * left-to-right script keeps its own direction. Then a short negotiation gives the three
 * documents, which LibreOffice prints right to left, the typed names intact inside them.
 */

/** An English text of the interface as the pseudo-translation writes it, placeholders filled. */
function rtl(key: string, values: Readonly<Record<string, string>> = {}): string {
  return pseudoText(t('en', key), 'rtl').replace(/\{\{(\w+)\}\}/g, (whole, name: string) => values[name] ?? whole);
}

/** Presses a button named by an English text of the interface, pseudo-translated. */
const press = (page: Page, key: string) => page.getByRole('button', { name: rtl(key), exact: true }).click();

/** Starts a negotiation under South Africa's law from the home page (the country's name is the browser's), up to its details. */
async function startUnderSouthAfricanLaw(page: Page): Promise<void> {
  const country = page.getByRole('combobox', { name: rtl('picker.country'), exact: true });
  await country.fill('South Africa');
  await page.getByRole('listbox').getByRole('option', { name: 'South Africa', exact: true }).click();
  await press(page, 'home.start');
  await page.getByRole('heading', { level: 1, name: rtl('details.title') }).waitFor();
}

/** Lists a monitoring system on the inventory and returns its heading in the list. */
async function addMonitoringSystem(page: Page, name: string) {
  const form = page.locator('form').filter({ has: page.getByRole('heading', { name: rtl('inventory.addTitle'), exact: true }) });
  await form.getByRole('textbox', { name: rtl('system.name'), exact: true }).fill(name);
  await form.getByRole('combobox', { name: rtl('system.category'), exact: true }).selectOption({ label: rtl('categories.monitoring') });
  await form.getByRole('button', { name: rtl('inventory.add'), exact: true }).click();
  const listed = page.getByRole('heading', { level: 3, name, exact: true });
  await listed.waitFor();
  return listed;
}

const app = builtAppForThisFile();

describe.each([
  { width: 1366, height: 768 },
  { width: 320, height: 640 },
])('right to left at $width px', (viewport) => {
  it('mirrors the home page, the details and the inventory, and keeps typed Latin text left to right', async () => {
    const { context, page, problems } = await newSession(app.browser, { viewport });
    try {
      await page.goto(`${app.url}?pseudo=rtl`);
      await page.getByRole('heading', { level: 1, name: rtl('home.title') }).waitFor();
      expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
      // The header starts on the right: its title sits to the right of the language switcher.
      const title = await page.locator('.app-header__title').boundingBox();
      const switcher = await page.getByRole('combobox', { name: rtl('header.language'), exact: true }).boundingBox();
      if (viewport.width > 600) expect(title!.x, 'the title is on the right').toBeGreaterThan(switcher!.x);
      // At any width a heading's first line starts at the right of its box, ragged on the left.
      const firstLine = await page.getByRole('heading', { level: 1 }).evaluate((heading) => {
        const range = document.createRange();
        range.selectNodeContents(heading);
        const line = range.getClientRects()[0];
        const box = heading.getBoundingClientRect();
        return { rightGap: box.right - (line?.right ?? Number.NaN) };
      });
      expect(Math.abs(firstLine.rightGap), 'the heading’s first line starts at the right').toBeLessThan(1.5);
      await expectNoHorizontalScroll(page, 'home page, right to left');
      await expectNoAxeViolations(page, 'home page, right to left');

      await startUnderSouthAfricanLaw(page);
      await page.getByRole('textbox', { name: rtl('details.fields.union'), exact: true }).fill('اتحاد العمال');
      const employer = page.getByRole('textbox', { name: rtl('details.fields.employer'), exact: true });
      await employer.fill('ACME Logistics (UK) Ltd. 2026');
      expect(await employer.evaluate((field) => field.matches(':dir(ltr)')), 'typed Latin text runs left to right').toBe(true);
      await expectNoHorizontalScroll(page, 'details, right to left');
      await expectNoAxeViolations(page, 'details, right to left');
      await page.getByRole('button', { name: rtl('nav.continue'), exact: true }).click();
      await page.getByRole('heading', { level: 1, name: rtl('inventory.title') }).waitFor();

      const listed = await addMonitoringSystem(page, 'RouteWatch 2.0 (beta)');
      expect(await listed.evaluate((heading) => heading.matches(':dir(ltr)')), 'a system named in Latin letters reads left to right').toBe(true);
      await expectNoHorizontalScroll(page, 'inventory, right to left');
      await expectNoAxeViolations(page, 'inventory, right to left');
      expect(problems, problems.join('\n')).toEqual([]);
    } finally {
      await context.close();
    }
  }, 90_000);
});

const EMPLOYER = 'ACME Logistics (UK) Ltd.';
const SYSTEM = 'RouteWatch 2.0 (beta)';
/** docx's page margins, an inch: where the lines of the text start and end. */
const MARGIN = 72;

/** The words of each printed line of the body (headers and footers left out), left to right, without the invisible direction marks. */
function bodyLines(words: readonly PdfWord[]): PdfWord[][] {
  const lines = new Map<string, PdfWord[]>();
  for (const word of words) {
    if (word.yMin < MARGIN - 5 || word.yMin > word.pageHeight - MARGIN || normaliseText(word.text) === '') continue;
    const key = `${word.page}/${Math.round(word.yMin)}`;
    lines.set(key, [...(lines.get(key) ?? []), word]);
  }
  return [...lines.values()].map((line) => [...line].sort((a, b) => a.xMin - b.xMin));
}

const ARABIC = /[\u0600-\u06ff]/u;

describe('right-to-left documents', () => {
  const work = temporaryDirectory('e2e-rtl-documents-');
  const documents: Partial<Record<DocumentKind, DownloadedDocument>> = {};
  let pdfs: Partial<Record<DocumentKind, string>> = {};
  afterAll(() => work.remove());

  it('come from a short negotiation, the typed system named apart in the question’s eyebrow', async () => {
    const { context, page, problems } = await newSession(app.browser);
    try {
      await page.goto(`${app.url}?pseudo=rtl`);
      await page.getByRole('heading', { level: 1, name: rtl('home.title') }).waitFor();
      await startUnderSouthAfricanLaw(page);
      await page.getByRole('textbox', { name: rtl('details.fields.union'), exact: true }).fill('Transport Workers Union');
      await page.getByRole('textbox', { name: rtl('details.fields.employer'), exact: true }).fill(EMPLOYER);
      await press(page, 'nav.continue');
      await page.getByRole('heading', { level: 1, name: rtl('inventory.title') }).waitFor();
      await addMonitoringSystem(page, SYSTEM);
      await press(page, 'nav.continue');

      // "RouteWatch 2.0 (beta) · <stage> · <question 1 of n>": the name runs left to right in
      // the right-to-left eyebrow, and the heading is still named by the plain text.
      const eyebrow = page.getByRole('main').locator('h1 .eyebrow');
      await eyebrow.waitFor();
      expect(await eyebrow.evaluate((element) => element.matches(':dir(rtl)'))).toBe(true);
      const name = eyebrow.locator('bdi');
      expect(await name.textContent()).toBe(SYSTEM);
      expect(await name.evaluate((element) => element.matches(':dir(ltr)')), 'the typed name runs left to right').toBe(true);
      expect(await page.getByRole('heading', { level: 1, name: new RegExp(`^${SYSTEM.replace(/[.()]/g, '\\$&')} · `) }).count()).toBe(1);

      const status = page.getByRole('group', { name: rtl('question.status'), exact: true });
      await status.getByRole('radio', { name: rtl('status.partly'), exact: true }).check();
      await page.getByRole('textbox', { name: rtl('question.words'), exact: true }).fill('GPS every minute, kept for a year.');
      const first = await page.locator('main h1').textContent();
      await press(page, 'nav.next');
      await page.waitForFunction((before) => document.querySelector('main h1')?.textContent !== before, first);
      await status.getByRole('radio', { name: rtl('status.refused'), exact: true }).check();
      await press(page, 'nav.next');

      const steps = page.getByRole('navigation', { name: rtl('steps.label'), exact: true });
      await steps.getByRole('button', { name: new RegExp(`^${rtl('steps.documents')}`) }).click();
      await page.getByRole('heading', { level: 1, name: rtl('documents.title') }).waitFor();
      for (const kind of DOCUMENT_KINDS) {
        const [download] = await Promise.all([page.waitForEvent('download'), press(page, `export.kinds.${kind}.button`)]);
        const path = join(work.path, `${kind}.docx`);
        await download.saveAs(path);
        documents[kind] = { path, fileName: download.suggestedFilename() };
        await page.getByRole('status').filter({ hasText: rtl('export.done', { what: rtl(`export.names.${kind}`) }) }).waitFor();
      }
      expect(problems, problems.join('\n')).toEqual([]);
    } finally {
      await context.close();
    }
    // One LibreOffice run for the three.
    const printed = await convertDocxFilesToPdf(DOCUMENT_KINDS.map((kind) => documents[kind]?.path ?? ''), join(work.path, 'office'));
    pdfs = Object.fromEntries(DOCUMENT_KINDS.map((kind, index) => [kind, printed[index]]));
  }, 240_000);

  it.each(DOCUMENT_KINDS)('the %s, as LibreOffice prints it, is in the pseudo-translation, right-aligned, the employer’s name intact', async (kind) => {
    const pdf = pdfs[kind];
    if (!pdf || !documents[kind]) throw new Error(`No ${kind} was printed: the journey failed first.`);
    // Named in the document's words, as every document is.
    expect(documents[kind]?.fileName).toMatch(new RegExp(`^${pseudoText(t('en', `document:fileNames.${kind}`), 'rtl').replace(/[^\p{L}\p{N}]+/gu, '-')}-ACME-Logistics-UK-Ltd-`, 'u'));
    expect(normaliseText(await pdfText(pdf))).toContain(normaliseText(rtl(`document:kinds.${kind}.title`)));

    // Short lines (headings, labelled lines, a paragraph's last line) end at the right margin,
    // ragged on the left; none starts at the left margin, as every one would left to right.
    const lines = bodyLines(await pdfWords(pdf));
    const width = (lines[0]?.[0]?.pageWidth ?? 0) - 2 * MARGIN;
    const short = lines.filter((line) => (line.at(-1)?.xMax ?? 0) - (line[0]?.xMin ?? 0) < 0.7 * width);
    const atRight = short.filter((line) => Math.abs((line.at(-1)?.xMax ?? 0) - (MARGIN + width)) < 2);
    const atLeft = short.filter((line) => Math.abs((line[0]?.xMin ?? 0) - MARGIN) < 2);
    expect(atRight.length, 'short lines ending at the right margin').toBeGreaterThanOrEqual(5);
    expect(atLeft.map((line) => line.map((word) => word.text).join(' ')), 'short lines starting at the left margin').toEqual([]);

    // The employer typed in Latin letters reads left to right, whole, inside a right-to-left
    // sentence; without isolation its full stop would print on its left: ".ACME … Ltd".
    const texts = lines.map((line) => line.map((word) => word.text));
    const intact = texts.filter((line) => line.join(' ').includes(EMPLOYER) && line.some((word) => ARABIC.test(word)));
    expect(intact.length, `a right-to-left line holding “${EMPLOYER}”`).toBeGreaterThan(0);
    const scattered = texts.filter((line) => line.includes('Ltd') || line.some((word) => word.endsWith('ACME') && word !== 'ACME') || line[line.indexOf('ACME') - 1] === '.');
    expect(scattered.map((line) => line.join(' '))).toEqual([]);
  }, 60_000);
});
