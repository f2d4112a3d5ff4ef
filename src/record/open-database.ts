import { wrap } from 'idb';
import { StorageBlockedError } from './storage-errors.ts';
import { DATABASE, DATABASE_VERSION, upgradeDatabase, type Database } from './storage-schema.ts';

/**
 * Opens the database through the factory given (tests pass an in-memory one), upgrading an
 * earlier version, with idb's promises over its requests: `openDB` itself would always use the
 * page's `indexedDB`.
 */
export async function openDatabase(factory: IDBFactory = indexedDB, name = DATABASE): Promise<Database> {
  const opening = factory.open(name, DATABASE_VERSION);
  opening.addEventListener('upgradeneeded', (event) => {
    const upgrade = wrap(opening.transaction as IDBTransaction) as unknown as Parameters<typeof upgradeDatabase>[2];
    // A step that fails aborts the upgrade, and so the opening, rather than half-upgrading.
    upgradeDatabase(wrap(opening.result) as unknown as Database, event.oldVersion, upgrade).catch(() => {
      try {
        upgrade.abort();
      } catch {
        // Already finished or aborted: the opening reports it.
      }
    });
  });
  const blocked = new Promise<never>((_, reject) => {
    opening.addEventListener('blocked', () => reject(new StorageBlockedError('Another tab holds the saved negotiations open with an older version of the wizard.')));
  });
  const db = (await Promise.race([wrap(opening), blocked])) as unknown as Database;
  // Another tab opened a newer version of the database: let it upgrade rather than block it.
  db.addEventListener('versionchange', () => db.close());
  return db;
}

let pageDatabase: Promise<Database> | undefined;

/** The page's own database, opened once: the first script starts the opening, the app awaits it. */
export function openPageDatabase(): Promise<Database> {
  pageDatabase ??= openDatabase();
  return pageDatabase;
}
