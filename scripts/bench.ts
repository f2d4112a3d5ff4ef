/**
 * Performance figures for the wizard: bundle size, document export time (in Node and in the
 * built app in Chromium, with main-thread long tasks), first render, and the documents' page
 * counts as LibreOffice lays them out.
 * Prints measurements and targets; it does not pass or fail. Run with `npm run bench`, or one
 * part only with `npm run bench -- <part>` (bundle, startup, layers, export, save, chromium, workspace, review, pages).
 */
import { join } from 'node:path';
import { JURISDICTION_KEYS, loadFlow } from '../flows/index.ts';
import type { FlowDefinition } from '../src/engine/flow-types.ts';
import type { TFunction } from 'i18next';
import type { Browser } from 'playwright-core';
import { launchChromium, serveBuiltApp } from '../tests/support/browser.ts';
import { timeBrowserExport } from './bench-support/browser-export-timing.ts';
import { measureKeyboardCost } from './bench-support/keyboard-cost.ts';
import { buildApp, measureBundle, totalGzip } from './bench-support/bundle-size.ts';
import { englishT, timeExport, type ExportTiming, type RunCounts } from './bench-support/export-timing.ts';
import { timePageLoads } from './bench-support/render-timing.ts';
import { timeReview, type ReviewRun } from './bench-support/review-timing.ts';
import { countPages, exampleNegotiation, sampleNegotiation } from './bench-support/page-counts.ts';
import { timeSave } from './bench-support/save-timing.ts';
import { sampleRecord, statusCounts } from './bench-support/sample-record.ts';
import { median } from './bench-support/stats.ts';
import { kb, ms, printTable } from './bench-support/table.ts';
import { timeLayers } from './bench-support/layer-timing.ts';
import { buildFloorApp, serveFolder, timeFirstScreens, type FirstScreen } from './bench-support/startup-timing.ts';
import { timeWorkspace, workspaceRecords, type WorkspaceRun } from './bench-support/workspace-timing.ts';

const ROOT = join(import.meta.dirname, '..');
const PAGE_LOADS = 5;
const FLOW_IDS = ['eu', 'za'] as const;
const SIZES = [10, 40] as const;
/** Fewer runs for 40 systems keep the whole bench near three minutes. */
const NODE_RUNS: Readonly<Record<(typeof SIZES)[number], RunCounts>> = { 10: { warmup: 3, runs: 15 }, 40: { warmup: 2, runs: 7 } };
/** Five: with three, "first minus later" swung from -21 to 545 ms between runs of one build on this machine. */
const BROWSER_EXPORTS = 5;
const BROWSER_TARGETS: Readonly<Record<(typeof SIZES)[number], string>> = { 10: '< 300 ms', 40: '< 1 s' };

async function reportBundle(): Promise<void> {
  const buildMs = await buildApp(ROOT);
  const bundle = measureBundle(join(ROOT, 'dist'));
  const lazy = bundle.largestLazy;
  printTable(
    'Bundle (JavaScript, gzip)',
    ['measure', 'size', 'files'],
    [
      ['all JS chunks', kb(totalGzip(bundle.all)), `${bundle.all.length} chunks`],
      ['largest lazy chunk', lazy ? kb(lazy.gzip) : '-', lazy ? `${lazy.file}${lazy.containsDocx ? ' (docx)' : ''}` : 'none'],
    ],
    [
      'what loads before the first screen is measured in the browser: see "startup"',
      `build time: ${ms(buildMs)}; 1 KB = 1,000 bytes`,
    ],
  );
}

const STARTUP_RUNS = 7;
const STARTUP_LOCALES = [['en', 'en-GB'], ['fr', 'fr-FR']] as const;
const CPU_SLOWDOWNS = [1, 4] as const;

/** The first screen of the built app against the floor app, in English and French, at 1x and 4x CPU. */
async function reportStartup(): Promise<void> {
  await buildApp(ROOT);
  const floorDir = join(ROOT, '.tmp', 'bench-floor');
  await buildFloorApp(floorDir);
  const app = await serveFolder(join(ROOT, 'dist'));
  const floor = await serveFolder(floorDir);
  const browser = await launchChromium();
  try {
    const timingRows: string[][] = [];
    const scripts = new Map<string, FirstScreen['scripts']>();
    for (const cpuSlowdown of CPU_SLOWDOWNS) {
      const [floorRun, returningRun, ...appRuns] = await timeFirstScreens(
        browser,
        [
          { url: floor.url, distDir: floorDir, locale: 'en-GB' },
          { url: app.url, distDir: join(ROOT, 'dist'), locale: 'en-GB', returning: true },
          ...STARTUP_LOCALES.map(([, locale]) => ({ url: app.url, distDir: join(ROOT, 'dist'), locale })),
        ],
        { cpuSlowdown, runs: STARTUP_RUNS },
      );
      if (!floorRun || !returningRun) throw new Error('the floor app or the returning visit was not timed');
      timingRows.push([`floor app`, 'en', `${cpuSlowdown}x`, ms(floorRun.headingMs), floorRun.runsMs.map((run) => run.toFixed(0)).join(' / '), '1.00', '']);
      for (const [index, [language]] of STARTUP_LOCALES.entries()) {
        const run = appRuns[index];
        if (!run) throw new Error(`the app in ${language} was not timed`);
        scripts.set(language, run.scripts);
        timingRows.push(['app, home page', language, `${cpuSlowdown}x`, ms(run.headingMs), run.runsMs.map((value) => value.toFixed(0)).join(' / '), (run.headingMs / floorRun.headingMs).toFixed(2), cpuSlowdown === 4 ? '<= 1.10' : '']);
      }
      timingRows.push(['app, returning visit', 'en', `${cpuSlowdown}x`, ms(returningRun.headingMs), returningRun.runsMs.map((value) => value.toFixed(0)).join(' / '), (returningRun.headingMs / floorRun.headingMs).toFixed(2), '']);
    }
    printTable(`First heading in Chromium, navigation start to the first <h1> (median of ${STARTUP_RUNS} loads)`, ['page', 'language', 'CPU slowdown', 'median', 'all runs', 'vs floor', 'target'], timingRows, [
      'floor app: React, react-dom, i18next and react-i18next rendering one translated heading, built in this run',
      'service workers blocked and HTTP cache warm for both (one untimed load first); CPU slowed with CDP Emulation.setCPUThrottlingRate',
      'the pages load in turn, run by run; Playwright waits without running anything in the page (scripts/bench-support/quiet-load.ts)',
      'returning visit: the app\'s service worker installed, and stopped before each load as Chromium stops an idle one; its static routes answer from the cache',
    ]);
    const scriptRows = [...scripts].flatMap(([language, files]) => [
      ...files.map((file) => [language, file.file.replace(/^assets\//, ''), kb(file.gzip), file.containsDocx ? 'docx: should load on export only' : '']),
      [language, `total, ${files.length} files`, kb(files.reduce((sum, file) => sum + file.gzip, 0)), '<= 100 KB'],
    ]);
    printTable('JavaScript fetched before the first heading (gzip), as Chromium fetched it', ['language', 'file', 'gzip', 'target or note'], scriptRows, [
      'every .js resource whose fetch started before the heading appeared (resource timing), sized from dist/ with gzip -6',
    ]);
  } finally {
    await browser.close();
    await app.close();
    await floor.close();
  }
}

const LOADED_FLOWS = new Map(await Promise.all(JURISDICTION_KEYS.map(async (key) => [key, await loadFlow(key)] as const)));

function flowById(id: string): FlowDefinition {
  const flow = LOADED_FLOWS.get(id);
  if (!flow) throw new Error(`No flow ${id}`);
  return flow;
}

/** The growth per doubling from the same flow's 10-system export to this one (see `growthPerDoubling`). */
function growthSinceTen(timings: readonly ExportTiming[], timing: ExportTiming): string {
  const base = timings.find((candidate) => candidate.flowId === timing.flowId && candidate.systems === 10);
  if (!base || timing.systems === 10) return '';
  return growthPerDoubling(base, timing);
}

async function reportLayers(): Promise<void> {
  const rows = (await timeLayers(JURISDICTION_KEYS)).map((timing) => [timing.key, String(timing.questions), ms(timing.composeMs), ms(timing.selectMs)]);
  printTable('Layered checklists (Node, median of 50 runs)', ['jurisdiction key', 'questions', 'compose core + layers', 'select clauses, 10 systems'], rows, [
    'compose: composeChecklist over modules already loaded; select: selectClauses on a 10-system sample record',
  ]);
}

async function reportExport(): Promise<void> {
  const t = await englishT();
  const timings: ExportTiming[] = [];
  for (const flowId of FLOW_IDS) {
    for (const systems of SIZES) timings.push(await timeExport(flowById(flowId), systems, t, NODE_RUNS[systems]));
  }
  const mix = [...statusCounts(flowById('eu'), sampleRecord(flowById('eu'), 10))].map(([status, count]) => `${status} ${count}`).join(', ');
  printTable(
    'Document export in Node: internal brief, selectClauses + renderDocument + Packer.toBuffer',
    ['flow', 'systems', 'answers', 'runs', 'median', 'p95', 'growth per doubling, 10→40', 'document', 'target'],
    timings.map((timing) => [
      timing.flowId,
      String(timing.systems),
      String(timing.answers),
      `${timing.counts.warmup} + ${timing.counts.runs}`,
      ms(timing.medianMs),
      ms(timing.p95Ms),
      growthSinceTen(timings, timing),
      kb(timing.documentBytes),
      timing.systems === 10 ? '< 300 ms' : '',
    ]),
    [`runs: warm-up + timed; growth per doubling as in the proposal table below: 2.00 = linear`, `status mix, eu with 10 systems: ${mix}`],
  );
  await reportProposalScaling(t);
}

const SCALING_SIZES = [1, 10, 40, 100] as const;
const SCALING_RUNS: RunCounts = { warmup: 2, runs: 5 };

/**
 * The factor by which the time grows each time the systems double, between two sizes:
 * 2.00 is linear; above it, each system costs more than the one before.
 */
function growthPerDoubling(from: ExportTiming, to: ExportTiming): string {
  return ((to.medianMs / from.medianMs) ** (1 / Math.log2(to.systems / from.systems))).toFixed(2);
}

/** The proposal at 1 to 100 systems: whether export stays linear as a negotiation grows. */
async function reportProposalScaling(t: TFunction): Promise<void> {
  const timings: ExportTiming[] = [];
  for (const systems of SCALING_SIZES) timings.push(await timeExport(flowById('eu'), systems, t, SCALING_RUNS, 'proposal'));
  printTable(
    `Proposal export in Node as systems grow (eu; median of ${SCALING_RUNS.runs} after ${SCALING_RUNS.warmup} warm-up runs)`,
    ['systems', 'median', 'per system', 'growth per doubling since the size before', 'document'],
    timings.map((timing, index) => {
      const before = timings[index - 1];
      return [String(timing.systems), ms(timing.medianMs), ms(timing.medianMs / timing.systems), before ? growthPerDoubling(before, timing) : '', kb(timing.documentBytes)];
    }),
    ['growth per doubling: (median / median before) ^ (1 / log2(systems / systems before)); 2.00 = linear, less = a fixed cost shared out'],
  );
}

async function reportSave(): Promise<void> {
  const rows: string[][] = [];
  for (const flowId of FLOW_IDS) {
    const flow = flowById(flowId);
    const timing = await timeSave(flow, sampleRecord(flow, 10), 60);
    rows.push(
      [flowId, 'save one typed character (diff, journal, merge)', ms(timing.saveMs), '< 5 ms'],
      [flowId, 'what the two-tab protection adds (diff, check, fold)', ms(timing.mergeCpuMs), '< 1 ms'],
      [flowId, 'for comparison: the whole record put blind', ms(timing.blindPutMs), ''],
    );
  }
  printTable(
    'Saving an answer, 10 fully answered systems (Node, fake-indexeddb; median of 60)',
    ['flow', 'measure', 'median', 'target'],
    rows,
    ['fake-indexeddb is slower than a browser\'s IndexedDB: the save figure is an upper bound'],
  );
}

async function reportBrowserExport(browser: Browser, url: string): Promise<void> {
  const rows: string[][] = [];
  for (const flowId of FLOW_IDS) {
    for (const systems of SIZES) {
      const runs = await timeBrowserExport(browser, url, flowById(flowId), systems, BROWSER_EXPORTS);
      const longest = Math.max(0, ...runs.flatMap((run) => run.longTasksMs));
      const [first, ...later] = runs.map((run) => run.ms);
      rows.push([
        flowId,
        String(systems),
        ms(median(runs.map((run) => run.ms))),
        runs.map((run) => run.ms.toFixed(0)).join(' / '),
        BROWSER_TARGETS[systems],
        first !== undefined && later.length > 0 ? ms(first - median(later)) : '-',
        '<= 100 ms',
        longest > 0 ? ms(longest) : '< 50 ms',
        runs.map((run) => String(run.longTasksMs.length)).join(' / '),
        '< 50 ms',
      ]);
    }
  }
  printTable(
    `Internal brief export in Chromium (built app, Web Worker; ${BROWSER_EXPORTS} downloads per size, in one page)`,
    ['flow', 'systems', 'median', 'all runs', 'target', 'first minus later', 'target', 'longest main-thread task', 'tasks > 50 ms', 'target'],
    rows,
    [
      'negotiation opened from a file on the home page; from the click on the brief button to the download event',
      'each size in a fresh context; the review is read for a second first (the worker starts there); "all runs" in order',
      'first minus later: the first export against the median of the later ones (JIT warm-up, what the worker still loads)',
      'long tasks: Long Tasks API, started between the click and the download; "< 50 ms" = none reported',
    ],
  );
}

async function reportKeyboardCost(browser: Browser, url: string): Promise<void> {
  const cost = await measureKeyboardCost(browser, url);
  printTable(
    'Keys per answer at the table (two EU systems from the keyboard, 1366×768)',
    ['answers', 'keys per answer (mean)', 'most keys for one answer'],
    [[String(cost.answers), cost.averageKeys.toFixed(2), String(cost.mostKeys)]],
    ['in turn a refusal (key 3), an option (1, Tab, Space), "does not know" (4) and typed words (1, Tabs); then Enter; typed characters not counted'],
  );
}

async function reportChromium(): Promise<void> {
  const { url, server } = await serveBuiltApp();
  const browser = await launchChromium();
  try {
    const loads = await timePageLoads(browser, url, PAGE_LOADS);
    printTable(
      `First render in Chromium (built app, ${PAGE_LOADS} loads in fresh contexts)`,
      ['measure', 'median', 'all runs'],
      [
        ['first-contentful-paint', ms(median(loads.map((load) => load.firstContentfulPaintMs))), loads.map((load) => load.firstContentfulPaintMs.toFixed(0)).join(' / ')],
        ['home heading (h1) visible', ms(median(loads.map((load) => load.headingVisibleMs))), loads.map((load) => load.headingVisibleMs.toFixed(0)).join(' / ')],
      ],
      ['times from navigation start'],
    );
    await reportBrowserExport(browser, url);
    await reportKeyboardCost(browser, url);
  } finally {
    await browser.close();
    await server.close();
  }
}

const WORKSPACE_NEGOTIATIONS = 200;
const WORKSPACE_RUNS = 5;
const LARGE_SYSTEMS = 20;
/** Earlier meetings of the large negotiation: the one under way is the sixth. */
const LARGE_ROUNDS = 5;

function workspaceRow(measure: string, runs: readonly WorkspaceRun[], target = ''): string[] {
  const longest = Math.max(0, ...runs.flatMap((run) => run.longTasksMs));
  return [measure, ms(median(runs.map((run) => run.ms))), runs.map((run) => run.ms.toFixed(0)).join(' / '), target, longest > 0 ? ms(longest) : '< 50 ms'];
}

async function reportWorkspace(): Promise<void> {
  const records = workspaceRecords(ROOT, flowById, WORKSPACE_NEGOTIATIONS, LARGE_SYSTEMS, LARGE_ROUNDS);
  const floorDir = join(ROOT, '.tmp', 'bench-floor');
  await buildFloorApp(floorDir);
  const floor = await serveFolder(floorDir);
  const { url, server } = await serveBuiltApp();
  const browser = await launchChromium();
  try {
    // The floor: no list can be drawn before the libraries that draw it have drawn a heading.
    const [floorRun] = await timeFirstScreens(browser, [{ url: floor.url, distDir: floorDir, locale: 'en-GB' }], { cpuSlowdown: 1, runs: WORKSPACE_RUNS });
    const timing = await timeWorkspace(browser, url, records, WORKSPACE_RUNS);
    printTable(
      `The workspace in Chromium (built app, ${timing.negotiations} negotiations stored; ${WORKSPACE_RUNS} runs in one context)`,
      ['measure', 'median', 'all runs', 'target', 'longest main-thread task'],
      [
        ['for comparison: floor app (React, react-dom, i18next, react-i18next), navigation start to its one heading', ms(floorRun?.headingMs ?? Number.NaN), floorRun?.runsMs.map((run) => run.toFixed(0)).join(' / ') ?? '', '', ''],
        workspaceRow('for comparison: home page with nothing stored, navigation start to its heading', timing.empty),
        workspaceRow(`home page: navigation start to the first list (${timing.negotiations} negotiations)`, timing.list, '< 100 ms'),
        workspaceRow(`home page: navigation start to the frame after every card is in the list`, timing.full),
        workspaceRow(`open: click on Open to the wizard's first heading (${timing.large.systems} systems, ${timing.large.meetings} meetings, ${kb(timing.large.chars)} of JSON)`, timing.open, '< 100 ms'),
      ],
      [
        'negotiations: copies of examples/ with new ids and 2 to 4 earlier meetings, seeded with their summaries as the app stores them',
        `what the list adds to the empty home page (medians): ${ms(median(timing.list.map((run) => run.ms)) - median(timing.empty.map((run) => run.ms)))}`,
        'the list reads summaries only and renders its first 10 cards at once, the rest 30 at a time in transitions; cards out of view are not laid out',
        'opening reads and validates the whole record (valibot), loads its checklist and resumes the wizard',
        'long tasks: Long Tasks API; for the list, from the page\'s first script to the first cards, then to the last; "< 50 ms" = none reported',
      ],
    );
  } finally {
    await browser.close();
    await server.close();
    await floor.close();
  }
}

const REVIEW_SIZES = [10, 40, 100] as const;
const REVIEW_RUNS = 5;

function longest(durations: readonly number[]): string {
  return durations.length > 0 ? ms(Math.max(...durations)) : '< 50 ms';
}

/** Opening the review of 10, 40 and 100 fully answered EU systems (issue 12: no task over 50 ms). */
async function reportReview(): Promise<void> {
  const { url, server } = await serveBuiltApp();
  const browser = await launchChromium();
  try {
    const rows: string[][] = [];
    for (const systems of REVIEW_SIZES) {
      const timing = await timeReview(browser, url, flowById('eu'), systems, REVIEW_RUNS);
      const all = (pick: (run: ReviewRun) => number) => timing.runs.map((run) => pick(run).toFixed(0)).join(' / ');
      rows.push([
        String(systems),
        String(timing.answers),
        ms(median(timing.runs.map((run) => run.headingMs))),
        all((run) => run.headingMs),
        ms(median(timing.runs.map((run) => run.completeMs))),
        longest(timing.runs.flatMap((run) => run.headingTasksMs)),
        longest(timing.runs.flatMap((run) => run.completeTasksMs)),
        timing.runs.map((run) => String(run.completeTasksMs.length)).join(' / '),
        '< 50 ms',
      ]);
    }
    printTable(
      `Opening the review in Chromium (built app, eu, 1366×768; median of ${REVIEW_RUNS} opens in one page)`,
      ['systems', 'answers', 'to heading', 'all runs', 'to whole review', 'longest task to heading', 'longest task to whole review', 'tasks > 50 ms', 'target per task'],
      rows,
      [
        'negotiation opened from a file; each run goes to its details, then clicks "Review the answers" in the step list with the mouse',
        'to heading: the click to the first frame after the heading is in the document; to whole review: after every system\'s table and the meetings are',
        'long tasks: Long Tasks API, tasks running in the window; "< 50 ms" = none reported; "tasks > 50 ms" per run, up to the whole review',
      ],
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Page targets for the agreement (issue 7): ten systems fit a meeting, not a binder. */
const PAGE_TARGETS: Readonly<Record<string, string>> = { 'proposal 3': '< 14', 'proposal 10': '< 25', 'brief 10': '< 70' };
const PAGE_SIZES = [1, 3, 10] as const;

async function reportPageCounts(): Promise<void> {
  const negotiations = [
    ...FLOW_IDS.flatMap((flowId) => PAGE_SIZES.map((systems) => sampleNegotiation(flowById(flowId), systems))),
    ...FLOW_IDS.map((flowId) => exampleNegotiation(ROOT, flowId)),
  ];
  const counts = await countPages((record) => flowById(record.flowId), negotiations, await englishT());
  const rows = negotiations.map((negotiation) => {
    const pages = (kind: string) => String(counts.find((count) => count.negotiation === negotiation.label && count.systems === negotiation.record.systems.length && count.kind === kind)?.pages ?? '-');
    const systems = negotiation.record.systems.length;
    const target = ['proposal', 'brief'].map((kind) => PAGE_TARGETS[`${kind} ${systems}`] && `${kind} ${PAGE_TARGETS[`${kind} ${systems}`]}`).filter(Boolean).join(', ');
    return [negotiation.label, String(systems), pages('proposal'), pages('brief'), pages('letter'), target];
  });
  printTable('Pages per document (English, LibreOffice to PDF, counted by pdfinfo)', ['negotiation', 'systems', 'proposal', 'brief', 'letter', 'target'], rows, [
    'samples: every question on every path answered, statuses rotating (the export timing\'s record); examples: examples/<flow>.json',
  ]);
}

const PARTS: Readonly<Record<string, () => Promise<void>>> = { bundle: reportBundle, startup: reportStartup, layers: reportLayers, export: reportExport, save: reportSave, chromium: reportChromium, workspace: reportWorkspace, review: reportReview, pages: reportPageCounts };
const chosen = process.argv.slice(2);
const unknown = chosen.filter((part) => !(part in PARTS));
if (unknown.length > 0) throw new Error(`Unknown bench part ${unknown.join(', ')}: choose from ${Object.keys(PARTS).join(', ')}`);

// serveBuiltApp() serves the dist/ of the working directory.
process.chdir(ROOT);
for (const [name, report] of Object.entries(PARTS)) if (chosen.length === 0 || chosen.includes(name)) await report();
