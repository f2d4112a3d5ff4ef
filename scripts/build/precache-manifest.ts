import { createHash } from 'node:crypto';
import type { Precache } from '../../src/service-worker/precache.ts';
import { PRECACHE_PREFIX } from '../../src/service-worker/versions.ts';

/** The service worker's own file: never precached, since the browser fetches it to look for updates. */
export const SERVICE_WORKER_FILE = 'sw.js';


export interface BuiltFile {
  /** Path in the output folder, with forward slashes: `assets/index-D6Nuc_4h.js`, `index.html`. */
  readonly fileName: string;
  readonly content: string | Uint8Array;
}

const sha256 = (content: string | Uint8Array) => createHash('sha256').update(content).digest('hex');

/**
 * What the service worker precaches: every built file but itself, as URLs relative to its
 * scope, and a cache name that changes whenever a file is added, removed or changed. The
 * contents count because some files keep their name from one version to the next
 * (index.html, the manifest, the icons).
 */
export function precacheManifest(files: readonly BuiltFile[]): Precache {
  const listed = files.filter((file) => file.fileName !== SERVICE_WORKER_FILE).sort((a, b) => (a.fileName < b.fileName ? -1 : a.fileName > b.fileName ? 1 : 0));
  const names = new Set<string>();
  for (const file of listed) {
    if (names.has(file.fileName)) throw new Error(`The build holds ${file.fileName} twice`);
    names.add(file.fileName);
  }
  const version = sha256(listed.map((file) => `${file.fileName}\0${sha256(file.content)}\n`).join(''));
  return { cacheName: `${PRECACHE_PREFIX}${version.slice(0, 16)}`, urls: listed.map((file) => `./${file.fileName}`) };
}
