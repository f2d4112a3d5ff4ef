import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { TFunction } from 'i18next';
import type { FlowDefinition } from '../../src/engine/flow-types.ts';
import type { NegotiationRecord } from '../../src/engine/negotiation.ts';
import { buildDocx } from '../../src/export/build-docx.ts';
import { DOCUMENT_KINDS, type DocumentKind } from '../../src/export/document-model.ts';
import { parseNegotiationFile } from '../../src/record/negotiation-file.ts';
import { convertDocxFilesToPdf } from '../../tests/support/office-convert.ts';
import { sampleRecord } from './sample-record.ts';

const run = promisify(execFile);
const GENERATED_AT = '2026-11-30T10:00:00Z';

export interface PageCount {
  readonly negotiation: string;
  readonly systems: number;
  readonly kind: DocumentKind;
  readonly pages: number;
}

/** A negotiation whose documents are counted: a sample of n systems, or a shipped example. */
export interface CountedNegotiation {
  readonly label: string;
  readonly record: NegotiationRecord;
}

export function sampleNegotiation(flow: FlowDefinition, systems: number): CountedNegotiation {
  return { label: `sample ${flow.id}`, record: sampleRecord(flow, systems) };
}

export function exampleNegotiation(root: string, flowId: string): CountedNegotiation {
  const reading = parseNegotiationFile(readFileSync(join(root, 'examples', `${flowId}.json`), 'utf8'));
  if (!reading.ok) throw new Error(`examples/${flowId}.json does not read`);
  return { label: `example ${flowId}`, record: reading.file.negotiations[0] };
}

/** The page count LibreOffice's PDF reports (`pdfinfo`'s "Pages:" line). */
async function pdfPages(pdf: string): Promise<number> {
  const { stdout } = await run('pdfinfo', [pdf]);
  const pages = /^Pages:\s+(\d+)/m.exec(stdout)?.[1];
  if (pages === undefined) throw new Error(`pdfinfo gave no page count for ${pdf}`);
  return Number(pages);
}

/**
 * Every kind of document for each negotiation, laid out by LibreOffice and printed to PDF in one
 * run: the pages a representative would print. Word's layout differs by a page or so.
 */
export async function countPages(flowOf: (record: NegotiationRecord) => FlowDefinition, negotiations: readonly CountedNegotiation[], t: TFunction): Promise<PageCount[]> {
  const work = mkdtempSync(join(tmpdir(), 'bench-pages-'));
  try {
    const cases = negotiations.flatMap((negotiation, index) => DOCUMENT_KINDS.map((kind) => ({ negotiation, kind, path: join(work, `${index}-${kind}.docx`) })));
    for (const entry of cases) {
      const { record } = entry.negotiation;
      writeFileSync(entry.path, await buildDocx(flowOf(record), record, { kind: entry.kind, language: 'en', generatedAt: GENERATED_AT }, t));
    }
    const pdfs = await convertDocxFilesToPdf(cases.map((entry) => entry.path), work, 600_000);
    // Awaited here, before `finally` removes the PDFs.
    return await Promise.all(
      cases.map(async (entry, index) => ({
        negotiation: entry.negotiation.label,
        systems: entry.negotiation.record.systems.length,
        kind: entry.kind,
        pages: await pdfPages(pdfs[index] ?? ''),
      })),
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
