import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import wizard from '../../locales/en/wizard.json' with { type: 'json' };
import type { FlowDefinition } from '../../src/engine/flow-types.ts';
import { serialiseNegotiation } from '../../src/record/negotiation-file.ts';
import { openFileInput, stepsNavigation, waitForHeading } from '../../tests/support/e2e-journey.ts';
import { answeredCount, sampleRecord } from './sample-record.ts';

/**
 * The review step in Chromium: a negotiation of many fully answered systems opened from a
 * file, then the review opened from the step list with a real mouse click, again and again.
 */

export interface ReviewRun {
  /** From the click to the first frame after the review's heading entered the document. */
  readonly headingMs: number;
  /** From the click to the first frame after every system's table and the meetings were in the document. */
  readonly completeMs: number;
  /** Durations of the main-thread long tasks (over 50 ms) running between the click and the heading's frame. */
  readonly headingTasksMs: readonly number[];
  /** The same, up to the whole review's frame. */
  readonly completeTasksMs: readonly number[];
}

export interface ReviewTiming {
  readonly systems: number;
  /** Rows of the review's tables: the questions on every system's path. */
  readonly answers: number;
  readonly runs: readonly ReviewRun[];
}

// Page-side code is passed as strings: tsx's name-keeping helpers would not exist in the page.

/**
 * Starts one run's window before the click: long tasks, the click's time (capture phase), and
 * a promise that resolves once the whole review is in the document and a frame has followed.
 * "A frame has followed" is a timeout queued from requestAnimationFrame, which runs after
 * that frame's paint. The sections are counted through live collections, so the observer
 * adds next to nothing to the tasks it watches.
 */
const WATCH_REVIEW = `({ title, systems }) => {
  const watch = { tasks: [] };
  watch.observer = new PerformanceObserver((list) => { for (const entry of list.getEntries()) watch.tasks.push({ start: entry.startTime, duration: entry.duration }); });
  watch.observer.observe({ type: 'longtask' });
  const afterFrame = (key, then) => requestAnimationFrame(() => setTimeout(() => { watch[key] = performance.now(); then?.(); }, 0));
  const sections = document.getElementsByClassName('review-system');
  const meetings = document.getElementsByClassName('meetings');
  watch.done = new Promise((resolve) => {
    const mutations = new MutationObserver(() => {
      if (watch.headingIn === undefined && document.querySelector('main h1 .step__title')?.textContent === title) {
        watch.headingIn = performance.now();
        afterFrame('headingAt');
      }
      if (watch.headingIn !== undefined && sections.length === systems && meetings.length > 0) {
        mutations.disconnect();
        afterFrame('completeAt', resolve);
      }
    });
    mutations.observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  document.addEventListener('click', () => { watch.clickAt = performance.now(); }, { capture: true, once: true });
  window.__reviewWatch = watch;
}`;

/** Waits for the whole review, gives the last long task time to be reported, and returns the window. */
const READ_REVIEW = `(async () => {
  const watch = window.__reviewWatch;
  await watch.done;
  await new Promise((resolve) => setTimeout(resolve, 200));
  watch.tasks.push(...watch.observer.takeRecords().map((entry) => ({ start: entry.startTime, duration: entry.duration })));
  watch.observer.disconnect();
  return { clickAt: watch.clickAt, headingAt: watch.headingAt, completeAt: watch.completeAt, tasks: watch.tasks };
})()`;

/** Scrolls a step-list button into view and returns its centre, for a real mouse click. */
const BUTTON_CENTRE = `(label) => {
  const button = [...document.querySelectorAll('nav button')].find((candidate) => candidate.textContent === label);
  if (!button) return null;
  button.scrollIntoView({ block: 'center' });
  const box = button.getBoundingClientRect();
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
}`;

interface ReviewWindow {
  readonly clickAt: number;
  readonly headingAt: number;
  readonly completeAt: number;
  readonly tasks: readonly { readonly start: number; readonly duration: number }[];
}

function isWindow(value: unknown): value is ReviewWindow {
  if (typeof value !== 'object' || value === null) return false;
  const { clickAt, headingAt, completeAt, tasks } = value as Record<string, unknown>;
  return [clickAt, headingAt, completeAt].every((time) => typeof time === 'number') && Array.isArray(tasks);
}

/** Long tasks that ran at some point between `from` and `to`. */
function tasksBetween(tasks: ReviewWindow['tasks'], from: number, to: number): number[] {
  return tasks.filter((task) => task.start + task.duration > from && task.start < to).map((task) => task.duration);
}

/**
 * Clicks a button of the step list with the mouse, found by its text from inside the page: a
 * locator would query the accessibility tree of a page with a hundred systems on its main thread.
 */
async function clickStep(page: Page, label: string): Promise<void> {
  const centre = (await page.evaluate(`(${BUTTON_CENTRE})(${JSON.stringify(label)})`)) as { x: number; y: number } | null;
  if (!centre) throw new Error(`no "${label}" in the step list`);
  await page.mouse.click(centre.x, centre.y);
}

/** Lets saves and idle work of the last step finish, so that they do not fall into the next window. */
async function settle(page: Page): Promise<void> {
  await page.waitForTimeout(500);
}

async function openReviewOnce(page: Page, systems: number): Promise<ReviewRun> {
  await page.evaluate(`(${WATCH_REVIEW})(${JSON.stringify({ title: wizard.review.title, systems })})`);
  await clickStep(page, wizard.steps.review);
  const timing: unknown = await page.evaluate(READ_REVIEW);
  if (!isWindow(timing)) throw new Error('the review was not timed');
  return {
    headingMs: timing.headingAt - timing.clickAt,
    completeMs: timing.completeAt - timing.clickAt,
    headingTasksMs: tasksBetween(timing.tasks, timing.clickAt, timing.headingAt),
    completeTasksMs: tasksBetween(timing.tasks, timing.clickAt, timing.completeAt),
  };
}

/**
 * Opens a negotiation of `systems` fully answered systems from a file in the built app, in a
 * fresh context at 1366×768, then `runs` times goes to its details and opens the review.
 */
export async function timeReview(browser: Browser, url: string, flow: FlowDefinition, systems: number, runs: number): Promise<ReviewTiming> {
  const directory = mkdtempSync(join(tmpdir(), 'bench-review-'));
  const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1366, height: 768 } });
  context.setDefaultTimeout(60_000);
  try {
    const record = sampleRecord(flow, systems);
    const file = join(directory, `${flow.id}-${systems}.json`);
    writeFileSync(file, serialiseNegotiation(record, new Date().toISOString(), { includeNotes: true }));
    const page = await context.newPage();
    await page.goto(url);
    await openFileInput(page, 'en').setInputFiles(file);
    await stepsNavigation(page, 'en').waitFor();
    const timed: ReviewRun[] = [];
    for (let run = 0; run < runs; run += 1) {
      await clickStep(page, wizard.steps.details);
      await waitForHeading(page, wizard.details.title);
      await settle(page);
      timed.push(await openReviewOnce(page, systems));
      await settle(page);
    }
    return { systems, answers: answeredCount(flow, record), runs: timed };
  } finally {
    await context.close();
    rmSync(directory, { recursive: true, force: true });
  }
}
