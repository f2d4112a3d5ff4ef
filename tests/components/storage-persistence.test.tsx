// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PersistentStorage } from '../../src/app/persistent-storage.ts';
import { StoragePersistence } from '../../src/app/storage-persistence.tsx';
import { createI18n } from '../../src/i18n/create-i18n.ts';
import { chooseCountry } from '../support/choose-country.ts';
import { loadFromDisk } from '../support/locales.ts';
import { renderApp } from '../support/render-app.tsx';

const KEPT = 'Your browser will keep these negotiations until you delete them.';
const MAY_CLEAR = 'Your browser may clear this data if space runs low: keep a backup file.';

type FakeStorage = { persisted: () => Promise<boolean>; persist: () => Promise<boolean> };

async function renderStatus(persistence: PersistentStorage, language: 'en' | 'fr' = 'en') {
  const i18n = await createI18n({ load: loadFromDisk, language, namespaces: [] });
  return render(
    <I18nextProvider i18n={i18n}>
      <StoragePersistence persistence={persistence} />
    </I18nextProvider>,
  );
}

describe('whether the browser will keep the negotiations', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('says they are kept when storage is already persistent, without asking again', async () => {
    const storage = { persisted: vi.fn(async () => true), persist: vi.fn(async () => true) };
    const persistence = new PersistentStorage(() => storage);
    await renderStatus(persistence);
    expect(await screen.findByText(KEPT)).toBeTruthy();
    await persistence.request();
    expect(storage.persist).not.toHaveBeenCalled();
  });

  it('says to keep a backup file until the browser grants the request, then that they are kept', async () => {
    const storage = { persisted: vi.fn(async () => false), persist: vi.fn(async () => true) };
    const persistence = new PersistentStorage(() => storage);
    await renderStatus(persistence);
    expect(await screen.findByText(MAY_CLEAR)).toBeTruthy();
    await persistence.request();
    expect(await screen.findByText(KEPT)).toBeTruthy();
  });

  it('says to keep a backup file when the browser refuses, or has no such promise to give (in French too)', async () => {
    const refusing = new PersistentStorage(() => ({ persisted: async () => false, persist: async () => false }));
    const view = await renderStatus(refusing);
    await refusing.request();
    expect(await screen.findByText(MAY_CLEAR)).toBeTruthy();
    view.unmount();

    await renderStatus(new PersistentStorage(() => undefined), 'fr');
    const french = await screen.findByText(/gardez un fichier de sauvegarde/);
    expect(french.textContent).toBe('Votre navigateur peut effacer ces données s\'il manque de place\u00a0: gardez un fichier de sauvegarde.');
  });

  it('asks the browser when a negotiation is started, not before, and says the outcome in the footer', async () => {
    const storage: FakeStorage = { persisted: vi.fn(async () => false), persist: vi.fn(async () => true) };
    vi.stubGlobal('navigator', Object.assign(Object.create(navigator) as Navigator, { storage }));
    const user = userEvent.setup();
    await renderApp();
    const footer = screen.getByRole('contentinfo');
    expect(await within(footer).findByText(MAY_CLEAR)).toBeTruthy();
    expect(storage.persist).not.toHaveBeenCalled();
    await chooseCountry(user, 'Belgium');
    await user.click(screen.getByRole('button', { name: 'Start the negotiation' }));
    await screen.findByRole('heading', { level: 1, name: 'Negotiation details' });
    expect(storage.persist).toHaveBeenCalledTimes(1);
    expect(await within(footer).findByText(KEPT)).toBeTruthy();
  });
});
