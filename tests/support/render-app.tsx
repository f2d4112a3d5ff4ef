import { render } from '@testing-library/react';
import { IDBFactory } from 'fake-indexeddb';
import { I18nextProvider } from 'react-i18next';
import { ALL_FLOWS } from './flows.ts';
import { App } from '../../src/app/app.tsx';
import type { Language } from '../../src/engine/negotiation.ts';
import { createI18n } from '../../src/i18n/create-i18n.ts';
import { flowNamespace } from '../../src/i18n/namespaces.ts';
import { NegotiationStore } from '../../src/record/storage.ts';
import type { ChannelFactory } from '../../src/record/tab-channel.ts';
import { loadFromDisk } from './locales.ts';

/**
 * The whole app with a real i18n instance, a real machine and a fresh in-memory IndexedDB.
 * Every namespace of English and French is loaded up front, unless `pageWords` asks for the
 * page's own start (`main.tsx`): the interface's words alone, in one language, the rest left to the app.
 */
export async function renderApp(options: { readonly language?: Language; readonly factory?: IDBFactory; readonly tabId?: string; readonly channelFactory?: ChannelFactory; readonly undoDeleteMs?: number; readonly pageWords?: boolean } = {}) {
  const missing: string[] = [];
  const i18n = await createI18n({
    load: loadFromDisk,
    language: options.language ?? 'en',
    namespaces: options.pageWords ? [] : ALL_FLOWS.map((flow) => flowNamespace(flow.id)),
    ...(options.pageWords ? { documents: false, wizard: false } : {}),
    onMissingKey: (_languages, namespace, key) => missing.push(`${namespace}:${key}`),
  });
  if (!options.pageWords) await i18n.loadLanguages(['en', 'fr']);
  const store = await NegotiationStore.open(options.factory ?? new IDBFactory());
  let ids = 0;
  const view = render(
    <I18nextProvider i18n={i18n}>
      <App
        store={store}
        now={() => '2026-11-30T10:00:00.000Z'}
        newId={() => `id-${(ids += 1)}`}
        {...(options.tabId ? { tabId: options.tabId } : {})}
        {...(options.channelFactory ? { channelFactory: options.channelFactory } : {})}
        {...(options.undoDeleteMs ? { undoDeleteMs: options.undoDeleteMs } : {})}
      />
    </I18nextProvider>,
  );
  return { ...view, i18n, store, missing };
}
