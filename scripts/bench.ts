/**
 * Performance figures for the wizard: bundle size, document export time, first render.
 * Prints measurements and targets; it does not pass or fail. Run with `npm run bench`.
 */
import { join } from 'node:path';
import { FLOWS } from '../flows/index.ts';
import type { FlowDefinition } from '../src/engine/flow-types.ts';
import { launchChromium, serveBuiltApp } from '../tests/support/browser.ts';
import { buildApp, measureBundle, totalGzip } from './bench-support/bundle-size.ts';
import { englishT, timeExport, type ExportTiming } from './bench-support/export-timing.ts';
import { timePageLoads } from './bench-support/render-timing.ts';
import { sampleRecord, statusCounts } from './bench-support/sample-record.ts';
import { median } from './bench-support/stats.ts';
import { kb, ms, printTable } from './bench-support/table.ts';

const ROOT = join(import.meta.dirname, '..');
const PAGE_LOADS = 5;

async function reportBundle(): Promise<void> {
  const buildMs = await buildApp(ROOT);
  const bundle = measureBundle(join(ROOT, 'dist'));
  const lazy = bundle.largestLazy;
  printTable(
    'Bundle (JavaScript, gzip)',
    ['measure', 'size', 'target', 'files'],
    [
      ['initial JS (entry + modulepreload)', kb(totalGzip(bundle.initial)), '<= 120 KB', bundle.initial.map((chunk) => chunk.file).join(', ')],
      ['all JS chunks', kb(totalGzip(bundle.all)), '', `${bundle.all.length} chunks`],
      ['largest lazy chunk', lazy ? kb(lazy.gzip) : '-', '', lazy ? `${lazy.file}${lazy.containsDocx ? ' (docx)' : ''}` : 'none'],
    ],
    [
      `docx in the initial load: ${bundle.initial.some((chunk) => chunk.containsDocx) ? 'yes' : 'no'}`,
      `build time: ${ms(buildMs)}; 1 KB = 1,000 bytes`,
    ],
  );
}

function flowById(id: string): FlowDefinition {
  const flow = FLOWS.find((candidate) => candidate.id === id);
  if (!flow) throw new Error(`No flow ${id}`);
  return flow;
}

async function reportExport(): Promise<void> {
  const t = await englishT();
  const timings: ExportTiming[] = [];
  for (const systems of [10, 40]) {
    for (const flowId of ['eu', 'za']) timings.push(await timeExport(flowById(flowId), systems, t));
  }
  const mix = [...statusCounts(flowById('eu'), sampleRecord(flowById('eu'), 10))].map(([status, count]) => `${status} ${count}`).join(', ');
  printTable(
    'Document export in Node: selectClauses + renderDocument + Packer.toBuffer (3 warm-up, 15 timed runs)',
    ['flow', 'systems', 'answers', 'median', 'p95', 'document', 'target'],
    timings.map((timing) => [
      timing.flowId,
      String(timing.systems),
      String(timing.answers),
      ms(timing.medianMs),
      ms(timing.p95Ms),
      kb(timing.documentBytes),
      timing.systems === 10 ? '< 300 ms' : '',
    ]),
    [`status mix, eu with 10 systems: ${mix}`],
  );
}

async function reportRender(): Promise<void> {
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
  } finally {
    await browser.close();
    await server.close();
  }
}

// serveBuiltApp() serves the dist/ of the working directory.
process.chdir(ROOT);
await reportBundle();
await reportExport();
await reportRender();
