import type { NegotiationRecord } from '../engine/negotiation.ts';
import type { NegotiationFile } from './negotiation-file.ts';
import type { RecordReading } from './record-schema.ts';

/**
 * Importing a file of negotiations into this device: first a plan the user reads (what is new,
 * what has the id of a negotiation already here), then only what the user chose is written.
 * Nothing here touches storage itself: the apply step writes through the target it is given.
 */

/** What the planner needs to know of a negotiation already on this device. */
export interface ExistingNegotiation {
  readonly id: string;
  readonly reading: RecordReading;
  readonly archived?: boolean;
  readonly deletedAt?: string;
}

/** What the user sees of one side of a clash, to decide which to keep. */
export interface Summary {
  readonly title: string;
  readonly employer: string;
  readonly union: string;
  readonly updatedAt: string;
  /** Meetings so far, the one under way included. */
  readonly meetings: number;
  readonly systems: number;
}

export type PlanItem =
  /** No negotiation with this id is here: it is added as it is. */
  | { readonly kind: 'add'; readonly record: NegotiationRecord; readonly incoming: Summary }
  /**
   * A negotiation with this id is here and differs (or cannot be read): the user chooses.
   * `existing` is missing when the stored one is damaged; `deleted` when it waits to be erased.
   */
  | { readonly kind: 'same-id'; readonly record: NegotiationRecord; readonly incoming: Summary; readonly existing?: Summary; readonly deleted: boolean }
  /** The very same negotiation is already here: nothing to do. */
  | { readonly kind: 'unchanged'; readonly record: NegotiationRecord; readonly incoming: Summary };

export interface ImportPlan {
  readonly items: readonly PlanItem[];
  /** Ids of the file's negotiations that were archived where it was made: they arrive archived. */
  readonly archived: readonly string[];
}

export type SameIdChoice = 'replace' | 'copy' | 'skip';

/** The user's choice for each `same-id` item, by the record's id; anything not chosen is skipped. */
export type ImportDecisions = Readonly<Record<string, SameIdChoice>>;

/** Where an import writes: the negotiation store, or a fake in tests. */
export interface ImportTarget {
  create(record: NegotiationRecord): Promise<unknown>;
  replace(record: NegotiationRecord): Promise<unknown>;
  setArchived(id: string, archived: boolean): Promise<unknown>;
}

export interface ImportResult {
  readonly added: readonly NegotiationRecord[];
  readonly replaced: readonly NegotiationRecord[];
  /** Kept both: the copy, under its new id. */
  readonly copied: readonly NegotiationRecord[];
  readonly skipped: readonly NegotiationRecord[];
  readonly unchanged: readonly NegotiationRecord[];
}

export function summary(record: NegotiationRecord): Summary {
  const { title, employer, union } = record.meta;
  return { title, employer, union, updatedAt: record.updatedAt, meetings: record.rounds.length + 1, systems: record.systems.length };
}

/** JSON with every object's keys sorted: two records equal in content give the same text. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, item: unknown) =>
    typeof item === 'object' && item !== null && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );
}

/** Sorts each negotiation of the file into add, same id, or unchanged, against what is stored. */
export function planImport(file: Pick<NegotiationFile, 'negotiations' | 'archived'>, stored: readonly ExistingNegotiation[]): ImportPlan {
  const here = new Map(stored.map((negotiation) => [negotiation.id, negotiation]));
  const items = file.negotiations.map((record): PlanItem => {
    const incoming = summary(record);
    const existing = here.get(record.id);
    if (!existing) return { kind: 'add', record, incoming };
    const deleted = existing.deletedAt !== undefined;
    if (!existing.reading.ok) return { kind: 'same-id', record, incoming, deleted };
    if (!deleted && canonical(existing.reading.record) === canonical(record)) return { kind: 'unchanged', record, incoming };
    return { kind: 'same-id', record, incoming, existing: summary(existing.reading.record), deleted };
  });
  return { items, archived: file.archived ?? [] };
}

export const DEFAULT_CHOICE: SameIdChoice = 'skip';

/** How many of each the plan would write with these choices: the preview's summary line. */
export function importCounts(plan: ImportPlan, decisions: ImportDecisions): Readonly<Record<'add' | 'replace' | 'copy' | 'skip' | 'unchanged', number>> {
  const counts = { add: 0, replace: 0, copy: 0, skip: 0, unchanged: 0 };
  for (const item of plan.items) {
    if (item.kind === 'same-id') counts[decisions[item.record.id] ?? DEFAULT_CHOICE] += 1;
    else counts[item.kind] += 1;
  }
  return counts;
}

/**
 * Writes what the user chose, one negotiation at a time, in the file's order: a new one is
 * created, a replaced one replaced, a copy created under a new id and the time of the import.
 * A failure stops the import where it is and is thrown; what was written before it stays.
 */
export async function applyImport(target: ImportTarget, plan: ImportPlan, decisions: ImportDecisions, newId: () => string, now: () => string): Promise<ImportResult> {
  const result = { added: [] as NegotiationRecord[], replaced: [] as NegotiationRecord[], copied: [] as NegotiationRecord[], skipped: [] as NegotiationRecord[], unchanged: [] as NegotiationRecord[] };
  const archived = new Set(plan.archived);
  // A negotiation archived where the file was made arrives archived; a replacement keeps this device's choice.
  const archiveIfWas = async (from: NegotiationRecord, stored: NegotiationRecord) => {
    if (archived.has(from.id)) await target.setArchived(stored.id, true);
  };
  for (const item of plan.items) {
    if (item.kind === 'unchanged') {
      result.unchanged.push(item.record);
    } else if (item.kind === 'add') {
      await target.create(item.record);
      await archiveIfWas(item.record, item.record);
      result.added.push(item.record);
    } else {
      const choice = decisions[item.record.id] ?? DEFAULT_CHOICE;
      if (choice === 'replace') {
        await target.replace(item.record);
        result.replaced.push(item.record);
      } else if (choice === 'copy') {
        const copy = { ...item.record, id: newId(), updatedAt: now() };
        await target.create(copy);
        await archiveIfWas(item.record, copy);
        result.copied.push(copy);
      } else {
        result.skipped.push(item.record);
      }
    }
  }
  return result;
}
