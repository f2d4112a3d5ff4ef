import { composedLoader, INTERFACE_NAMESPACE, type ResourceLoader } from './namespaces.ts';
import { loadInterfaceWords } from './interface-resources.ts';

/**
 * Loads a namespace from the locale chunks Vite bundled with the app: the interface's words
 * from the small table the first screen needs, anything else through the content table,
 * itself loaded on first use.
 */
export const loadBundledResource: ResourceLoader = composedLoader(async (language, file) => {
  if (file === INTERFACE_NAMESPACE) return loadInterfaceWords(language);
  const { loadContentFile } = await loadContentTable();
  return loadContentFile(language, file);
});

/**
 * The table of content chunks, fetched ahead (when the home page is idle) by a page about to
 * need a checklist's words: otherwise its fetch comes first, and theirs only after it.
 */
export const loadContentTable = () => import('./content-resources.ts');
