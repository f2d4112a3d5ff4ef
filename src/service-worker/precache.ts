/** What the service worker stores on install, and under which cache name. */
export interface Precache {
  readonly cacheName: string;
  /** Relative to the worker's scope: `./index.html`, `./assets/index-D6Nuc_4h.js`. */
  readonly urls: readonly string[];
}

/**
 * Stands in for the build's list when the worker's source is type-checked or tested: the
 * build plugin (scripts/build/service-worker-plugin.ts) replaces this module with the list
 * of every file it wrote.
 */
export const PRECACHE: Precache = { cacheName: 'wizard-precache-unbuilt', urls: [] };
