import { useCallback, useEffect, useRef, useState } from 'react';
import type { ActorRefFrom } from 'xstate';
import type { WizardMachine } from '../engine/build-machine.ts';
import type { NegotiationRecord } from '../engine/negotiation.ts';
import type { Conflict, LeafValue } from '../record/record-merge.ts';
import { RecordSync } from '../record/record-sync.ts';
import { DamagedRecordError, JournalWriteError, NotStoredError, UnsavableEditError, type Cursor, type NegotiationStore, type Synced } from '../record/storage.ts';
import { TabChannel, type ChannelFactory } from '../record/tab-channel.ts';

/** Why a save failed, in the terms the interface explains it. */
export const SAVE_PROBLEMS = ['quota', 'tooLong', 'damaged', 'deleted', 'unavailable', 'other'] as const;
export type SaveProblem = (typeof SAVE_PROBLEMS)[number];

export type SaveState = { readonly kind: 'saved' } | { readonly kind: 'pending' } | { readonly kind: 'failed'; readonly problem: SaveProblem };

/** Where a negotiation starts from: stored already, or new and not stored until something is entered. */
export type SessionStart = { readonly synced: Synced; readonly cursor?: Cursor } | { readonly template: NegotiationRecord };

export interface RecordSyncState {
  readonly save: SaveState;
  readonly conflicts: readonly Conflict[];
  /** How many other tabs of this browser have the negotiation open. */
  readonly otherTabs: number;
  /** Another tab took the negotiation over; this one has saved and stepped aside. */
  readonly paused: boolean;
  readonly settle: (conflict: Conflict, chosen: LeafValue) => void;
  /** Keep editing here: the other tabs save and step aside. Also how a paused tab asks back. */
  readonly takeOver: () => void;
  /** Edit in the other tab instead: this one saves and pauses. */
  readonly stepAside: () => void;
  /** Edit here again after pausing: the other tabs pause. */
  readonly resume: () => void;
  /** Saves at once; resolves when storage has the tab's changes. */
  readonly flush: () => Promise<void>;
}

const DELAY_MS = 250;

export function saveProblem(error: unknown): SaveProblem {
  const cause = error instanceof JournalWriteError ? error.cause : error;
  if (cause instanceof UnsavableEditError) return 'tooLong';
  if (cause instanceof DamagedRecordError) return 'damaged';
  if (cause instanceof NotStoredError) return 'deleted';
  if (cause instanceof DOMException) return cause.name === 'QuotaExceededError' ? 'quota' : 'unavailable';
  return 'other';
}

function cursorOf(snapshot: ReturnType<ActorRefFrom<WizardMachine>['getSnapshot']>): Cursor {
  return { value: snapshot.value, systemIndex: snapshot.context.systemIndex };
}

/**
 * Saves the record as it is typed (after a short pause, at once on every move and when the
 * page is hidden or closed), merged with what other tabs stored, and the cursor on every move.
 * A new negotiation is stored only once something is entered.
 */
export function useRecordSync(options: {
  readonly actor: ActorRefFrom<WizardMachine>;
  readonly store: NegotiationStore;
  readonly start: SessionStart;
  readonly now: () => string;
  readonly tabId: string;
  readonly channelFactory?: ChannelFactory;
}): RecordSyncState {
  const { actor, store, now, tabId, channelFactory } = options;
  const startRef = useRef(options.start);
  const [save, setSave] = useState<SaveState>({ kind: 'saved' });
  const [conflicts, setConflicts] = useState<readonly Conflict[]>('synced' in options.start ? options.start.synced.conflicts : []);
  const [otherTabs, setOtherTabs] = useState(0);
  const [paused, setPaused] = useState(false);
  const controls = useRef<{ sync: RecordSync; channel: TabChannel; flush: () => Promise<void>; pause: () => void; resume: () => void } | null>(null);

  useEffect(() => {
    const start = startRef.current;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let savedCursor = JSON.stringify(cursorOf(actor.getSnapshot()));
    let cursorStored = 'synced' in start;

    const storeCursor = () => {
      const cursor = cursorOf(actor.getSnapshot());
      savedCursor = JSON.stringify(cursor);
      store.saveCursor(actor.getSnapshot().context.record.id, cursor).catch((error: unknown) => setSave({ kind: 'failed', problem: saveProblem(error) }));
    };

    const sync = new RecordSync({
      store,
      start: 'synced' in start ? { synced: start.synced } : { template: start.template },
      target: {
        current: () => actor.getSnapshot().context.record,
        replace: (record) => actor.send({ type: 'record.synced', record }),
        synced: (result) => {
          setConflicts(result.conflicts);
          setSave(timer || sync.unsaved ? { kind: 'pending' } : { kind: 'saved' });
          // The position is worth keeping only once there is a negotiation to return to.
          if (!cursorStored) {
            cursorStored = true;
            storeCursor();
          }
        },
        failed: (error) => setSave({ kind: 'failed', problem: saveProblem(error) }),
      },
      // Called only after a write, by which time the channel below exists.
      onStored: (revision) => channel.announceStored(revision),
    });

    const flush = (): Promise<void> => {
      clearTimeout(timer);
      timer = undefined;
      return sync.save(now());
    };

    const pause = () => {
      void flush();
      channel.stepAside();
      setPaused(true);
    };

    // Back to editing in this tab: take over what the others saved, keeping what is unsaved here.
    const resume = () => {
      channel.resume();
      void sync.refresh();
      setPaused(false);
    };

    const channel = new TabChannel({
      negotiationId: actor.getSnapshot().context.record.id,
      tabId,
      factory: channelFactory,
      events: {
        others: setOtherTabs,
        stored: (revision) => {
          if (revision > sync.revision) void sync.refresh();
        },
        takenOver: () => pause(),
      },
    });
    controls.current = { sync, channel, flush, pause, resume };

    const subscription = actor.subscribe((snapshot) => {
      if (sync.unsaved) {
        setSave((state) => (state.kind === 'failed' ? state : { kind: 'pending' }));
        clearTimeout(timer);
        timer = setTimeout(() => void flush(), DELAY_MS);
      }
      if (JSON.stringify(cursorOf(snapshot)) !== savedCursor) {
        void flush();
        if (sync.stored) storeCursor();
      }
    });
    const onHide = () => void flush();
    const onPageHide = () => {
      void flush();
      channel.left();
    };
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) channel.returned();
    };
    window.addEventListener('pagehide', onPageHide);
    window.addEventListener('pageshow', onPageShow);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      subscription.unsubscribe();
      // The last save is still announced to the other tabs; its answer is no longer shown here.
      const last = flush();
      sync.dispose();
      void last.finally(() => channel.close());
      controls.current = null;
      window.removeEventListener('pagehide', onPageHide);
      window.removeEventListener('pageshow', onPageShow);
      document.removeEventListener('visibilitychange', onHide);
    };
  }, [actor, store, now, tabId, channelFactory]);

  const settle = useCallback((conflict: Conflict, chosen: LeafValue) => {
    void controls.current?.sync.settle(conflict, chosen, now());
  }, [now]);

  const takeOver = useCallback(() => controls.current?.channel.takeOver(), []);
  const stepAside = useCallback(() => controls.current?.pause(), []);
  const resume = useCallback(() => controls.current?.resume(), []);
  const flush = useCallback(() => controls.current?.flush() ?? Promise.resolve(), []);

  return { save, conflicts, otherTabs, paused, settle, takeOver, stepAside, resume, flush };
}
