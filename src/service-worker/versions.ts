/**
 * Which caches a newly active version keeps. Pure, so that it can be tested outside a worker.
 *
 * A tab opened under the previous version keeps running it after the update (only the tab
 * that asked reloads) and may still load one of its hashed chunks lazily (a layer, a locale,
 * the document code), so the previous version's files stay; anything older goes.
 */

/** Every cache of this app's files is named so, which lets a new version find and delete the old ones. */
export const PRECACHE_PREFIX = 'wizard-precache-';

/** The caches a version keeps: the one active before it, and its own. */
export function versionsToKeep(history: readonly string[], current: string): readonly string[] {
  const previous = history.filter((name) => name !== current).at(-1);
  return previous === undefined ? [current] : [previous, current];
}

/** The app's caches to delete when `current` becomes active. */
export function cachesToDelete(existing: readonly string[], kept: readonly string[]): readonly string[] {
  return existing.filter((name) => name.startsWith(PRECACHE_PREFIX) && !kept.includes(name));
}
