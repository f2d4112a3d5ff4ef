// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { withMeta } from '../../src/engine/record-updates.ts';
import { NegotiationStore } from '../../src/record/storage.ts';
import { euFlow } from '../support/flows.ts';
import { emptyRecord } from '../support/records.ts';
import { renderApp } from '../support/render-app.tsx';
import type * as Flows from '../../flows/index.ts';

type FlowsModule = typeof Flows;

// From the moment `checklists.failing` is set, no checklist loads (a chunk that failed to arrive, say).
const checklists = vi.hoisted(() => ({ failing: false }));
vi.mock('../../flows/index.ts', async (original) => {
  const actual = await original<FlowsModule>();
  return {
    ...actual,
    loadFlow: (key: string) => (checklists.failing ? Promise.reject(new Error('Failed to fetch dynamically imported module')) : actual.loadFlow(key)),
  };
});

describe('opening a negotiation whose checklist cannot be loaded', () => {
  it('says so on the home page, and leaves the negotiation as it was', async () => {
    const factory = new IDBFactory();
    const seeded = await NegotiationStore.open(factory);
    const record = { ...withMeta(emptyRecord(euFlow), { employer: 'Acme Logistics', union: 'Unite' }), id: 'stored-1' };
    await seeded.create(record);
    const before = await seeded.list();
    seeded.close();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const user = userEvent.setup();
    const { store } = await renderApp({ factory });
    checklists.failing = true;

    await user.click(await screen.findByRole('button', { name: 'Open: Acme Logistics · Unite' }));

    expect((await screen.findByRole('alert')).textContent).toBe('That negotiation could not be opened. Its saved data has not been changed.');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe("Negotiate over workers' data");
    expect(await store.list()).toEqual(before);
    expect(errors).toHaveBeenCalled();
    errors.mockRestore();
    // The opening fetched the wizard and storage's validation beside the checklist that failed;
    // they may still be loading. Left so, they would meet the test environment torn down
    // (EnvironmentTeardownError).
    await Promise.all([import('../../src/components/negotiation-session.tsx'), store.prepare()]);
  });
});
