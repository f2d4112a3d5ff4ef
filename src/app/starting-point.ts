import type { NegotiationStore, NegotiationSummary } from '../record/storage.ts';

/** What the first screen shows: the list of negotiations, and the one to resume if one was open. */
export interface StartingPoint {
  readonly negotiations: readonly NegotiationSummary[];
  readonly resume?: string;
}

/** How long a deleted negotiation can be brought back before it is erased from this device. */
export const UNDO_DELETE_MS = 30_000;

/**
 * Reads the starting point, tidying storage first: what closed tabs left half-saved is merged
 * (a new negotiation's first words included), and a negotiation deleted in a tab that closed
 * before its undo ran out is erased. What remains is the list shown: it is read once.
 */
export async function readStartingPoint(store: NegotiationStore, now: string, undoDeleteMs: number): Promise<StartingPoint> {
  await store.recoverJournal();
  const erasedBefore = new Date(Date.parse(now) - undoDeleteMs).toISOString();
  const [negotiations, id] = await Promise.all([store.eraseDeletedBefore(erasedBefore), store.getSetting('lastOpened')]);
  // A new negotiation left before anything was typed was never stored: nothing to resume.
  const resumable = id !== undefined && id !== '' && negotiations.some((stored) => stored.id === id && stored.deletedAt === undefined);
  return resumable ? { negotiations, resume: id } : { negotiations };
}
