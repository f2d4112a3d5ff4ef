import i18next, { type BackendModule, type i18n as I18n } from 'i18next';
import { LANGUAGES, type Language } from '../engine/negotiation.ts';
import { DOCUMENT_NAMESPACES, INTERFACE_NAMESPACE, WIZARD_NAMESPACE, type ResourceLoader } from './namespaces.ts';

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

/** The language every translation is checked against, and the one a missing key falls back to. */
const FALLBACK_LANGUAGE: Language = 'en';

/**
 * A fresh i18next instance whose languages load on demand through `load`. The export asks it
 * for `getFixedT(documentLanguage)`, never for the interface's current language.
 *
 * English is not fetched beside another language up front: every offered language is complete
 * (the locale tests hold it so), and a key found missing all the same loads English then and
 * renders again with it.
 */
export async function createI18n(options: {
  readonly load: ResourceLoader;
  readonly language: Language;
  /** Namespaces to load besides the interface's: a checklist's (`flow-<key>`). */
  readonly namespaces: readonly string[];
  /** Whether to load the documents' words too (the page does not need them to show the wizard). */
  readonly documents?: boolean;
  /** Whether to load the wizard's words now (the page loads them when a negotiation opens). */
  readonly wizard?: boolean;
  readonly onMissingKey?: MissingKeyReporter;
}): Promise<I18n> {
  const instance = i18next.createInstance();
  instance.use(loaderBackend(options.load));
  let fallingBack = false;
  const fallBackToEnglish = () => {
    if (fallingBack) return;
    fallingBack = true;
    // i18next reads its fallback from these options at each lookup.
    instance.options.fallbackLng = [FALLBACK_LANGUAGE];
    void instance.loadLanguages(FALLBACK_LANGUAGE).then(() => instance.changeLanguage(instance.language));
  };
  await instance.init({
    lng: options.language,
    fallbackLng: false,
    supportedLngs: [...LANGUAGES],
    ns: [
      INTERFACE_NAMESPACE,
      ...(options.wizard === false ? [] : [WIZARD_NAMESPACE]),
      ...(options.documents === false ? [] : DOCUMENT_NAMESPACES),
      ...options.namespaces,
    ],
    defaultNS: INTERFACE_NAMESPACE,
    // The wizard's groups moved out of `ui` unrenamed: `t('review.title')` and `t('ui:status.x')`
    // look in `ui` first, then here (i18next adds fallbackNS after an explicit prefix too).
    fallbackNS: [WIZARD_NAMESPACE],
    // React and docx both escape what they render; escaping here would double-escape.
    interpolation: { escapeValue: false },
    returnNull: false,
    saveMissing: true,
    missingKeyHandler: (languages, namespace, key) => {
      options.onMissingKey?.(languages, namespace, key);
      if (languages.some((language) => language !== FALLBACK_LANGUAGE)) fallBackToEnglish();
    },
  });
  return instance;
}
