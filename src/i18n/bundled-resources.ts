import { composedLoader, INTERFACE_NAMESPACE, type ResourceLoader } from './namespaces.ts';
import { loadInterfaceWords } from './interface-resources.ts';

/**
 * Loads a namespace from the locale chunks Vite bundled with the app: the interface's words
 * from the small table the first screen needs, anything else through the content table,
 * itself loaded on first use.
 */
export const loadBundledResource: ResourceLoader = composedLoader(async (language, file) => {
  if (file === INTERFACE_NAMESPACE) return loadInterfaceWords(language);
  const { loadContentFile } = await import('./content-resources.ts');
  return loadContentFile(language, file);
});
