import type { NegotiationStore, NegotiationSummary } from '../record/storage.ts';

/** What the first screen shows: the list of negotiations, and the one to resume if one was open. */
export interface StartingPoint {
  readonly negotiations: readonly NegotiationSummary[];
  readonly resume?: string;
  /** The interface language chosen on this device, if one was. */
  readonly interfaceLanguage?: string;
}

/** How long a deleted negotiation can be brought back before it is erased from this device. */
export const UNDO_DELETE_MS = 30_000;

/**
 * Reads the starting point in one transaction, tidying storage where needed: what closed tabs
 * left half-saved is merged (a new negotiation's first words included) and the list read again,
 * and a negotiation deleted in a tab that closed before its undo ran out is erased. Both are
 * rare, so the first screen usually waits for one read of storage.
 */
export async function readStartingPoint(store: NegotiationStore, now: string, undoDeleteMs: number): Promise<StartingPoint> {
  const first = await store.readFirstScreen();
  let listed = first.summaries;
  if (first.editsWaiting) {
    await store.recoverJournal();
    listed = await store.summaries();
  }
  const negotiations = await store.eraseDeletedBefore(listed, new Date(Date.parse(now) - undoDeleteMs).toISOString());
  const { lastOpened: id, interfaceLanguage } = first.settings;
  // A new negotiation left before anything was typed was never stored: nothing to resume.
  const resumable = id !== undefined && id !== '' && negotiations.some((stored) => stored.id === id && stored.deletedAt === undefined);
  return { negotiations, ...(resumable ? { resume: id } : {}), ...(interfaceLanguage ? { interfaceLanguage } : {}) };
}
