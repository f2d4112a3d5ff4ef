import i18next, { type BackendModule, type i18n as I18n } from 'i18next';
import { LANGUAGES, type Language } from '../engine/negotiation.ts';
import { BASE_NAMESPACES, type ResourceLoader } from './namespaces.ts';

/** Where missing keys are reported; tests assert that nothing lands here. */
export type MissingKeyReporter = (languages: readonly string[], namespace: string, key: string) => void;

function loaderBackend(load: ResourceLoader): BackendModule {
  return {
    type: 'backend',
    init: () => undefined,
    read: (language, namespace, callback) => {
      load(language as Language, namespace).then(
        (resources) => callback(null, resources),
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
      );
    },
  };
}

/**
 * A fresh i18next instance whose languages load on demand through `load`. The export asks it
 * for `getFixedT(documentLanguage)`, never for the interface's current language.
 */
export async function createI18n(options: {
  readonly load: ResourceLoader;
  readonly language: Language;
  readonly namespaces: readonly string[];
  readonly onMissingKey?: MissingKeyReporter;
}): Promise<I18n> {
  const instance = i18next.createInstance();
  instance.use(loaderBackend(options.load));
  await instance.init({
    lng: options.language,
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    ns: [...BASE_NAMESPACES, ...options.namespaces],
    defaultNS: 'ui',
    // React and docx both escape what they render; escaping here would double-escape.
    interpolation: { escapeValue: false },
    returnNull: false,
    saveMissing: options.onMissingKey !== undefined,
    ...(options.onMissingKey ? { missingKeyHandler: options.onMissingKey } : {}),
  });
  return instance;
}
