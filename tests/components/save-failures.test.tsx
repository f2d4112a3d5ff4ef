// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { JournalWriteError, type NegotiationStore } from '../../src/record/storage.ts';
import { readLocale } from '../support/locales.ts';
import { chooseCountry } from '../support/choose-country.ts';
import { renderApp } from '../support/render-app.tsx';

const wizard = readLocale('en', 'wizard') as { save: { failed: Record<string, string> } };

/** Makes every save of `store` fail with `error` until the returned function is called. */
function failSaves(store: NegotiationStore, error: unknown): () => void {
  const original = store.saveEdit.bind(store);
  // As storage reports a failure of the journal write itself: nothing of the edit was kept.
  store.saveEdit = () => Promise.reject(new JournalWriteError('The change could not be written to this device.', { cause: error }));
  return () => {
    store.saveEdit = original;
  };
}

describe('when a save fails', () => {
  it.each([
    ['quota', new DOMException('The quota has been exceeded.', 'QuotaExceededError')],
    ['unavailable', new DOMException('Connection is closing.', 'InvalidStateError')],
  ] as const)('says what happened (%s) in plain words, offers the file now, and loses nothing once saving works again', async (problem, error) => {
    const user = userEvent.setup();
    const { store } = await renderApp();
    await chooseCountry(user, 'Belgium');
    await user.click(screen.getByRole('button', { name: 'Start the negotiation' }));
    await user.type(await screen.findByRole('textbox', { name: 'Union' }), 'GMB');
    await waitFor(async () => expect((await store.list()).length).toBe(1));

    const restore = failSaves(store, error);
    await user.type(screen.getByRole('textbox', { name: 'Employer' }), 'Acme');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(wizard.save.failed[problem]);
    expect(alert.textContent).not.toMatch(/DOMException|QuotaExceeded|InvalidState|quota has been/);
    expect(screen.getByRole('button', { name: 'Download the negotiation file now' })).toBeTruthy();

    restore();
    await user.type(screen.getByRole('textbox', { name: 'Workplace or site' }), 'Depot 4');
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    await waitFor(async () => {
      const [stored] = await store.list();
      expect(stored?.reading.ok && stored.reading.record.meta).toMatchObject({ union: 'GMB', employer: 'Acme', workplace: 'Depot 4' });
    });
  });
});
