import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import type { Language } from '../engine/negotiation.ts';
import { loadBundledResource } from '../i18n/bundled-resources.ts';
import { createI18n } from '../i18n/create-i18n.ts';
import { preferredLanguage, rememberLanguage } from '../i18n/interface-language.ts';
import { pseudoModeOf } from '../i18n/pseudo-mode.ts';
import { NegotiationStore, StorageBlockedError } from '../record/storage.ts';
import { App } from './app.tsx';
import { registerServiceWorker } from './service-worker.ts';
import { readStartingPoint, UNDO_DELETE_MS } from './starting-point.ts';
import { StorageUnavailable, type StorageRefusal } from './storage-unavailable.tsx';

/** Opens storage, or says why it cannot be had (a private window, storage turned off, an old tab). */
async function openStore(): Promise<NegotiationStore | StorageRefusal> {
  try {
    return await NegotiationStore.openPage();
  } catch (error) {
    console.error(error);
    return error instanceof StorageBlockedError ? 'blocked' : 'unavailable';
  }
}

const now = () => new Date().toISOString();

async function start(): Promise<void> {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  const opened = await openStore();
  const store = opened instanceof NegotiationStore ? opened : undefined;
  // The list and the language chosen are read in one go while the words load (the first script
  // started them), and the first render shows the list: no "loading" screen and no second
  // render. Should it fail to read, the app reads it again and explains.
  const startingPoint = store ? await readStartingPoint(store, now(), UNDO_DELETE_MS).catch(() => undefined) : undefined;
  // `?pseudo=accents` or `?pseudo=rtl`: English, pseudo-translated, to see what translation would miss.
  const pseudo = pseudoModeOf(location.search);
  const i18n = await createI18n({
    load: pseudo ? (await import('../i18n/pseudo-locale.ts')).pseudoLoader(loadBundledResource, pseudo) : loadBundledResource,
    language: pseudo ? 'en' : preferredLanguage(startingPoint?.interfaceLanguage),
    namespaces: [],
    documents: false,
    wizard: false,
    ...(import.meta.env.DEV ? { onMissingKey: (_languages, namespace, key) => console.error(`Missing translation ${namespace}:${key}`) } : {}),
  });
  const syncDocumentLanguage = (language: string) => {
    document.documentElement.setAttribute('lang', pseudo === 'rtl' ? 'ar' : language);
    // i18next knows which languages are written right to left; the layout mirrors on `dir`.
    document.documentElement.setAttribute('dir', pseudo === 'rtl' ? 'rtl' : i18n.dir(language));
    if (!pseudo) rememberLanguage(language as Language);
    document.title = i18n.t('ui:header.title');
  };
  syncDocumentLanguage(i18n.resolvedLanguage ?? 'en');
  i18n.on('languageChanged', syncDocumentLanguage);

  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        {store ? (
          <App store={store} now={now} newId={() => crypto.randomUUID()} {...(startingPoint ? { startingPoint } : {})} />
        ) : (
          <StorageUnavailable reason={opened instanceof NegotiationStore ? 'unavailable' : opened} />
        )}
      </I18nextProvider>
    </StrictMode>,
  );
}

void start();
registerServiceWorker();
