import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isJurisdictionKey, loadFlow } from '../../flows/index.ts';
import type { FlowDefinition } from '../engine/flow-types.ts';
import { createRecord, type Language } from '../engine/negotiation.ts';
import { loadContentTable } from '../i18n/bundled-resources.ts';
import { flowNamespace, WIZARD_NAMESPACE } from '../i18n/namespaces.ts';
import type { FileReading, NegotiationFile } from '../record/negotiation-file.ts';
import type { NegotiationSummary } from '../record/negotiation-summary.ts';
import type { NegotiationStore } from '../record/storage.ts';
import type { ImportDecisions, ImportPlan, ImportTarget } from '../record/workspace-import.ts';
import { nameOf } from '../components/negotiation-order.ts';
import type { ChannelFactory } from '../record/tab-channel.ts';
import { AppUpdate } from './app-update.tsx';
import { loadFileTools } from './file-tools.ts';
import { requestPersistence } from './persistent-storage.ts';
import { readStartingPoint, UNDO_DELETE_MS, type StartingPoint } from './starting-point.ts';
import { StoragePersistence } from './storage-persistence.tsx';
import { HomePage, type RecentlyDeleted } from '../components/home-page.tsx';
import { LanguageSwitcher } from '../components/language-switcher.tsx';
import { SkipLink } from '../components/skip-link.tsx';
import { useLoaded } from '../components/use-loaded.ts';
import { whenIdle } from '../components/when-idle.ts';
import type { SessionStart } from '../components/use-record-sync.ts';

type Screen =
  | { readonly kind: 'loading' }
  | {
      readonly kind: 'home';
      readonly negotiations: readonly NegotiationSummary[];
      readonly problem?: string;
      /** A negotiation to put the focus on once listed: a copy just made. */
      readonly focusRequest?: { readonly id: string };
    }
  | {
      readonly kind: 'negotiation';
      readonly flow: FlowDefinition;
      /** The wizard's component, loaded with the checklist (a lazy component would flash a fallback). */
      readonly Session: SessionComponent;
      readonly start: SessionStart;
      /** Said once above the wizard, e.g. that a reopened document carried no notes. */
      readonly notice?: string;
      /** Goes up each time the negotiation is read again from storage, to start afresh. */
      readonly generation: number;
    };

export interface AppProps {
  readonly store: NegotiationStore;
  readonly now: () => string;
  readonly newId: () => string;
  /** This page's id among the browser's tabs. */
  readonly tabId?: string;
  readonly channelFactory?: ChannelFactory;
  /** How long a deletion can be undone; shorter in tests. */
  readonly undoDeleteMs?: number;
  /** Read before the first render, so that it shows the list at once; read by the app when absent (tests). */
  readonly startingPoint?: StartingPoint;
}

/**
 * The wizard (xstate, the engine, the steps) is not part of the home page: it loads when a
 * negotiation is started or opened, and is fetched ahead once the home page is idle.
 */
const loadSession = () => import('../components/negotiation-session.tsx');
type SessionComponent = Awaited<ReturnType<typeof loadSession>>['NegotiationSession'];

/** Reading a picked file (JSON, .docx, encrypted): loaded when the user picks one. */
const readFile = async (bytes: Uint8Array) => (await import('../record/import-file.ts')).readNegotiationBytes(bytes);
const readEncrypted = async (bytes: Uint8Array, passphrase: string) => (await import('../record/import-file.ts')).readEncryptedBytes(bytes, passphrase);

/** The jurisdiction of a listed negotiation, as its summary gives it. */
function listedFlow(negotiations: readonly NegotiationSummary[], id: string): string | undefined {
  return negotiations.find((negotiation) => negotiation.id === id)?.flowId;
}

/** The shell: the header, the home page, and the negotiation that is open, resumed on reload. */
export function App({ store, now, newId, tabId: givenTabId, channelFactory, undoDeleteMs = UNDO_DELETE_MS, startingPoint }: AppProps) {
  const { t, i18n } = useTranslation('ui');
  const [screen, setScreen] = useState<Screen>(() => (startingPoint && !startingPoint.resume ? { kind: 'home', negotiations: startingPoint.negotiations } : { kind: 'loading' }));
  /** Deleted negotiations that can still be brought back, oldest first. */
  const [deleted, setDeleted] = useState<readonly RecentlyDeleted[]>([]);
  const [tabId] = useState(() => givenTabId ?? newId());
  const generation = useRef(0);
  const fileTools = useLoaded(loadFileTools);

  /**
   * A jurisdiction's checklist and its words, with the wizard's own words, loaded when a
   * negotiation under it is started or opened (the home page needs none of them), or undefined
   * for a jurisdiction this app does not know. Once loaded, `wizard` is one of the instance's
   * namespaces, so a change of language loads it in the new language too.
   */
  const checklistFor = useCallback(async (key: string) => {
    // The words are named by the key alone, so they load beside the checklist rather than after
    // it, and the wizard's own words with them.
    const words = Promise.all([i18n.loadNamespaces(WIZARD_NAMESPACE), isJurisdictionKey(key) ? i18n.loadNamespaces(flowNamespace(key)) : undefined]);
    // The wizard's machine is built as soon as the checklist and the wizard are in, while the
    // record and the words may still be on their way, not in the wizard's first render.
    const prepared = Promise.all([loadFlow(key), loadSession()]).then(([flow, session]) => {
      if (flow) session.prepareSession(flow);
      return { flow, Session: session.NegotiationSession };
    });
    const [{ flow, Session }] = await Promise.all([prepared, store.prepare(), words]);
    return flow ? { flow, Session } : undefined;
  }, [i18n, store]);

  // The list reads summaries only: hundreds of negotiations list without one record validated.
  const showHome = useCallback(async (problem?: string, focus?: string) => {
    const negotiations = await store.summaries();
    setScreen({ kind: 'home', negotiations, ...(problem ? { problem } : {}), ...(focus ? { focusRequest: { id: focus } } : {}) });
  }, [store]);

  /**
   * Opens a stored negotiation. `knownFlowId` is its jurisdiction where it is known already (from
   * the list, or the file just stored): its checklist then loads while the record is read and
   * validated, not after.
   */
  const open = useCallback(async (id: string, { notice, knownFlowId }: { readonly notice?: string; readonly knownFlowId?: string } = {}) => {
    // A checklist that cannot load is explained like a record that cannot be read.
    const checklistOrNothing = (flowId: string) => checklistFor(flowId).catch((error: unknown) => {
      console.error(error);
      return undefined;
    });
    const earlyChecklist = knownFlowId === undefined ? undefined : checklistOrNothing(knownFlowId);
    // Storage refusing the read is explained on the home page, never a screen stuck loading.
    const loaded = await store.load(id).catch((error: unknown) => {
      console.error(error);
      return null;
    });
    if (loaded === null) {
      await showHome(t('home.cannotOpen'));
      return;
    }
    const stored = loaded?.stored;
    const flowId = stored?.reading.ok ? stored.reading.record.flowId : undefined;
    const checklist = flowId === undefined ? undefined : await (flowId === knownFlowId && earlyChecklist ? earlyChecklist : checklistOrNothing(flowId));
    if (!stored?.reading.ok || !checklist || stored.deletedAt !== undefined) {
      await showHome(t('home.cannotOpen'));
      return;
    }
    const synced = { revision: stored.revision, record: stored.reading.record, conflicts: stored.conflicts };
    generation.current += 1;
    setScreen({ kind: 'negotiation', ...checklist, start: loaded?.cursor ? { synced, cursor: loaded.cursor } : { synced }, generation: generation.current, ...(notice ? { notice } : {}) });
    // Only a reload reads it, so the wizard does not wait for the write; written in order with a
    // later "Home", which clears it, as transactions on one store run in the order they were made.
    store.setSetting('lastOpened', id).catch((error: unknown) => console.error(error));
  }, [store, showHome, checklistFor, t]);

  // Once per page: the callbacks change with the language, and a second boot would reopen
  // the negotiation on screen from storage while its last keystrokes are still being saved.
  const booted = useRef(false);
  useEffect(() => {
    if (booted.current) return;
    booted.current = true;
    const boot = async () => {
      try {
        const { negotiations, resume } = startingPoint ?? (await readStartingPoint(store, now(), undoDeleteMs));
        if (resume) await open(resume, { knownFlowId: listedFlow(negotiations, resume) });
        // The list just read is the one to show: no second read before the first screen.
        else if (!startingPoint) setScreen({ kind: 'home', negotiations });
        // Opening a negotiation later should not wait on the network or a cold chunk: neither
        // for the wizard and its words, nor for the validation every opening runs, nor for the
        // table the checklist's words are found in.
        whenIdle(() => {
          void loadSession();
          void i18n.loadNamespaces(WIZARD_NAMESPACE);
          void store.prepare();
          void loadContentTable();
        });
      } catch (error) {
        console.error(error);
        await showHome(t('home.cannotOpen')).catch(() => setScreen({ kind: 'home', negotiations: [], problem: t('home.cannotList') }));
      }
    };
    void boot();
  }, [store, startingPoint, open, showHome, now, undoDeleteMs, t, i18n]);

  // Each deletion is erased for good once its time to undo has passed, wherever the user is.
  useEffect(() => {
    const [oldest] = deleted;
    if (!oldest) return;
    const timer = setTimeout(() => {
      setDeleted((pending) => pending.filter((entry) => entry.id !== oldest.id));
      void store.erase(oldest.id).then(async () => {
        const negotiations = await store.summaries();
        setScreen((current) => (current.kind === 'home' ? { ...current, negotiations } : current));
      });
    }, Math.max(0, Date.parse(oldest.at) + undoDeleteMs - Date.parse(now())));
    return () => clearTimeout(timer);
  }, [deleted, store, undoDeleteMs, now]);

  /** Nothing is stored until something is entered, so an untouched start leaves no entry. */
  const start = async (flowId: string) => {
    requestPersistence();
    const checklist = await checklistFor(flowId);
    if (!checklist) return;
    const { flow } = checklist;
    const language = (i18n.resolvedLanguage ?? 'en') as Language;
    const template = createRecord({ id: newId(), flowId, flowVersion: flow.version, now: now(), documentLanguage: language });
    await store.setSetting('lastOpened', template.id);
    generation.current += 1;
    setScreen({ kind: 'negotiation', ...checklist, start: { template }, generation: generation.current });
  };

  /** A document or an example is always stored as a new negotiation: nothing already stored changes. */
  const openCopy = async ({ file }: FileReading & { ok: true }) => {
    requestPersistence();
    const [first] = file.negotiations;
    if (!(await loadFlow(first.flowId))) {
      await showHome(t('open.unknownFlow'));
      return;
    }
    const record = { ...first, id: newId(), updatedAt: now() };
    await store.create(record);
    // A copy from a document for management says what it lacks; the whole record needs no notice.
    const notices = { full: undefined, proposal: t('open.fromProposal'), letter: t('open.fromLetter'), 'no-notes': t('open.withoutNotes') };
    await open(record.id, { notice: notices[file.contents], knownFlowId: record.flowId });
  };

  /**
   * A negotiation file is imported: what it would add or replace is planned against this device,
   * and only what the user chose is written.
   */
  const importTarget: ImportTarget = store;
  const planFile = async (file: NegotiationFile) => {
    const [{ planImport }, stored] = await Promise.all([import('../record/workspace-import.ts'), store.list()]);
    return planImport(file, stored);
  };
  const importFile = async (plan: ImportPlan, decisions: ImportDecisions) => {
    try {
      const { applyImport } = await import('../record/workspace-import.ts');
      return await applyImport(importTarget, plan, decisions, newId, now);
    } finally {
      // Whatever was written before a failure shows in the list at once.
      const negotiations = await store.summaries();
      setScreen((current) => (current.kind === 'home' ? { ...current, negotiations } : current));
    }
  };

  const goHome = async () => {
    // Leave the negotiation first, so that its last words are saved before the list is read.
    setScreen({ kind: 'loading' });
    await store.setSetting('lastOpened', '');
    await showHome();
  };

  const remove = async (id: string, title: string) => {
    const at = now();
    await store.markDeleted(id, at);
    await showHome();
    setDeleted((pending) => [...pending, { id, title, at }]);
  };

  const undelete = async (id: string) => {
    await store.undelete(id);
    setDeleted((pending) => pending.filter((entry) => entry.id !== id));
    await showHome();
  };

  const archive = async (id: string, archived: boolean) => {
    await store.setArchived(id, archived);
    await showHome();
  };

  /**
   * A new name is an edit of `meta.title` through the journal, like a keystroke in the
   * wizard, so it merges with a tab that has the negotiation open instead of overwriting it.
   */
  const rename = useCallback(async (id: string, title: string) => {
    try {
      const { record } = await store.refresh(id);
      if (record.meta.title !== title) {
        const { diffRecords } = await import('../record/record-merge.ts');
        await store.saveEdit(id, { savedAt: now(), edit: diffRecords(record, { ...record, meta: { ...record.meta, title } }) });
      }
      await showHome();
    } catch (error) {
      console.error(error);
      await showHome(t('home.cannotChange'));
    }
  }, [store, now, showHome, t]);

  /** A copy under a new id, every meeting and answer included, named as a copy; focus goes to it. */
  const duplicate = useCallback(async (id: string) => {
    try {
      const { record } = await store.refresh(id);
      const at = now();
      const name = nameOf(record.meta) || t('home.untitled');
      const copy = { ...record, id: newId(), createdAt: at, updatedAt: at, meta: { ...record.meta, title: t('home.copyOf', { name }) } };
      await store.create(copy);
      await showHome(undefined, copy.id);
    } catch (error) {
      console.error(error);
      await showHome(t('home.cannotChange'));
    }
  }, [store, now, newId, showHome, t]);

  /** A record that cannot be read is downloaded exactly as stored. */
  const readRaw = useCallback(async (id: string) => (await store.load(id))?.stored.raw, [store]);

  const changeLanguage = async (language: Language) => {
    await i18n.changeLanguage(language);
    await store.setSetting('interfaceLanguage', language);
  };

  return (
    <>
      <SkipLink targetId="main" label={t('header.skip')} />
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
        <AppUpdate />
        {screen.kind === 'loading' && <p role="status">{t('home.loading')}</p>}
        {screen.kind === 'home' && (
          <>
            {screen.problem && <p className="field__error" role="alert">{screen.problem}</p>}
            <HomePage
              negotiations={screen.negotiations}
              {...(screen.focusRequest ? { focusRequest: screen.focusRequest } : {})}
              onRename={rename}
              onDuplicate={(id) => void duplicate(id)}
              readRaw={readRaw}
              deleted={deleted}
              onOpen={(id) => void open(id, { knownFlowId: listedFlow(screen.negotiations, id) })}
              onStart={(id) => void start(id)}
              onArchive={(id, archived) => void archive(id, archived)}
              onDelete={(id, title) => void remove(id, title)}
              onUndelete={(id) => void undelete(id)}
            />
            {fileTools && (
              <>
                <fileTools.OpenFile
                  onOpen={openCopy}
                  readFile={readFile}
                  readEncrypted={readEncrypted}
                  planImport={planFile}
                  onImport={importFile}
                  openStored={(id) => open(id, { knownFlowId: listedFlow(screen.negotiations, id) })}
                  examples={fileTools.exampleKeys}
                  loadExample={fileTools.loadExample}
                />
                <fileTools.WorkspaceBackup negotiations={screen.negotiations} readRecords={() => store.list()} now={now} />
              </>
            )}
          </>
        )}
        {screen.kind === 'negotiation' && screen.notice && <p className="notice-banner" role="status">{screen.notice}</p>}
        {screen.kind === 'negotiation' && (
          <screen.Session
            key={`${'synced' in screen.start ? screen.start.synced.record.id : screen.start.template.id}#${screen.generation}`}
            flow={screen.flow}
            start={screen.start}
            store={store}
            now={now}
            newId={newId}
            tabId={tabId}
            onLeave={() => void goHome()}
            {...(channelFactory ? { channelFactory } : {})}
          />
        )}
      </main>
      <footer className="app-footer">
        <p>{t('disclaimer')}</p>
        <p>{t('footer.privacy')}</p>
        <StoragePersistence />
      </footer>
    </>
  );
}
