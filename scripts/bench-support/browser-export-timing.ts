import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import wizard from '../../locales/en/wizard.json' with { type: 'json' };
import type { FlowDefinition } from '../../src/engine/flow-types.ts';
import { serialiseNegotiation } from '../../src/record/negotiation-file.ts';
import { chooseStep, goToDocuments, openFileInput, stepsNavigation, waitForHeading } from '../../tests/support/e2e-journey.ts';
import { sampleRecord } from './sample-record.ts';

export interface BrowserExportRun {
  /**
   * From the click reaching the page (reported to Node through an exposed function) to
   * Playwright's 'download' event, both on Node's clock: Playwright's work before the click,
   * up to a second on a 40-system page, is left out.
   */
  readonly ms: number;
  /** Durations of the main-thread long tasks (over 50 ms) that started during the export. */
  readonly longTasksMs: readonly number[];
}

const CLICK_BINDING = 'benchExportClicked';

// Page-side code is passed as strings: tsx's name-keeping helpers would not exist in the page.

/** Starts the export window: collects long tasks, buffered ones included, and reports the click. */
const WATCH_EXPORT = `(() => {
  const tasks = [];
  const observer = new PerformanceObserver((list) => { tasks.push(...list.getEntries()); });
  observer.observe({ type: 'longtask', buffered: true });
  window.__exportWatch = { start: performance.now(), tasks, observer };
  document.addEventListener('click', () => window.${CLICK_BINDING}(), { capture: true, once: true });
})()`;

/** Ends the window now, waits for late entries, and returns the durations of tasks started in it. */
const READ_LONG_TASKS = `(async () => {
  const end = performance.now();
  const { start, tasks, observer } = window.__exportWatch;
  await new Promise((resolve) => setTimeout(resolve, 100));
  tasks.push(...observer.takeRecords());
  observer.disconnect();
  return tasks.filter((task) => task.startTime >= start && task.startTime < end).map((task) => task.duration);
})()`;

function isNumberList(value: unknown): value is number[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'number');
}

/** How long a representative is taken to spend on the review before asking for a document. */
const REVIEW_READING_MS = 1_000;

/**
 * Opens the negotiation file from the home page, reads the review for a second (the export
 * worker starts there), then goes to the documents step, where exports start.
 */
async function openAtDocuments(page: Page, url: string, file: string): Promise<void> {
  await page.goto(url);
  await openFileInput(page, 'en').setInputFiles(file);
  await stepsNavigation(page, 'en').waitFor();
  await chooseStep(page, 'en', wizard.steps.review);
  await waitForHeading(page, wizard.review.title);
  await page.waitForTimeout(REVIEW_READING_MS);
  await goToDocuments(page, 'en');
}

/**
 * One download of the brief; `clicks` receives the Node time of each click the page reports.
 * The button is found by its text and clicked from inside the page: a locator's click would
 * query the page's accessibility tree on its main thread, and on a 40-system page those
 * queries are long tasks of their own.
 */
async function exportOnce(page: Page, clicks: number[]): Promise<BrowserExportRun> {
  clicks.length = 0;
  await page.evaluate(WATCH_EXPORT);
  const downloaded = page.waitForEvent('download').then(() => performance.now());
  const clicked = await page.evaluate((label) => {
    const button = [...document.querySelectorAll('button')].find((candidate) => candidate.textContent === label);
    button?.click();
    return button !== undefined;
  }, wizard.export.kinds.brief.button);
  if (!clicked) throw new Error('the brief button is not on the page');
  const downloadedAt = await downloaded;
  const clickedAt = clicks[0];
  if (clickedAt === undefined) throw new Error('the click was not reported');
  const ms = downloadedAt - clickedAt;
  const longTasksMs = await page.evaluate(READ_LONG_TASKS);
  if (!isNumberList(longTasksMs)) throw new Error('long tasks were not read');
  // The button is enabled again once the page says the brief was downloaded.
  await page.getByRole('status').filter({ hasText: wizard.export.done.replace('{{what}}', wizard.export.names.brief) }).waitFor();
  return { ms, longTasksMs };
}

/**
 * Downloads the internal brief of `systems` fully answered systems `count` times in the built
 * app, in a fresh context, after opening the negotiation as a file and reading its review; the
 * first run is the first this worker makes.
 */
export async function timeBrowserExport(browser: Browser, url: string, flow: FlowDefinition, systems: number, count: number): Promise<BrowserExportRun[]> {
  const directory = mkdtempSync(join(tmpdir(), 'bench-export-'));
  const context = await browser.newContext({ locale: 'en-GB', acceptDownloads: true });
  context.setDefaultTimeout(60_000);
  try {
    const file = join(directory, `${flow.id}-${systems}.json`);
    writeFileSync(file, serialiseNegotiation(sampleRecord(flow, systems), new Date().toISOString(), { includeNotes: true }));
    const page = await context.newPage();
    const clicks: number[] = [];
    await page.exposeFunction(CLICK_BINDING, () => clicks.push(performance.now()));
    await openAtDocuments(page, url, file);
    const runs: BrowserExportRun[] = [];
    for (let i = 0; i < count; i++) runs.push(await exportOnce(page, clicks));
    return runs;
  } finally {
    await context.close();
    rmSync(directory, { recursive: true, force: true });
  }
}
