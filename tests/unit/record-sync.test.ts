import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { NegotiationRecord } from '../../src/engine/negotiation.ts';
import { withAnswer, withSystemAdded } from '../../src/engine/record-updates.ts';
import type { Conflict } from '../../src/record/record-merge.ts';
import { RecordSync } from '../../src/record/record-sync.ts';
import { NegotiationStore, type Synced } from '../../src/record/storage.ts';
import { euFlow as flow } from '../support/flows.ts';
import { emptyRecord, system } from '../support/records.ts';

const base = withSystemAdded(emptyRecord(flow), system('s1', 'hiring'));
const NOW = '2026-12-01T09:00:00.000Z';

/** A tab: its record on screen, and what the sync told it. */
class Tab {
  record: NegotiationRecord;
  conflicts: readonly Conflict[] = [];
  failures: unknown[] = [];
  readonly sync: RecordSync;

  constructor(store: NegotiationStore, synced: Synced) {
    this.record = synced.record;
    this.sync = new RecordSync({
      store,
      start: { synced },
      target: {
        current: () => this.record,
        replace: (record) => {
          this.record = record;
        },
        synced: (result) => {
          this.conflicts = result.conflicts;
        },
        failed: (error) => this.failures.push(error),
      },
      onStored: () => undefined,
    });
  }

  type(words: string): void {
    this.record = withAnswer(this.record, 's1', 'data-categories', { words });
  }

  get words(): string {
    return this.record.answers.s1?.['data-categories']?.words ?? '';
  }
}

async function twoTabs() {
  const store = await NegotiationStore.open(new IDBFactory());
  const synced = await store.create(base);
  return { store, a: new Tab(store, synced), b: new Tab(store, synced) };
}

describe('RecordSync', () => {
  it('shows a tab what another saved, keeping what it typed meanwhile', async () => {
    const { a, b } = await twoTabs();
    a.record = withAnswer(a.record, 's1', 'legal-basis', { status: 'refused' });
    await a.sync.save(NOW);
    b.type('typed in B, not saved yet');
    await b.sync.refresh();
    expect(b.record.answers.s1?.['legal-basis']?.status).toBe('refused');
    expect(b.words).toBe('typed in B, not saved yet');
    await b.sync.save(NOW);
    expect(b.conflicts).toEqual([]);
  });

  it('does not conflict with itself after a save whose merge failed', async () => {
    const { store, a } = await twoTabs();
    const merge = store.refresh.bind(store);
    // The journal write lands, the merge after it fails, as when the record write runs out of space.
    const saveEdit = store.saveEdit.bind(store);
    store.saveEdit = (id, entry) => saveEdit(id, entry).then(() => Promise.reject(new DOMException('full', 'QuotaExceededError')));
    a.type('ab');
    await a.sync.save(NOW);
    expect(a.failures).toHaveLength(1);
    store.saveEdit = saveEdit;
    a.type('abc');
    await a.sync.save(NOW);
    expect(a.words).toBe('abc');
    expect(a.conflicts).toEqual([]);
    expect((await merge(base.id)).record.answers.s1?.['data-categories']?.words).toBe('abc');
  });

  it('settles a conflict on the value the user picked, in storage and on screen', async () => {
    const { store, a, b } = await twoTabs();
    a.type('A');
    await a.sync.save(NOW);
    b.type('B');
    await b.sync.save(NOW);
    expect(b.words).toBe('A');
    const [conflict] = b.conflicts;
    if (!conflict) throw new Error('no conflict');
    await b.sync.settle(conflict, 'B', NOW);
    expect(b.words).toBe('B');
    expect(b.conflicts).toEqual([]);
    expect((await store.refresh(base.id)).record.answers.s1?.['data-categories']?.words).toBe('B');
  });
});
