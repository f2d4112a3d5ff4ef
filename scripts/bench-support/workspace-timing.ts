import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import ui from '../../locales/en/ui.json' with { type: 'json' };
import type { FlowDefinition } from '../../src/engine/flow-types.ts';
import type { NegotiationRecord } from '../../src/engine/negotiation.ts';
import { withMeta } from '../../src/engine/record-updates.ts';
import { withNextRound } from '../../src/engine/rounds.ts';
import { summariseRecord, type NegotiationSummary } from '../../src/record/negotiation-summary.ts';
import { parseNegotiationFile } from '../../src/record/negotiation-file.ts';
import { awaitInPage, loadQuietly, whenSelectorAppears } from './quiet-load.ts';
import { sampleRecord } from './sample-record.ts';

/**
 * The workspace in Chromium: the home page listing hundreds of negotiations, and opening a
 * large one. Storage is seeded straight into IndexedDB as the app stores it (an envelope per
 * record and its summary, computed by the app's own function), so the runs time the app's
 * reading and rendering, not the seeding.
 */

export interface WorkspaceRun {
  readonly ms: number;
  /** Durations of the main-thread long tasks (over 50 ms) that started during the run. */
  readonly longTasksMs: readonly number[];
}

export interface WorkspaceTiming {
  readonly negotiations: number;
  /** The same page with nothing stored: navigation start to the home page's heading. */
  readonly empty: readonly WorkspaceRun[];
  readonly list: readonly WorkspaceRun[];
  /** Navigation start to every card in the document: the cards after the first come in a transition. */
  readonly full: readonly WorkspaceRun[];
  readonly open: readonly WorkspaceRun[];
  /** The large negotiation: its systems and meetings, and its size as stored (JSON characters). */
  readonly large: { readonly systems: number; readonly meetings: number; readonly chars: number };
}

const LARGE_ID = 'bench-large-negotiation';
const LARGE_EMPLOYER = 'Large Example Holdings';

/** Every example of `examples/`, read as the app reads a negotiation file. */
function examples(root: string): NegotiationRecord[] {
  return readdirSync(join(root, 'examples'))
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const reading = parseNegotiationFile(readFileSync(join(root, 'examples', name), 'utf8'));
      if (!reading.ok) throw new Error(`examples/${name} does not read`);
      return reading.file.negotiations[0];
    });
}

/** Closes the meeting under way `count` times, so the record carries that many earlier rounds. */
function withRounds(record: NegotiationRecord, count: number, prefix: string): NegotiationRecord {
  let current = record;
  for (let index = 0; index < count; index += 1) {
    current = withNextRound(current, { id: `${prefix}-round-${index + 1}`, closedAt: `2026-0${(index % 9) + 1}-15T09:00:00.000Z` }, { date: `2026-0${(index % 9) + 1}-20` });
  }
  return current;
}

/** `count` negotiations, copies of the examples with new ids and parties, each with two to four earlier rounds; plus the large one. */
export function workspaceRecords(root: string, flows: (id: string) => FlowDefinition, count: number, largeSystems: number, largeRounds: number): NegotiationRecord[] {
  const sources = examples(root);
  const copies = Array.from({ length: count - 1 }, (_, index) => {
    const source = sources[index % sources.length] as NegotiationRecord;
    const id = `bench-workspace-${index + 1}`;
    const updatedAt = new Date(Date.UTC(2026, 10, 1) + index * 3_600_000).toISOString();
    const copy = withMeta({ ...source, id, updatedAt }, { employer: `${source.meta.employer || 'Employer'} ${index + 1}`, title: index % 5 === 0 ? `Negotiation ${index + 1}` : '' });
    return withRounds(copy, 2 + (index % 3), id);
  });
  const large = withRounds({ ...sampleRecord(flows('eu'), largeSystems), id: LARGE_ID, updatedAt: '2026-10-01T09:00:00.000Z' }, largeRounds, LARGE_ID);
  return [...copies, withMeta(large, { employer: LARGE_EMPLOYER })];
}

// Page-side code is passed as strings: tsx's name-keeping helpers would not exist in the page.

/** Writes envelopes and summaries into the app's database, as the app itself writes them. */
export const SEED = `async ({ records, summaries }) => {
  const db = await new Promise((resolve, reject) => {
    const opening = indexedDB.open('data-rights-wizard');
    opening.onsuccess = () => resolve(opening.result);
    opening.onerror = () => reject(opening.error);
  });
  await new Promise((resolve, reject) => {
    const tx = db.transaction(['records', 'summaries'], 'readwrite');
    for (const record of records) tx.objectStore('records').put({ revision: 1, record, conflicts: [] }, record.id);
    for (const summary of summaries) tx.objectStore('summaries').put(summary, summary.id);
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}`;

/** From navigation start to the home page's first heading, for the baseline with nothing stored; Playwright waits without running anything in the page (`loadQuietly`). */
const WATCH_HEADING = `
  window.__longTasks = [];
  new PerformanceObserver((list) => { window.__longTasks.push(...list.getEntries().map((entry) => ({ start: entry.startTime, duration: entry.duration }))); }).observe({ type: 'longtask', buffered: true });
  ${whenSelectorAppears('__firstHeading', 'h1')}
`;

/** The home page with nothing stored, in a context of its own: what any list adds is measured against it. */
async function timeEmptyHome(browser: Browser, url: string, runs: number): Promise<WorkspaceRun[]> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.addInitScript(WATCH_HEADING);
    const timings: WorkspaceRun[] = [];
    // One load first, so every timed run finds the database created and the scripts cached, as the seeded runs do.
    for (let run = 0; run <= runs; run += 1) {
      const at = (await loadQuietly(page, cdp, url, 'window.__firstHeading')) as number;
      await page.getByRole('heading', { level: 1, name: ui.home.title }).waitFor();
      if (run > 0) timings.push({ ms: at, longTasksMs: await settleTasks(page, '__longTasks', 0, at) });
    }
    return timings;
  } finally {
    await context.close();
  }
}

/**
 * From navigation start to the first list of negotiations in the document (its first cards),
 * and to the frame after every one of `count` cards is in it, with the long tasks observed
 * from the page's first script. The cards are counted through a live collection, which costs the page next to nothing.
 */
const watchList = (count: number) => `
  window.__longTasks = [];
  new PerformanceObserver((list) => { window.__longTasks.push(...list.getEntries().map((entry) => ({ start: entry.startTime, duration: entry.duration }))); }).observe({ type: 'longtask', buffered: true });
  const cards = document.getElementsByClassName('negotiation');
  ${whenSelectorAppears('__firstList', 'ul.negotiations > li')}
  window.__allCards = new Promise((resolve) => new MutationObserver((_, observer) => {
    if (cards.length >= ${count}) {
      // Once the frame that lays them out has run: a timeout queued from requestAnimationFrame runs after its paint.
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0));
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true }));
`;

/** Times the click on "Open" (captured in the page) to the wizard's first heading. */
const WATCH_OPEN = `(homeTitle) => {
  window.__openTasks = [];
  const tasks = new PerformanceObserver((list) => { window.__openTasks.push(...list.getEntries().map((entry) => ({ start: entry.startTime, duration: entry.duration }))); });
  tasks.observe({ type: 'longtask' });
  document.addEventListener('click', () => {
    window.__openClick = performance.now();
    new MutationObserver((_, observer) => {
      const heading = document.querySelector('h1');
      if (heading && !heading.textContent.includes(homeTitle)) {
        window.__openedAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true, characterData: true });
  }, { capture: true, once: true });
}`;

async function settleTasks(page: Page, variable: string, from: number, to: number): Promise<number[]> {
  // Long task entries arrive after the task ends: give the last one time to be reported.
  await page.waitForTimeout(200);
  const tasks = (await page.evaluate(`window.${variable}`)) as { start: number; duration: number }[];
  return tasks.filter((task) => task.start + task.duration >= from && task.start <= to).map((task) => task.duration);
}

async function number(page: Page, expression: string): Promise<number> {
  const value: unknown = await page.evaluate(expression);
  if (typeof value !== 'number') throw new Error(`${expression} was not measured`);
  return value;
}

/** Seeds one fresh context with the workspace, then times `runs` page loads and `runs` opens of the large negotiation. */
export async function timeWorkspace(browser: Browser, url: string, records: readonly NegotiationRecord[], runs: number): Promise<WorkspaceTiming> {
  const empty = await timeEmptyHome(browser, url, runs);
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto(url);
    await page.getByRole('heading', { level: 1, name: ui.home.title }).waitFor();
    const summaries: NegotiationSummary[] = records.map((record) => summariseRecord(record, { archived: false }));
    await page.evaluate(`(${SEED})(${JSON.stringify({ records, summaries })})`);
    await page.addInitScript(watchList(records.length));

    const list: WorkspaceRun[] = [];
    const full: WorkspaceRun[] = [];
    const open: WorkspaceRun[] = [];
    for (let run = 0; run < runs; run += 1) {
      const listAt = (await loadQuietly(page, cdp, url, 'window.__firstList')) as number;
      const fullAt = (await awaitInPage(cdp, 'window.__allCards')) as number;
      const large = page.getByRole('listitem', { name: new RegExp(`^${LARGE_EMPLOYER}`) });
      await large.waitFor();
      list.push({ ms: listAt, longTasksMs: await settleTasks(page, '__longTasks', 0, listAt) });
      full.push({ ms: fullAt, longTasksMs: await settleTasks(page, '__longTasks', 0, fullAt) });

      await page.evaluate(`(${WATCH_OPEN})(${JSON.stringify(ui.home.title)})`);
      await large.getByRole('button', { name: new RegExp(`^${ui.home.open}`) }).click();
      // Polled from Node: a predicate string would be evaluated by the page, which its CSP forbids.
      while ((await page.evaluate('window.__openedAt')) === undefined) await page.waitForTimeout(10);
      const clicked = await number(page, 'window.__openClick');
      const opened = await number(page, 'window.__openedAt');
      open.push({ ms: opened - clicked, longTasksMs: await settleTasks(page, '__openTasks', clicked, opened) });
      // Back to the list, so the next load shows the home page rather than resuming this negotiation.
      await page.getByRole('button', { name: ui.header.home }).click();
      await page.getByRole('heading', { level: 1, name: ui.home.title }).waitFor();
    }
    const largest = records.find((record) => record.id === LARGE_ID);
    return {
      negotiations: records.length,
      empty,
      list,
      full,
      open,
      large: { systems: largest?.systems.length ?? 0, meetings: (largest?.rounds.length ?? 0) + 1, chars: JSON.stringify(largest).length },
    };
  } finally {
    await context.close();
  }
}
