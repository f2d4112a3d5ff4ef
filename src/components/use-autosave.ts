import { useEffect, useState } from 'react';
import type { ActorRefFrom } from 'xstate';
import type { WizardMachine } from '../engine/build-machine.ts';
import type { NegotiationRecord } from '../engine/negotiation.ts';
import type { Cursor, NegotiationStore } from '../record/storage.ts';

export type SaveState = { readonly kind: 'saved' } | { readonly kind: 'pending' } | { readonly kind: 'failed'; readonly detail: string };

const DELAY_MS = 250;

/**
 * Saves the record and the cursor whenever they change: the record as it is typed (after a
 * short pause, and at once when the page is hidden or closed), the cursor on every move.
 */
export function useAutosave(actor: ActorRefFrom<WizardMachine>, store: NegotiationStore, now: () => string): SaveState {
  const [state, setState] = useState<SaveState>({ kind: 'saved' });

  useEffect(() => {
    let savedRecord = actor.getSnapshot().context.record;
    let savedCursor = JSON.stringify(cursorOf(actor.getSnapshot()));
    let timer: ReturnType<typeof setTimeout> | undefined;
    let pending: NegotiationRecord | undefined;

    const fail = (error: unknown) => setState({ kind: 'failed', detail: error instanceof Error ? error.message : String(error) });
    const flush = () => {
      clearTimeout(timer);
      timer = undefined;
      if (!pending) return;
      const record: NegotiationRecord = { ...pending, updatedAt: now() };
      pending = undefined;
      store.saveRecord(record).then(() => setState(timer ? { kind: 'pending' } : { kind: 'saved' }), fail);
    };

    const subscription = actor.subscribe((snapshot) => {
      const { record } = snapshot.context;
      if (record !== savedRecord) {
        savedRecord = record;
        pending = record;
        setState({ kind: 'pending' });
        clearTimeout(timer);
        timer = setTimeout(flush, DELAY_MS);
      }
      const cursor = cursorOf(snapshot);
      const serialised = JSON.stringify(cursor);
      if (serialised !== savedCursor) {
        savedCursor = serialised;
        flush();
        store.saveCursor(record.id, cursor).catch(fail);
      }
    });
    const onHide = () => flush();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      flush();
      subscription.unsubscribe();
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
    };
  }, [actor, store, now]);

  return state;
}

function cursorOf(snapshot: ReturnType<ActorRefFrom<WizardMachine>['getSnapshot']>): Cursor {
  return { value: snapshot.value, systemIndex: snapshot.context.systemIndex };
}
