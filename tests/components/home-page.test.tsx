// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { euFlow } from '../support/flows.ts';
import { withAnswer, withMeta, withSystemAdded } from '../../src/engine/record-updates.ts';
import { NegotiationStore } from '../../src/record/storage.ts';
import { emptyRecord, system } from '../support/records.ts';
import { chooseCountry } from '../support/choose-country.ts';
import { renderApp } from '../support/render-app.tsx';
import { sentenceText } from '../support/sentence-text.ts';


async function seed(factory: IDBFactory, ...employers: readonly string[]): Promise<void> {
  const store = await NegotiationStore.open(factory);
  for (const [index, employer] of employers.entries()) {
    await store.create({ ...withMeta(emptyRecord(euFlow), { employer, union: 'Transport Union' }), id: `seed-${index}`, updatedAt: `2026-11-2${index}T10:00:00.000Z` });
  }
  store.close();
}

/** The names of the cards listed (not archived), in the order shown. */
const listedNames = () => within(screen.getAllByRole('list')[0] as HTMLElement).getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);

async function seedWorkspace(factory: IDBFactory): Promise<void> {
  const store = await NegotiationStore.open(factory);
  const base = emptyRecord(euFlow);
  const records = [
    { employer: 'Zélie Transports', union: 'CGT', workplace: 'Entrepôt de Lyon', date: '2026-10-01', updatedAt: '2026-11-20T10:00:00.000Z', gaps: 0 },
    { employer: 'Acme Logistics', union: 'Unite', workplace: 'Depot 4', date: '2026-11-15', updatedAt: '2026-11-21T10:00:00.000Z', gaps: 2 },
    { employer: 'Émeraude Santé', union: 'CFDT', workplace: 'Clinique', date: '', updatedAt: '2026-11-22T10:00:00.000Z', gaps: 1 },
  ];
  for (const [index, entry] of records.entries()) {
    let record = withSystemAdded({ ...withMeta(base, { employer: entry.employer, union: entry.union, workplace: entry.workplace, date: entry.date }), id: `ws-${index}` }, system('s1', 'hiring'));
    const questions = ['data-categories', 'legal-basis', 'retention-period'];
    for (const [position, question] of questions.entries()) record = withAnswer(record, 's1', question, { status: position < entry.gaps ? 'refused' : 'answered', words: 'x' });
    await store.create({ ...record, updatedAt: entry.updatedAt });
  }
  store.close();
}

const card = (employer: string, union = 'Transport Union') => screen.getByRole('listitem', { name: `${employer} · ${union}` });

describe('the negotiations saved on this device', () => {
  it('stores nothing for a negotiation started and left before anything was typed', async () => {
    const user = userEvent.setup();
    const factory = new IDBFactory();
    const { store } = await renderApp({ factory });
    await chooseCountry(user, 'Belgium');
    await user.click(screen.getByRole('button', { name: 'Start the negotiation' }));
    await screen.findByRole('heading', { level: 1, name: 'Negotiation details' });
    await user.click(screen.getByRole('button', { name: 'All negotiations' }));
    expect(await screen.findByText('No negotiation has been saved on this device yet.')).toBeTruthy();
    expect(await store.list()).toEqual([]);

    await chooseCountry(user, 'Belgium');
    await user.click(screen.getByRole('button', { name: 'Start the negotiation' }));
    await user.type(await screen.findByRole('textbox', { name: 'Union' }), 'GMB');
    await user.click(screen.getByRole('button', { name: 'All negotiations' }));
    expect(await screen.findByRole('heading', { level: 3, name: 'GMB' })).toBeTruthy();
    expect((await store.list()).map((stored) => stored.reading.ok && stored.reading.record.meta.union)).toEqual(['GMB']);
  });

  it('starts the negotiation under the layers picked (Germany, platform work), names them on its pages and in the list', async () => {
    const user = userEvent.setup();
    const { store } = await renderApp();
    await chooseCountry(user, 'Germany');
    await user.click(screen.getByRole('checkbox', { name: /platform workers/ }));
    await user.click(screen.getByRole('button', { name: 'Start the negotiation' }));
    await screen.findByRole('heading', { level: 1, name: 'Negotiation details' });
    expect(screen.getByText('Law: European Union · Germany · Platform work')).toBeTruthy();
    await user.type(screen.getByRole('textbox', { name: 'Union' }), 'ver.di');
    await user.click(screen.getByRole('button', { name: 'All negotiations' }));
    const saved = await screen.findByRole('listitem', { name: 'ver.di' });
    expect(saved.textContent).toContain('European Union · Germany · Platform work');
    expect((await store.list()).map((stored) => stored.reading.ok && stored.reading.record.flowId)).toEqual(['eu+eu-de+eu-platform']);
  });

  it('deletes after a confirmation that names what goes, offers an undo, and erases when the undo runs out', async () => {
      const user = userEvent.setup();
      const factory = new IDBFactory();
      await seed(factory, 'Acme', 'Globex');
      // A short time to undo, so the test can watch it run out.
      const { store } = await renderApp({ factory, undoDeleteMs: 1500 });
      await screen.findByRole('heading', { level: 3, name: 'Acme · Transport Union' });

      await user.click(within(card('Acme')).getByRole('button', { name: 'Delete: Acme · Transport Union' }));
      const confirm = within(card('Acme')).getByRole('group', { name: 'Confirm deletion' });
      expect(confirm.textContent).toContain("the union’s notes from this browser");
      // The safe choice has the focus, and Escape takes it.
      expect(document.activeElement).toBe(within(confirm).getByRole('button', { name: 'Keep it' }));
      await user.keyboard('{Escape}');
      expect(within(card('Acme')).queryByRole('group', { name: 'Confirm deletion' })).toBeNull();
      expect(document.activeElement).toBe(within(card('Acme')).getByRole('button', { name: 'Delete: Acme · Transport Union' }));

      await user.click(within(card('Acme')).getByRole('button', { name: 'Delete: Acme · Transport Union' }));
      await user.click(within(card('Acme')).getByRole('button', { name: 'Yes, delete it from this device' }));
      expect(await screen.findByText(sentenceText(/“Acme · Transport Union” has been deleted from this device/))).toBeTruthy();
      expect(screen.queryByRole('listitem', { name: 'Acme · Transport Union' })).toBeNull();
      expect(document.activeElement).toBe(screen.getByRole('button', { name: /^Undo/ }));

      await user.click(screen.getByRole('button', { name: /^Undo/ }));
      expect(await screen.findByRole('listitem', { name: 'Acme · Transport Union' })).toBeTruthy();
      expect((await store.load('seed-0'))?.stored.deletedAt).toBeUndefined();

      await user.click(within(card('Acme')).getByRole('button', { name: 'Delete: Acme · Transport Union' }));
      await user.click(within(card('Acme')).getByRole('button', { name: 'Yes, delete it from this device' }));
      await screen.findByRole('button', { name: /^Undo/ });
      // Still there, hidden, while it can be undone; erased for good once the time is up.
      expect((await store.list()).map((stored) => stored.id).sort()).toEqual(['seed-0', 'seed-1']);
      await waitFor(() => expect(screen.queryByRole('button', { name: /^Undo/ })).toBeNull(), { timeout: 4000 });
      await waitFor(async () => expect((await store.list()).map((stored) => stored.id)).toEqual(['seed-1']));
      expect(await store.load('seed-0')).toBeUndefined();
  });

  it('erases at the next start a negotiation deleted in a tab that closed before the undo ran out', async () => {
    const factory = new IDBFactory();
    await seed(factory, 'Acme');
    const store = await NegotiationStore.open(factory);
    await store.markDeleted('seed-0', '2026-11-30T09:00:00.000Z');
    store.close();
    const reopened = await renderApp({ factory });
    expect(await screen.findByText('No negotiation has been saved on this device yet.')).toBeTruthy();
    expect(await reopened.store.list()).toEqual([]);
  });

  it('explains on the home page, instead of hanging, a negotiation storage refuses to read', async () => {
    const user = userEvent.setup();
    const factory = new IDBFactory();
    await seed(factory, 'Acme');
    const { store } = await renderApp({ factory });
    const card = await screen.findByRole('listitem', { name: 'Acme · Transport Union' });
    store.load = () => Promise.reject(new DOMException('The connection is closing.', 'InvalidStateError'));
    await user.click(within(card).getByRole('button', { name: /^Open/ }));
    expect((await screen.findByRole('alert')).textContent).toBe('That negotiation could not be opened. Its saved data has not been changed.');
  });

  it('archives a negotiation out of the list and brings it back, across a reload', async () => {
    const user = userEvent.setup();
    const factory = new IDBFactory();
    await seed(factory, 'Acme', 'Globex');
    const first = await renderApp({ factory });
    await user.click(within(await screen.findByRole('listitem', { name: 'Acme · Transport Union' })).getByRole('button', { name: 'Archive: Acme · Transport Union' }));
    await waitFor(() => expect(screen.getByText('Archived (1 negotiation)')).toBeTruthy());
    first.unmount();

    await renderApp({ factory });
    const archive = (await screen.findByText('Archived (1 negotiation)')).closest('details');
    if (!archive) throw new Error('no archive');
    await user.click(within(archive).getByText('Archived (1 negotiation)'));
    await user.click(within(archive).getByRole('button', { name: 'Bring back from the archive: Acme · Transport Union' }));
    await waitFor(() => expect(screen.queryByText(/^Archived/)).toBeNull());
    expect(screen.getByRole('listitem', { name: 'Acme · Transport Union' })).toBeTruthy();
  });

  it('sorts the list by last change, employer, last meeting or open gaps, and shows each one’s figures', async () => {
    const user = userEvent.setup();
    const factory = new IDBFactory();
    await seedWorkspace(factory);
    await renderApp({ factory });
    await screen.findByRole('heading', { level: 3, name: 'Acme Logistics · Unite' });
    expect(listedNames()).toEqual(['Émeraude Santé · CFDT', 'Acme Logistics · Unite', 'Zélie Transports · CGT']);
    const acme = within(card('Acme Logistics', 'Unite'));
    expect(acme.getByText('European Union')).toBeTruthy();
    expect(acme.getByText('meeting 1, 15 Nov 2026')).toBeTruthy();
    expect(acme.getByText('3 answers recorded · 1 system')).toBeTruthy();
    expect(acme.getByText('2 still owed by management')).toBeTruthy();

    const sort = screen.getByRole('combobox', { name: 'Sort by' });
    await user.selectOptions(sort, 'Employer (A–Z)');
    expect(listedNames()).toEqual(['Acme Logistics · Unite', 'Émeraude Santé · CFDT', 'Zélie Transports · CGT']);
    await user.selectOptions(sort, 'Last meeting');
    // A negotiation with no meeting date yet comes last.
    expect(listedNames()).toEqual(['Acme Logistics · Unite', 'Zélie Transports · CGT', 'Émeraude Santé · CFDT']);
    await user.selectOptions(sort, 'Most open gaps');
    expect(listedNames()).toEqual(['Acme Logistics · Unite', 'Émeraude Santé · CFDT', 'Zélie Transports · CGT']);
  });

  it('finds negotiations whatever the case and accents, and says how many match', async () => {
    const user = userEvent.setup();
    const factory = new IDBFactory();
    await seedWorkspace(factory);
    await renderApp({ factory });
    const search = await screen.findByRole('searchbox', { name: 'Find a negotiation' });
    await user.type(search, 'EMERAUDE');
    expect(listedNames()).toEqual(['Émeraude Santé · CFDT']);
    expect(screen.getByText(sentenceText('1 negotiation matches “EMERAUDE”.')).getAttribute('role')).toBe('status');
    await user.clear(search);
    await user.type(search, 'entrepot');
    expect(listedNames()).toEqual(['Zélie Transports · CGT']);
    await user.clear(search);
    // The law's name is searched too.
    await user.type(search, 'européenne');
    expect(screen.getByText(sentenceText('No negotiation matches “européenne”.'))).toBeTruthy();
    await user.clear(search);
    await user.type(search, 'european');
    expect(screen.getByText(sentenceText('3 negotiations match “european”.'))).toBeTruthy();
    await user.clear(search);
    expect(listedNames()).toHaveLength(3);
  });

  it('renames in place: Enter saves through the journal, Escape cancels, and focus goes back to Rename', async () => {
    const user = userEvent.setup();
    const factory = new IDBFactory();
    await seedWorkspace(factory);
    const { store } = await renderApp({ factory });
    const rename = await screen.findByRole('button', { name: 'Rename: Acme Logistics · Unite' });
    await user.click(rename);
    const field = within(card('Acme Logistics', 'Unite')).getByRole('textbox', { name: 'Name of this negotiation' });
    expect(document.activeElement).toBe(field);
    await user.type(field, 'Not this one');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('textbox', { name: 'Name of this negotiation' })).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Rename: Acme Logistics · Unite' })));

    await user.click(screen.getByRole('button', { name: 'Rename: Acme Logistics · Unite' }));
    await user.type(screen.getByRole('textbox', { name: 'Name of this negotiation' }), 'Depot 4 cameras{Enter}');
    const renamed = await screen.findByRole('listitem', { name: 'Depot 4 cameras' });
    // The parties stay said under a name of its own.
    expect(within(renamed).getByText('Acme Logistics · Unite')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(within(renamed).getByRole('button', { name: 'Rename: Depot 4 cameras' })));
    const loaded = await store.load('ws-1');
    expect(loaded?.stored.reading.ok && loaded.stored.reading.record.meta.title).toBe('Depot 4 cameras');
    expect(loaded?.stored.revision).toBe(2);
  });

  it('duplicates a negotiation with its meetings and answers, named as a copy, and puts focus on the copy', async () => {
    const user = userEvent.setup();
    const factory = new IDBFactory();
    await seedWorkspace(factory);
    const { store } = await renderApp({ factory });
    await user.click(await screen.findByRole('button', { name: 'Duplicate: Acme Logistics · Unite' }));
    const copy = await screen.findByRole('listitem', { name: 'Copy of Acme Logistics · Unite' });
    await waitFor(() => expect(document.activeElement).toBe(within(copy).getByRole('heading', { level: 3 })));
    expect(within(copy).getByText('3 answers recorded · 1 system')).toBeTruthy();
    const copyId = (await store.summaries()).find((summary) => summary.title === 'Copy of Acme Logistics · Unite')?.id;
    expect(copyId).not.toBe('ws-1');
    const [original, duplicate] = await Promise.all(['ws-1', copyId ?? ''].map((id) => store.load(id)));
    if (!original?.stored.reading.ok || !duplicate?.stored.reading.ok) throw new Error('not stored');
    expect(duplicate.stored.reading.record.answers).toEqual(original.stored.reading.record.answers);
    expect(duplicate.stored.reading.record.meta).toEqual({ ...original.stored.reading.record.meta, title: 'Copy of Acme Logistics · Unite' });
  });

  it('lists every one of many negotiations, newest first, though the first cards come before the rest', async () => {
    const factory = new IDBFactory();
    const store = await NegotiationStore.open(factory);
    for (let index = 0; index < 40; index += 1) {
      const at = new Date(Date.UTC(2026, 10, 1, index)).toISOString();
      await store.create({ ...withMeta(emptyRecord(euFlow), { employer: `Employer ${String(index).padStart(2, '0')}`, union: 'Transport Union' }), id: `many-${index}`, updatedAt: at });
    }
    store.close();
    await renderApp({ factory });
    await screen.findByRole('heading', { level: 3, name: 'Employer 00 · Transport Union' });
    await waitFor(() => expect(listedNames()).toHaveLength(40));
    expect(listedNames()[0]).toBe('Employer 39 · Transport Union');
  });

  it('deletes a damaged record too, which it otherwise keeps as it was', async () => {
    const user = userEvent.setup();
    const factory = new IDBFactory();
    (await NegotiationStore.open(factory)).close();
    await new Promise<void>((resolve) => {
      const opening = factory.open('data-rights-wizard');
      opening.onsuccess = () => {
        const tx = opening.result.transaction('records', 'readwrite');
        tx.objectStore('records').put({ revision: 1, record: { schemaVersion: 1, id: 'broken' }, conflicts: [] }, 'broken');
        tx.oncomplete = () => { opening.result.close(); resolve(); };
      };
    });
    const { store } = await renderApp({ factory });
    const damaged = await screen.findByRole('listitem', { name: 'Saved negotiation that cannot be read' });
    expect(within(damaged).queryByText(/What is wrong|flowVersion|schemaVersion/)).toBeNull();
    await user.click(within(damaged).getByRole('button', { name: 'Delete: Saved negotiation that cannot be read' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete it from this device' }));
    expect(await screen.findByText(/has been deleted from this device/)).toBeTruthy();
    expect((await store.list())[0]?.deletedAt).toBeDefined();
  });
});
