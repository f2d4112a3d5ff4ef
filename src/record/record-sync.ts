import type { NegotiationRecord } from '../engine/negotiation.ts';
import { diffRecords, foldEdit, leafValue, sameRecord, settleConflict, type Conflict, type LeafPath, type LeafValue } from './record-merge.ts';
import { JournalWriteError, UnsavableEditError, type NegotiationStore, type Synced } from './storage.ts';

/** The tab's side of the record: the wizard's machine, seen through four calls. */
export interface SyncTarget {
  /** The record as the tab holds it now, unsaved changes included. */
  current(): NegotiationRecord;
  /** Shows the record merged with another tab's edits; the tab's unsaved changes are in it. */
  replace(record: NegotiationRecord): void;
  /** After every save or refresh: the conflicts waiting for the user. */
  synced(result: Synced): void;
  failed(error: unknown): void;
}

/**
 * Keeps one tab's record and the stored one in step. A save sends only what changed since the
 * tab's last save, each field with the value it had then (`diffRecords`); storage merges it
 * into the newest revision and answers with the record as it now stands, which the tab takes
 * over while keeping whatever was typed in the meantime.
 */
export class RecordSync {
  private readonly store: NegotiationStore;
  private readonly id: string;
  private readonly target: SyncTarget;
  private readonly onStored: (revision: number) => void;
  /** The empty record a negotiation starts from, until its first save stores it. */
  private readonly template: NegotiationRecord;
  /** The stored record as of the last answer from storage. */
  private confirmed: Synced | undefined;
  /** The stored record as it will be once every save this tab has sent is merged. */
  private sent: NegotiationRecord;
  /** Values this tab replaced on screen while merging, to be kept as conflicts by the next save. */
  private raise: Conflict[] = [];
  private ticket = 0;
  private disposed = false;

  constructor(options: {
    readonly store: NegotiationStore;
    readonly start: { readonly synced: Synced } | { readonly template: NegotiationRecord };
    readonly target: SyncTarget;
    /** Told after every write this tab made, with the new revision (for the other tabs). */
    readonly onStored: (revision: number) => void;
  }) {
    this.store = options.store;
    this.target = options.target;
    this.onStored = options.onStored;
    if ('synced' in options.start) {
      this.confirmed = options.start.synced;
      this.template = options.start.synced.record;
    } else {
      this.template = options.start.template;
    }
    this.id = this.template.id;
    this.sent = this.template;
  }

  /** True once the negotiation is stored: an untouched new negotiation leaves nothing behind. */
  get stored(): boolean {
    return this.confirmed !== undefined;
  }

  get revision(): number {
    return this.confirmed?.revision ?? 0;
  }

  /** True when the tab holds changes that storage has not confirmed yet. */
  get unsaved(): boolean {
    return !sameRecord(this.confirmed?.record ?? this.template, this.target.current());
  }

  /**
   * Sends the tab's unsaved changes. The journal write is issued before this returns, so it
   * is safe to call from `pagehide`.
   */
  save(savedAt: string, settled: readonly LeafPath[] = []): Promise<void> {
    const local = this.target.current();
    const edit = diffRecords(this.sent, local);
    if (edit.changes.length === 0 && this.raise.length === 0 && settled.length === 0) return Promise.resolve();
    const raise = this.raise;
    this.raise = [];
    const entry = {
      savedAt,
      edit,
      // The ids of the edit are this checklist version's: a later app moves them on if need be.
      flowVersion: local.flowVersion,
      ...(this.confirmed ? {} : { template: this.template }),
      ...(raise.length > 0 ? { raise } : {}),
      ...(settled.length > 0 ? { settled } : {}),
    };
    const sentBefore = this.sent;
    this.sent = local;
    return this.track(this.store.saveEdit(this.id, entry), raise, sentBefore);
  }

  /** Takes over what another tab stored. */
  refresh(): Promise<void> {
    if (!this.confirmed) return Promise.resolve();
    return this.track(this.store.refresh(this.id), [], this.sent);
  }

  /**
   * Settles a conflict with the value the user picked: the choice is an edit like any other,
   * made on the value this tab shows, so a newer value saved elsewhere meanwhile is kept as a
   * conflict in its turn rather than overwritten.
   */
  settle(conflict: Conflict, chosen: LeafValue, savedAt: string): Promise<void> {
    this.target.replace(settleConflict(this.target.current(), conflict, chosen));
    return this.save(savedAt, [conflict.path]);
  }

  /** After the tab has gone: answers still arriving are stored, but no longer shown. */
  dispose(): void {
    this.disposed = true;
  }

  private track(operation: Promise<Synced>, raise: Conflict[], sentBefore: NegotiationRecord): Promise<void> {
    const ticket = ++this.ticket;
    const sentAtIssue = this.sent;
    return operation.then(
      (result) => {
        this.confirmed = result;
        // A later save or refresh is on its way and will carry this one's result too.
        if (ticket === this.ticket && !this.disposed) this.take(result, sentAtIssue);
        this.onStored(result.revision);
      },
      (error: unknown) => {
        // Where the edit reached the journal it will be merged; only what never got there is sent again.
        if (!reachedJournal(error)) this.sent = sentBefore;
        this.raise = [...raise, ...this.raise];
        if (!this.disposed) this.target.failed(error);
      },
    );
  }

  /** Shows the stored record, with the changes typed since the request put back on top. */
  private take(result: Synced, sentAtIssue: NegotiationRecord): void {
    const local = this.target.current();
    const typedSince = diffRecords(sentAtIssue, local);
    this.sent = result.record;
    if (typedSince.changes.length === 0) {
      if (!sameRecord(local, result.record)) this.target.replace(result.record);
      this.target.synced(result);
      return;
    }
    const rebased = foldEdit(result.record, typedSince);
    let record = rebased.record;
    for (const conflict of rebased.conflicts) {
      if (conflict.path[0] === 'system' && conflict.path.length === 2) {
        this.raise.push(conflict);
        continue;
      }
      // Another tab changed the field being typed in: the typed words stay, the other tab's wait beside them.
      record = settleConflict(record, conflict, conflict.others[0]);
      this.raise.push({ path: conflict.path, others: [leafValue(result.record, conflict.path)] });
    }
    this.target.replace(record);
    this.target.synced(result);
  }
}

/** Whether a failed save's edit was written to the journal before the failure. */
function reachedJournal(error: unknown): boolean {
  return !(error instanceof JournalWriteError || error instanceof UnsavableEditError);
}
