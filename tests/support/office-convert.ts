import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

/**
 * Office round-trips for the end-to-end tests: a downloaded .docx is opened by LibreOffice
 * (headless) and printed to PDF, and the PDF is read back with poppler's pdftotext. This is
 * the closest this machine gets to "a person opens the file in a word processor".
 */

const run = promisify(execFile);

const SOFFICE = process.env.SOFFICE_PATH ?? 'soffice';
const PDFTOTEXT = process.env.PDFTOTEXT_PATH ?? 'pdftotext';

/** LibreOffice's first start in a fresh profile is slow; 60 s is generous on two cores. */
export const OFFICE_TIMEOUT_MS = 60_000;

interface ExecFailure {
  readonly code?: string | number | null;
  readonly killed?: boolean;
  readonly signal?: string | null;
  readonly stdout?: string;
  readonly stderr?: string;
  readonly message?: string;
}

function describeFailure(tool: string, error: unknown, timeoutMs: number): Error {
  const failure = (error ?? {}) as ExecFailure;
  if (failure.code === 'ENOENT') {
    return new Error(
      `${tool} was not found on PATH. Install it (Debian: apt-get install ${tool === SOFFICE ? 'libreoffice-writer' : 'poppler-utils'}) ` +
        `or point ${tool === SOFFICE ? 'SOFFICE_PATH' : 'PDFTOTEXT_PATH'} at it.`,
    );
  }
  if (failure.killed || failure.signal === 'SIGTERM') {
    return new Error(`${tool} did not finish within ${timeoutMs / 1000} s and was stopped.\nstderr: ${failure.stderr ?? ''}`);
  }
  return new Error(
    `${tool} failed (exit ${String(failure.code)}): ${failure.message ?? String(error)}\nstdout: ${failure.stdout ?? ''}\nstderr: ${failure.stderr ?? ''}`,
  );
}

/**
 * Converts `docxPath` to PDF in `workDir` with a LibreOffice profile and HOME of its own
 * inside `workDir`, so that runs never share or touch a user profile. Returns the PDF's path.
 */
export async function convertDocxToPdf(docxPath: string, workDir: string, timeoutMs = OFFICE_TIMEOUT_MS): Promise<string> {
  const [pdf] = await convertDocxFilesToPdf([docxPath], workDir, timeoutMs);
  if (pdf === undefined) throw new Error(`LibreOffice converted nothing for ${docxPath}`);
  return pdf;
}

/**
 * Converts several .docx files to PDF in ONE LibreOffice run (soffice takes a list of input
 * files), which saves a start-up per file. The files' base names must differ, since every PDF
 * lands in `workDir`. Returns the PDFs' paths, in the order of `docxPaths`.
 */
export async function convertDocxFilesToPdf(docxPaths: readonly string[], workDir: string, timeoutMs = OFFICE_TIMEOUT_MS): Promise<string[]> {
  if (docxPaths.length === 0) return [];
  const pdfs = docxPaths.map((docxPath) => join(workDir, basename(docxPath).replace(/\.docx$/i, '') + '.pdf'));
  const duplicate = pdfs.find((pdf, index) => pdfs.indexOf(pdf) !== index);
  if (duplicate !== undefined) throw new Error(`Two inputs would both be written to ${duplicate}; give the .docx files different names.`);
  const home = join(workDir, 'home');
  const profile = join(workDir, 'lo-profile');
  mkdirSync(home, { recursive: true });
  mkdirSync(profile, { recursive: true });
  // A PDF left from an earlier run must not pass for this run's output.
  for (const pdf of pdfs) rmSync(pdf, { force: true });
  const args = [
    '--headless',
    '--norestore',
    '--nologo',
    '--nolockcheck',
    `-env:UserInstallation=${pathToFileURL(profile).href}`,
    '--convert-to',
    'pdf',
    '--outdir',
    workDir,
    ...docxPaths,
  ];
  let output: { stdout: string; stderr: string };
  try {
    output = await run(SOFFICE, args, {
      timeout: timeoutMs,
      killSignal: 'SIGTERM',
      env: { ...process.env, HOME: home, TMPDIR: workDir },
      maxBuffer: 4 * 1024 * 1024,
    });
  } catch (error) {
    throw describeFailure(SOFFICE, error, timeoutMs);
  }
  const missing = pdfs.filter((pdf) => !existsSync(pdf));
  if (missing.length > 0) {
    throw new Error(`LibreOffice reported success but wrote no ${missing.join(', ')}.\nstdout: ${output.stdout}\nstderr: ${output.stderr}`);
  }
  return pdfs;
}

/** The text of a PDF, in reading order, as pdftotext prints it (UTF-8). */
export async function pdfText(pdfPath: string, timeoutMs = 30_000): Promise<string> {
  try {
    const { stdout } = await run(PDFTOTEXT, ['-enc', 'UTF-8', pdfPath, '-'], { timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    throw describeFailure(PDFTOTEXT, error, timeoutMs);
  }
}

/** A word where the PDF prints it, in points from the page's top left corner. */
export interface PdfWord {
  readonly page: number;
  readonly pageWidth: number;
  readonly pageHeight: number;
  readonly xMin: number;
  readonly xMax: number;
  readonly yMin: number;
  readonly text: string;
}

const XML_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Every word of a PDF with its box, as `pdftotext -bbox` finds them: where a reader sees each word on the page. */
export async function pdfWords(pdfPath: string, timeoutMs = 30_000): Promise<readonly PdfWord[]> {
  let stdout: string;
  try {
    ({ stdout } = await run(PDFTOTEXT, ['-enc', 'UTF-8', '-bbox', pdfPath, '-'], { timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 }));
  } catch (error) {
    throw describeFailure(PDFTOTEXT, error, timeoutMs);
  }
  const pages = [...stdout.matchAll(/<page width="([\d.]+)" height="([\d.]+)">(.*?)<\/page>/gs)];
  return pages.flatMap(([, width, height, content], index) =>
    [...(content ?? '').matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map(([, xMin, yMin, xMax, text]) => ({
      page: index + 1,
      pageWidth: Number(width),
      pageHeight: Number(height),
      xMin: Number(xMin),
      xMax: Number(xMax),
      yMin: Number(yMin),
      text: (text ?? '').replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => XML_ENTITIES[name] ?? ''),
    })),
  );
}

/** The text of each page of a PDF, in order: pdftotext ends every page with a form feed. */
export async function pdfPageTexts(pdfPath: string, timeoutMs = 30_000): Promise<readonly string[]> {
  const pages = (await pdfText(pdfPath, timeoutMs)).split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages;
}

/**
 * Text as it can be compared across Word, LibreOffice and pdftotext: compatibility forms
 * folded (ligatures such as "ﬁ"), typographic apostrophes made plain, the invisible
 * direction marks taken out (those pdftotext writes around right-to-left text, and the
 * isolates a right-to-left document puts around typed values), and every run of white space
 * (line breaks of the PDF layout included) made one space.
 */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '')
    .replace(/[\u2018\u2019\u02BC]/g, "'")
    .replace(/[\u00A0\u202F\u2009]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Text with every space and hyphen taken out, for text that may sit in a narrow table cell:
 * LibreOffice wraps it anywhere, and pdftotext joins a word broken at a hyphen without it.
 */
export function compactText(text: string): string {
  return normaliseText(text).replace(/[\s\u00AD\u2010\u2011-]/g, '');
}
