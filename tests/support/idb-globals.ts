import * as fake from 'fake-indexeddb';

/**
 * Storage talks to IndexedDB through idb, which recognises requests and transactions with
 * `instanceof` against the page's globals. Node has none: give it fake-indexeddb's classes, so
 * that a store opened on `new IDBFactory()` from fake-indexeddb works. The global `indexedDB`
 * itself is left unset: every test opens its own factory.
 */
const CLASSES = ['IDBCursor', 'IDBCursorWithValue', 'IDBDatabase', 'IDBIndex', 'IDBKeyRange', 'IDBObjectStore', 'IDBOpenDBRequest', 'IDBRequest', 'IDBTransaction', 'IDBVersionChangeEvent'] as const;

for (const name of CLASSES) {
  if (!(name in globalThis)) Object.defineProperty(globalThis, name, { value: fake[name], configurable: true, writable: true });
}
