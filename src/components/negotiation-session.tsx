import { useActorRef } from '@xstate/react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { wizardMachineFor } from '../engine/build-machine.ts';
import type { FlowDefinition } from '../engine/flow-types.ts';
import { resumeSnapshot } from '../engine/resume.ts';
import type { NegotiationStore } from '../record/storage.ts';
import type { ChannelFactory } from '../record/tab-channel.ts';
import { ConflictPanel } from './conflict-panel.tsx';
import { PausedNotice } from './paused-notice.tsx';
import { useRecordSync, type SessionStart } from './use-record-sync.ts';
import { WizardSessionContext } from './wizard-context.ts';
import { WizardScreen } from './wizard-screen.tsx';

interface NegotiationSessionProps {
  readonly flow: FlowDefinition;
  readonly start: SessionStart;
  readonly store: NegotiationStore;
  readonly now: () => string;
  readonly newId: () => string;
  /** This page's id among the tabs of the browser. */
  readonly tabId: string;
  readonly onLeave: () => void;
  readonly channelFactory?: ChannelFactory;
}

/**
 * What a negotiation under this checklist will need first, made ahead: called when the
 * checklist has loaded, while the record may still be on its way, so that the first render
 * of the wizard is not also the one that builds its machine.
 */
export function prepareSession(flow: FlowDefinition): void {
  wizardMachineFor(flow);
}

/** Runs one negotiation's machine, resumed from its record and cursor, and saves as it goes. */
export function NegotiationSession({ flow, start, store, now, newId, tabId, onLeave, channelFactory }: NegotiationSessionProps) {
  const { t } = useTranslation('ui');
  const machine = useMemo(() => wizardMachineFor(flow), [flow]);
  const record = 'synced' in start ? start.synced.record : start.template;
  const cursor = 'synced' in start ? start.cursor : undefined;
  // Computed once: the actor owns the record from here on.
  const snapshot = useMemo(() => resumeSnapshot(machine, flow, record, cursor), [machine, flow]); // eslint-disable-line react-hooks/exhaustive-deps
  const actor = useActorRef(machine, { input: { record }, snapshot });
  const sync = useRecordSync({ actor, store, start, now, tabId, ...(channelFactory ? { channelFactory } : {}) });
  const session = useMemo(() => ({ flow, actor }), [flow, actor]);
  // The notice goes once the other tab has stepped aside: focus goes on to the step itself.
  const keepHere = () => {
    sync.takeOver();
    document.querySelector<HTMLElement>('main h1')?.focus();
  };

  if (sync.paused) {
    return (
      <WizardSessionContext.Provider value={session}>
        <PausedNotice save={sync.save} onResume={sync.resume} onLeave={onLeave} />
      </WizardSessionContext.Provider>
    );
  }

  return (
    <WizardSessionContext.Provider value={session}>
      {sync.otherTabs > 0 && (
        <section className="notice-banner" aria-labelledby="other-tabs-title">
          <div role="alert">
            <h2 id="other-tabs-title" className="notice-banner__title">{t('tabs.alsoOpen', { count: sync.otherTabs })}</h2>
            <p>{t('tabs.alsoOpenBody')}</p>
          </div>
          <div className="actions">
            <button type="button" className="button" onClick={keepHere}>{t('tabs.keepHere')}</button>
            <button type="button" className="button" onClick={sync.stepAside}>{t('tabs.useOther')}</button>
          </div>
        </section>
      )}
      <ConflictPanel conflicts={sync.conflicts} onSettle={sync.settle} />
      <WizardScreen saveState={sync.save} newId={newId} now={now} />
    </WizardSessionContext.Provider>
  );
}
