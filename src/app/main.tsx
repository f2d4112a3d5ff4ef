import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { LANGUAGES, type Language } from '../engine/negotiation.ts';
import { loadBundledResource } from '../i18n/bundled-resources.ts';
import { createI18n } from '../i18n/create-i18n.ts';
import { NegotiationStore, StorageBlockedError } from '../record/storage.ts';
import { App } from './app.tsx';
import { registerServiceWorker } from './service-worker.ts';
import { StorageUnavailable, type StorageRefusal } from './storage-unavailable.tsx';
import './styles.css';

function preferredLanguage(saved: string | undefined): Language {
  const candidates = [saved, ...navigator.languages.map((tag) => tag.slice(0, 2))];
  return (candidates.find((code) => LANGUAGES.includes(code as Language)) as Language | undefined) ?? 'en';
}

/** Opens storage, or says why it cannot be had (a private window, storage turned off, an old tab). */
async function openStore(): Promise<NegotiationStore | StorageRefusal> {
  try {
    return await NegotiationStore.open();
  } catch (error) {
    console.error(error);
    return error instanceof StorageBlockedError ? 'blocked' : 'unavailable';
  }
}

async function start(): Promise<void> {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  const opened = await openStore();
  const store = opened instanceof NegotiationStore ? opened : undefined;
  const i18n = await createI18n({
    load: loadBundledResource,
    language: preferredLanguage(await store?.getSetting('interfaceLanguage').catch(() => undefined)),
    namespaces: [],
    ...(import.meta.env.DEV ? { onMissingKey: (_languages, namespace, key) => console.error(`Missing translation ${namespace}:${key}`) } : {}),
  });
  const syncDocumentLanguage = (language: string) => {
    document.documentElement.setAttribute('lang', language);
    document.title = i18n.t('ui:header.title');
  };
  syncDocumentLanguage(i18n.resolvedLanguage ?? 'en');
  i18n.on('languageChanged', syncDocumentLanguage);

  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        {store ? <App store={store} now={() => new Date().toISOString()} newId={() => crypto.randomUUID()} /> : <StorageUnavailable reason={opened instanceof NegotiationStore ? 'unavailable' : opened} />}
      </I18nextProvider>
    </StrictMode>,
  );
}

void start();
registerServiceWorker();
