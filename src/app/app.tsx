import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findFlow } from '../../flows/index.ts';
import type { FlowDefinition } from '../engine/flow-types.ts';
import { createRecord, type Language, type NegotiationRecord } from '../engine/negotiation.ts';
import type { WizardCursor } from '../engine/resume.ts';
import { readNegotiationBytes } from '../record/import-file.ts';
import type { FileReading } from '../record/negotiation-file.ts';
import type { NegotiationStore, StoredNegotiation } from '../record/storage.ts';
import { loadExample } from './examples.ts';
import { HomePage } from '../components/home-page.tsx';
import { LanguageSwitcher } from '../components/language-switcher.tsx';
import { NegotiationSession } from '../components/negotiation-session.tsx';
import { OpenFile } from '../components/open-file.tsx';

type Screen =
  | { readonly kind: 'loading' }
  | { readonly kind: 'home'; readonly negotiations: readonly StoredNegotiation[]; readonly problem?: string }
  | {
      readonly kind: 'negotiation';
      readonly flow: FlowDefinition;
      readonly record: NegotiationRecord;
      readonly cursor?: WizardCursor;
      /** Said once above the wizard, e.g. that a reopened document carried no notes. */
      readonly notice?: string;
    };

export interface AppProps {
  readonly store: NegotiationStore;
  readonly now: () => string;
  readonly newId: () => string;
}

/** The shell: the header, the home page, and the negotiation that is open, resumed on reload. */
export function App({ store, now, newId }: AppProps) {
  const { t, i18n } = useTranslation('ui');
  const [screen, setScreen] = useState<Screen>({ kind: 'loading' });

  const showHome = useCallback(async (problem?: string) => {
    const negotiations = await store.list();
    setScreen(problem ? { kind: 'home', negotiations, problem } : { kind: 'home', negotiations });
  }, [store]);

  const open = useCallback(async (id: string, notice?: string) => {
    const loaded = await store.load(id);
    const reading = loaded?.stored.reading;
    const flow = reading?.ok ? findFlow(reading.record.flowId) : undefined;
    if (!loaded || !reading?.ok || !flow) {
      await showHome(t('home.cannotOpen'));
      return;
    }
    await store.setSetting('lastOpened', id);
    setScreen({ kind: 'negotiation', flow, record: reading.record, ...(loaded.cursor ? { cursor: loaded.cursor } : {}), ...(notice ? { notice } : {}) });
  }, [store, showHome, t]);

  useEffect(() => {
    void store.getSetting('lastOpened').then((id) => (id ? open(id) : showHome()));
  }, [store, open, showHome]);

  const start = async (flowId: string) => {
    const flow = findFlow(flowId);
    if (!flow) return;
    const language = (i18n.resolvedLanguage ?? 'en') as Language;
    const record = createRecord({ id: newId(), flowId, flowVersion: flow.version, now: now(), documentLanguage: language });
    await store.saveRecord(record);
    await open(record.id);
  };

  /** A file or example is always stored as a new negotiation: nothing already stored changes. */
  const openCopy = async ({ file }: FileReading & { ok: true }) => {
    if (!findFlow(file.record.flowId)) {
      await showHome(t('open.unknownFlow'));
      return;
    }
    const record = { ...file.record, id: newId(), updatedAt: now() };
    await store.saveRecord(record);
    // A copy from a document for management says what it lacks; the whole record needs no notice.
    const notices = { full: undefined, proposal: t('open.fromProposal'), letter: t('open.fromLetter'), 'no-notes': t('open.withoutNotes') };
    await open(record.id, notices[file.contents]);
  };

  const goHome = async () => {
    await store.setSetting('lastOpened', '');
    await showHome();
  };

  const changeLanguage = async (language: Language) => {
    await i18n.changeLanguage(language);
    await store.setSetting('interfaceLanguage', language);
  };

  return (
    <>
      <a className="skip-link" href="#main">{t('header.skip')}</a>
      <header className="app-header">
        <p className="app-header__title">{t('header.title')}</p>
        <nav aria-label={t('header.navLabel')}>
          {screen.kind === 'negotiation' && (
            <button type="button" className="button button--quiet" onClick={() => void goHome()}>{t('header.home')}</button>
          )}
        </nav>
        <LanguageSwitcher onChange={(language) => void changeLanguage(language)} />
      </header>
      <main id="main">
        {screen.kind === 'loading' && <p role="status">{t('home.loading')}</p>}
        {screen.kind === 'home' && (
          <>
            {screen.problem && <p className="field__error" role="alert">{screen.problem}</p>}
            <HomePage negotiations={screen.negotiations} onOpen={(id) => void open(id)} onStart={(id) => void start(id)} />
            <OpenFile onOpen={openCopy} readFile={readNegotiationBytes} loadExample={loadExample} />
          </>
        )}
        {screen.kind === 'negotiation' && screen.notice && <p className="notice-banner" role="status">{screen.notice}</p>}
        {screen.kind === 'negotiation' && (
          <NegotiationSession key={screen.record.id} flow={screen.flow} record={screen.record} store={store} now={now} newId={newId} {...(screen.cursor ? { cursor: screen.cursor } : {})} />
        )}
      </main>
      <footer className="app-footer">
        <p>{t('disclaimer')}</p>
        <p>{t('footer.privacy')}</p>
      </footer>
    </>
  );
}
