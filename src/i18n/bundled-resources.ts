import { composedLoader, INTERFACE_NAMESPACE, type ResourceLoader } from './namespaces.ts';
import type * as ContentResources from './content-resources.ts';
import { loadInterfaceWords } from './interface-resources.ts';

/**
 * Loads a namespace from the locale chunks Vite bundled with the app: the interface's words
 * from the small table the first screen needs, anything else through the content table,
 * itself loaded on first use.
 */
export const loadBundledResource: ResourceLoader = composedLoader(async (language, file) => {
  if (file === INTERFACE_NAMESPACE) return loadInterfaceWords(language);
  // Once the table is in, a file's fetch starts in the same task as the call: an `await` of an
  // import already done still waits a task, behind whatever long task came first (a record read).
  const { loadContentFile } = contentTable ?? (await loadContentTable());
  return loadContentFile(language, file);
});

type ContentTable = typeof ContentResources;
let contentTable: ContentTable | undefined;

/**
 * The table of content chunks, fetched ahead (when the home page is idle) by a page about to
 * need a checklist's words: otherwise its fetch comes first, and theirs only after it.
 */
export async function loadContentTable(): Promise<ContentTable> {
  contentTable ??= await import('./content-resources.ts');
  return contentTable;
}
