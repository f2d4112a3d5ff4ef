// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { readLocale } from '../support/locales.ts';
import { chooseCountry } from '../support/choose-country.ts';
import { renderApp } from '../support/render-app.tsx';

const euEn = readLocale('en', 'flow-eu') as { questions: Record<string, { ask: string; options?: Record<string, string> }> };
const euFr = readLocale('fr', 'flow-eu') as { questions: Record<string, { ask: string }> };
const ask = (id: string) => euEn.questions[id]?.ask ?? id;
const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A question's heading names the system and the position before the question itself. */
const questionHeading = (question: string, stage: string, position: number) =>
  new RegExp(`^RouteScore · ${stage} · (question|question) ${position} (of|sur) \\d+: ${literally(question)}$`);

async function startEuNegotiation(user: ReturnType<typeof userEvent.setup>) {
  await chooseCountry(user, 'Belgium');
  await user.click(screen.getByRole('button', { name: 'Start the negotiation' }));
  await user.type(await screen.findByRole('textbox', { name: 'Union' }), 'Transport Union');
  await user.type(screen.getByRole('textbox', { name: 'Employer' }), 'Acme');
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  await user.type(await screen.findByRole('textbox', { name: 'Name of the system' }), 'RouteScore');
  await user.selectOptions(screen.getByRole('combobox', { name: 'Kind of system' }), 'performance');
  await user.click(screen.getByRole('button', { name: 'Add this system' }));
  await user.click(screen.getByRole('button', { name: 'Continue' }));
}

describe('the wizard, with real translations and a real machine', () => {
  it('refuses to leave the details step without the parties, and says why', async () => {
    const user = userEvent.setup();
    const { missing } = await renderApp();
    await chooseCountry(user, 'Belgium');
    await user.click(screen.getByRole('button', { name: 'Start the negotiation' }));
    await user.click(await screen.findByRole('button', { name: 'Continue' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('link', { name: 'Enter the name of the union' })).toHaveProperty('hash', '#meta-union');
    expect(document.activeElement).toBe(alert);
    expect(screen.getByRole('heading', { level: 1, name: 'Negotiation details' })).toBeTruthy();
    expect(missing).toEqual([]);
  });

  it('records an answer, opens its follow-up, and keeps every answer when going back', async () => {
    const user = userEvent.setup();
    const { missing } = await renderApp();
    await startEuNegotiation(user);

    expect(await screen.findByRole('heading', { level: 1, name: questionHeading(ask('data-categories'), 'Collection', 1) })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'GDPR Art. 5(1)(c)' })).toHaveProperty('href', 'https://eur-lex.europa.eu/eli/reg/2016/679/oj');
    await user.click(screen.getByRole('radio', { name: 'Partly answered' }));
    await user.type(screen.getByRole('textbox', { name: "Management's words" }), 'GPS and delivery times');
    await user.click(screen.getByRole('button', { name: 'Save and continue' }));
    expect(await screen.findByRole('heading', { level: 1, name: questionHeading(ask('purpose'), 'Collection', 2) })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(await screen.findByRole('heading', { level: 1, name: questionHeading(ask('data-categories'), 'Collection', 1) })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Partly answered' })).toHaveProperty('checked', true);
    expect(screen.getByRole('textbox', { name: "Management's words" })).toHaveProperty('value', 'GPS and delivery times');
    expect(screen.getByText(/^1 of \d+ questions answered$/)).toBeTruthy();
    expect(missing).toEqual([]);
  });

  it('shows gaps on the review page and returns to a question from its edit link', async () => {
    const user = userEvent.setup();
    await renderApp();
    await startEuNegotiation(user);
    await user.click(await screen.findByRole('radio', { name: 'Refused to answer' }));
    await user.click(screen.getByRole('button', { name: 'Review the answers' }));

    const table = await screen.findByRole('table', { name: 'Answers recorded for RouteScore' });
    const refusedRow = within(table).getByRole('row', { name: new RegExp(ask('data-categories').slice(0, 30).replace(/[()]/g, '.')) });
    expect(within(refusedRow).getByText('Refused to answer').className).toContain('status--gap');
    await user.click(within(refusedRow).getByRole('button', { name: /^Change/ }));
    expect(await screen.findByRole('heading', { level: 1, name: questionHeading(ask('data-categories'), 'Collection', 1) })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Refused to answer' })).toHaveProperty('checked', true);

    // Back at the review, focus returns to the answer just changed, not to the top of the page.
    await user.click(screen.getByRole('button', { name: 'Back to the review' }));
    await screen.findByRole('heading', { level: 1, name: 'Review the answers' });
    const open = screen.getByRole('region', { name: /^\d+ questions still open$/ });
    expect(document.activeElement).toBe(within(open).getByRole('button', { name: new RegExp(`^Change: ${literally(ask('data-categories'))}`) }));
  });

  it('switches the interface to French mid-question without losing the answer or the place', async () => {
    const user = userEvent.setup();
    const { i18n } = await renderApp();
    await startEuNegotiation(user);
    await user.type(await screen.findByRole('textbox', { name: "Management's words" }), 'Données GPS');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Interface language' }), 'fr');

    await waitFor(() => expect(i18n.language).toBe('fr'));
    expect(await screen.findByRole('heading', { level: 1, name: questionHeading(euFr.questions['data-categories']?.ask ?? '', 'Collecte', 1) })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Propos de la direction' })).toHaveProperty('value', 'Données GPS');
  });
});

describe('a saved negotiation that cannot be read', () => {
  it('is explained in plain words, kept as it was, and offered for download', async () => {
    const { IDBFactory } = await import('fake-indexeddb');
    const factory = new IDBFactory();
    const { store, unmount } = await renderApp({ factory });
    await screen.findByRole('heading', { level: 1, name: "Negotiate over workers' data" });
    unmount();
    store.close();
    const raw = { schemaVersion: 1, id: 'broken', flowId: 'eu', systems: 'not a list' };
    await new Promise<void>((resolve, reject) => {
      const opening = factory.open('data-rights-wizard');
      opening.onsuccess = () => {
        const tx = opening.result.transaction('records', 'readwrite');
        tx.objectStore('records').put({ revision: 2, record: raw, conflicts: [] }, 'broken');
        tx.oncomplete = () => { opening.result.close(); resolve(); };
        tx.onerror = () => reject(tx.error);
      };
    });

    const reopened = await renderApp({ factory });
    expect(await screen.findByText('A saved negotiation is damaged and cannot be opened.')).toBeTruthy();
    expect((await reopened.store.load('broken'))?.stored.raw).toEqual(raw);
    expect(screen.getByText('Its data has been kept exactly as it was; nothing has been overwritten.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Download the saved data' })).toBeTruthy();
  });
});
