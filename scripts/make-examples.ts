/**
 * Writes the example negotiations the home page offers, one per file of `scripts/examples/`
 * (`eu.ts` → `examples/eu.json`, `eu+eu-de.ts` → `examples/eu+eu-de.json`): every question on
 * every system's path of the composed checklist (`loadFlow`) answered, with internal notes.
 * Run with `npx tsx scripts/make-examples.ts` (all) or `npx tsx scripts/make-examples.ts us uk`.
 *
 * Each system carries an explicit table of answers by question id. The record is built by
 * walking the system's path in order, re-reading the path after each answer as follow-ups
 * open, exactly as the wizard does; a question on the path with no entry in the table, or an
 * entry that never comes up on the path, is an error.
 */
import { deepStrictEqual } from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadFlow } from '../flows/index.ts';
import { systemPath } from '../src/engine/checklist.ts';
import { ANSWER_STATUSES, type AnswerStatus, type FlowDefinition } from '../src/engine/flow-types.ts';
import { createRecord, type NegotiationRecord } from '../src/engine/negotiation.ts';
import { withAnswer, withMeta, withSystemAdded } from '../src/engine/record-updates.ts';
import { parseNegotiationFile, serialiseNegotiation } from '../src/record/negotiation-file.ts';
import type { Example, ExampleSystem } from './examples/example.ts';

const NOW = '2026-11-24T16:00:00.000Z';
const OUT_DIR = join(import.meta.dirname, '..', 'examples');
const SPEC_DIR = join(import.meta.dirname, 'examples');

/** The composed checklist for a jurisdiction key, as the app loads it. */
async function checklistFor(key: string): Promise<FlowDefinition> {
  const flow = await loadFlow(key);
  if (!flow) throw new Error(`No checklist for "${key}"`);
  return flow;
}

// ── Building, checking and writing ──────────────────────────────────────────────────────────

/** Answers one system's path in order, re-reading the path after each answer as follow-ups open. */
function answerSystem(flow: FlowDefinition, start: NegotiationRecord, system: ExampleSystem): NegotiationRecord {
  const { entry, answers } = system;
  let record = start;
  const used = new Set<string>();
  for (;;) {
    const question = systemPath(flow, record, entry).questions.find((candidate) => !record.answers[entry.id]?.[candidate.id]);
    if (!question) break;
    const planned = answers[question.id];
    if (!planned) throw new Error(`${flow.id}/${entry.id}: no answer planned for "${question.id}"`);
    const substantive = planned.status === 'answered' || planned.status === 'partly';
    if (planned.choice !== undefined && !question.options?.includes(planned.choice)) {
      throw new Error(`${flow.id}/${entry.id}/${question.id}: "${planned.choice}" is not an option`);
    }
    if (planned.choice !== undefined && !substantive) {
      throw new Error(`${flow.id}/${entry.id}/${question.id}: a choice goes with an answered or partly answered question only`);
    }
    if (question.options && substantive && planned.choice === undefined) {
      throw new Error(`${flow.id}/${entry.id}/${question.id}: choose one of ${question.options.join(', ')}`);
    }
    record = withAnswer(record, entry.id, question.id, {
      status: planned.status,
      ...(planned.choice !== undefined ? { choice: planned.choice } : {}),
      words: planned.words,
      note: planned.note ?? '',
    });
    used.add(question.id);
  }
  const unused = Object.keys(answers).filter((id) => !used.has(id));
  if (unused.length > 0) throw new Error(`${flow.id}/${entry.id}: answers never reached on the path: ${unused.join(', ')}`);
  return record;
}

function buildExample(flow: FlowDefinition, example: Example): NegotiationRecord {
  let record = createRecord({ id: example.id, flowId: flow.id, flowVersion: flow.version, now: NOW, documentLanguage: 'en' });
  record = withMeta(record, example.meta);
  for (const system of example.systems) {
    record = withSystemAdded(record, system.entry);
    record = answerSystem(flow, record, system);
  }
  return record;
}

/** Throws unless every question on every system's path has a status. */
function assertFullyAnswered(flow: FlowDefinition, record: NegotiationRecord): void {
  for (const system of record.systems) {
    const path = systemPath(flow, record, system);
    const missing = path.questions.filter((question) => !path.answers[question.id]?.status);
    if (missing.length > 0) throw new Error(`${flow.id}/${system.id}: unanswered: ${missing.map((question) => question.id).join(', ')}`);
  }
}

/** Statuses on the path, across all systems, in the order statuses are offered. */
function statusCounts(flow: FlowDefinition, record: NegotiationRecord): string {
  const counts = new Map<AnswerStatus, number>();
  let total = 0;
  for (const system of record.systems) {
    const path = systemPath(flow, record, system);
    for (const question of path.questions) {
      const status = path.answers[question.id]?.status;
      if (status) counts.set(status, (counts.get(status) ?? 0) + 1);
      total += 1;
    }
  }
  const parts = ANSWER_STATUSES.filter((status) => counts.has(status)).map((status) => `${status} ${counts.get(status)}`);
  return `${total} answers (${parts.join(', ')})`;
}

async function writeExample(example: Example): Promise<void> {
  const flow = await checklistFor(example.key);
  const file = `${example.key}.json`;
  const record = buildExample(flow, example);
  assertFullyAnswered(flow, record);
  const path = join(OUT_DIR, file);
  writeFileSync(path, `${serialiseNegotiation(record, NOW, { includeNotes: true })}\n`);

  const reading = parseNegotiationFile(readFileSync(path, 'utf8'));
  if (!reading.ok) throw new Error(`${file} does not read back: ${JSON.stringify(reading.problem)}`);
  deepStrictEqual(reading.file.negotiations[0], record, `${file} reads back as a different record`);
  if (!reading.file.includesNotes) throw new Error(`${file} should include the union's notes`);
  assertFullyAnswered(flow, reading.file.negotiations[0]);

  console.log(`${file}: ${record.systems.length} systems, ${statusCounts(flow, record)}`);
}

/** The example specs, by jurisdiction key: every file of scripts/examples/ but the shared types. */
async function readSpecs(): Promise<readonly Example[]> {
  const files = readdirSync(SPEC_DIR).filter((name) => name.endsWith('.ts') && name !== 'example.ts').sort();
  const specs = await Promise.all(files.map(async (name) => ((await import(pathToFileURL(join(SPEC_DIR, name)).href)) as { default: Example }).default));
  specs.forEach((spec, index) => {
    // The app lists one example per file, named by its jurisdiction key.
    if (`${spec.key}.ts` !== files[index]) throw new Error(`scripts/examples/${files[index]} holds the example for "${spec.key}"`);
  });
  return specs;
}

const wanted = process.argv.slice(2);
const specs = (await readSpecs()).filter((spec) => wanted.length === 0 || wanted.includes(spec.key));
if (wanted.length > 0 && specs.length !== wanted.length) throw new Error(`No example spec for: ${wanted.filter((key) => !specs.some((spec) => spec.key === key)).join(', ')}`);
mkdirSync(OUT_DIR, { recursive: true });
for (const spec of specs) await writeExample(spec);
