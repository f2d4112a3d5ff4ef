import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { timeOnce } from './stats.ts';

/** A string only the docx library's code contains, to tell which chunk carries it. */
const DOCX_MARKER = 'schemas.openxmlformats.org/wordprocessingml/2006/main';

export interface ChunkSize {
  /** Path relative to `dist/`. */
  readonly file: string;
  readonly gzip: number;
  readonly containsDocx: boolean;
}

export interface BundleSizes {
  /** The entry script and its module preloads: what the browser fetches before the app runs. */
  readonly initial: readonly ChunkSize[];
  readonly all: readonly ChunkSize[];
  /** The largest chunk fetched only on demand. */
  readonly largestLazy: ChunkSize | undefined;
}

/** Builds the app into `<root>/dist` with Vite's JS API; returns the build time in ms. */
export function buildApp(root: string): Promise<number> {
  return timeOnce(() => build({ root, logLevel: 'warn' }));
}

function attributesOf(tagBody: string): ReadonlyMap<string, string> {
  const attributes = new Map<string, string>();
  for (const [, name = '', double, single, bare] of tagBody.matchAll(/([\w-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
    attributes.set(name.toLowerCase(), double ?? single ?? bare ?? '');
  }
  return attributes;
}

/** URLs of the entry module script and the module preloads that an HTML page declares. */
export function initialScriptUrls(html: string): readonly string[] {
  const urls: string[] = [];
  for (const [, element = '', tagBody = ''] of html.matchAll(/<(script|link)\b([^>]*)>/gi)) {
    const attributes = attributesOf(tagBody);
    const isEntry = element.toLowerCase() === 'script' && attributes.get('type') === 'module' && attributes.has('src');
    const isPreload = element.toLowerCase() === 'link' && (attributes.get('rel') ?? '').split(/\s+/).includes('modulepreload');
    if (isEntry) urls.push(attributes.get('src') ?? '');
    if (isPreload) urls.push(attributes.get('href') ?? '');
  }
  return urls;
}

/** A built file's path relative to `dist/`, from a URL in index.html (base is './'). */
function distPath(url: string): string {
  return url.replace(/[?#].*$/, '').replace(/^\.?\//, '');
}

/** A built file's gzip size and whether it carries docx; `file` is relative to `distDir`. */
export function chunkSize(distDir: string, file: string): ChunkSize {
  const source = readFileSync(join(distDir, file));
  return { file, gzip: gzipSync(source).byteLength, containsDocx: source.includes(DOCX_MARKER) };
}

function jsFiles(distDir: string): readonly string[] {
  return readdirSync(distDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.js'))
    .map((file) => file.split('\\').join('/'))
    .sort();
}

/** Gzip sizes of the built JavaScript, split into what loads first and what loads on demand. */
export function measureBundle(distDir: string): BundleSizes {
  const initialFiles = new Set(initialScriptUrls(readFileSync(join(distDir, 'index.html'), 'utf8')).map(distPath));
  const all = jsFiles(distDir).map((file) => chunkSize(distDir, file));
  const lazy = all.filter((chunk) => !initialFiles.has(chunk.file));
  return {
    initial: all.filter((chunk) => initialFiles.has(chunk.file)),
    all,
    largestLazy: lazy.reduce<ChunkSize | undefined>((largest, chunk) => (largest && largest.gzip >= chunk.gzip ? largest : chunk), undefined),
  };
}

export function totalGzip(chunks: readonly ChunkSize[]): number {
  return chunks.reduce((sum, chunk) => sum + chunk.gzip, 0);
}
