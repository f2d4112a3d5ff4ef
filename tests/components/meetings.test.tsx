// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { chooseCountry } from '../support/choose-country.ts';
import { readLocale } from '../support/locales.ts';
import { renderApp } from '../support/render-app.tsx';

const euEn = readLocale('en', 'flow-eu') as { questions: Record<string, { ask: string }> };
const ask = (id: string) => euEn.questions[id]?.ask ?? id;

async function firstMeeting(user: ReturnType<typeof userEvent.setup>) {
  await chooseCountry(user, 'Belgium');
  await user.click(screen.getByRole('button', { name: 'Start the negotiation' }));
  await user.type(await screen.findByRole('textbox', { name: 'Union' }), 'Transport Union');
  await user.type(screen.getByRole('textbox', { name: 'Employer' }), 'Acme');
  await user.type(screen.getByLabelText('Date of the meeting'), '2026-10-01');
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  await user.type(await screen.findByRole('textbox', { name: 'Name of the system' }), 'RouteScore');
  await user.selectOptions(screen.getByRole('combobox', { name: 'Kind of system' }), 'performance');
  await user.click(screen.getByRole('button', { name: 'Add this system' }));
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  await user.click(await screen.findByRole('radio', { name: 'Partly answered' }));
  await user.type(screen.getByRole('textbox', { name: "Management's words" }), 'GPS only');
  await user.click(screen.getByRole('button', { name: 'Save and continue' }));
  await user.click(await screen.findByRole('radio', { name: 'Refused to answer' }));
  await user.click(screen.getByRole('button', { name: 'Review the answers' }));
  await screen.findByRole('heading', { level: 1, name: 'Review the answers' });
}

describe('meetings over months', () => {
  it('keeps a meeting when the next begins, carries its answers over, and shows what management changed', async () => {
    const user = userEvent.setup();
    const { store, missing } = await renderApp();
    await firstMeeting(user);
    // At the first meeting there is nothing to compare with.
    expect(screen.queryByRole('region', { name: 'What changed since the last meeting' })).toBeNull();
    const meetings = screen.getByRole('region', { name: 'Meetings' });
    expect(within(meetings).getByText('This is meeting 1 of the negotiation (1 October 2026).')).toBeTruthy();

    // Escape closes the form and gives focus back to the button that opened it.
    await user.click(within(meetings).getByRole('button', { name: 'Start meeting 2' }));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(document.activeElement).toBe(within(meetings).getByRole('button', { name: 'Start meeting 2' })));

    await user.click(within(meetings).getByRole('button', { name: 'Start meeting 2' }));
    const date = within(meetings).getByLabelText('Date of the next meeting');
    expect(date).toHaveProperty('value', '2026-11-30');
    await user.clear(date);
    await user.type(date, '2026-11-05');
    await user.click(within(meetings).getByRole('button', { name: 'Start meeting 2' }));

    // The next meeting opens on its details, its date set, the parties kept.
    await screen.findByRole('heading', { level: 1, name: 'Negotiation details' });
    expect(screen.getByText(/^This is meeting 2\. The answers of meeting 1 are carried over/)).toBeTruthy();
    expect(screen.getByLabelText('Date of the meeting')).toHaveProperty('value', '2026-11-05');
    expect(screen.getByRole('textbox', { name: 'Employer' })).toHaveProperty('value', 'Acme');

    // Management now answers the first question in full.
    await user.click(screen.getByRole('button', { name: 'Review the answers' }));
    const table = await screen.findByRole('table', { name: 'Answers recorded for RouteScore' });
    const row = within(table).getByRole('row', { name: new RegExp(ask('data-categories').slice(0, 30).replace(/[()]/g, '.')) });
    await user.click(within(row).getByRole('button', { name: /^Change/ }));
    await user.click(await screen.findByRole('radio', { name: 'Answered' }));
    await user.clear(screen.getByRole('textbox', { name: "Management's words" }));
    await user.type(screen.getByRole('textbox', { name: "Management's words" }), 'GPS and delivery times');
    await user.click(screen.getByRole('button', { name: 'Back to the review' }));
    await screen.findByRole('heading', { level: 1, name: 'Review the answers' });

    const changes = screen.getByRole('region', { name: 'What changed since the last meeting' });
    expect(within(changes).getByText('Compared with meeting 1 (1 October 2026).')).toBeTruthy();
    const items = within(changes).getAllByRole('listitem');
    expect(items.map((item) => within(item).getByText(/^(Changed|Still owed|Withdrawn|Answered since)$/).textContent)).toEqual(['Changed', 'Still owed']);
    expect(within(items[0]!).getByText('GPS only')).toBeTruthy();
    expect(within(items[0]!).getByText('GPS and delivery times')).toBeTruthy();
    expect(within(items[0]!).getByText(ask('data-categories'), { exact: false })).toBeTruthy();

    // The earlier meeting still reads as it stood.
    const earlier = within(screen.getByRole('region', { name: 'Meetings' })).getByText('Meeting 1, 1 October 2026: what was said');
    await user.click(earlier);
    const details = earlier.closest('details')!;
    expect(within(details).getByText('GPS only')).toBeTruthy();
    expect(within(details).queryByText('GPS and delivery times')).toBeNull();

    await waitFor(async () => {
      const [stored] = await store.list();
      if (!stored?.reading.ok) throw new Error('not stored');
      expect(stored.reading.record.rounds).toHaveLength(1);
      expect(stored.reading.record.rounds[0]?.meeting.date).toBe('2026-10-01');
    });
    expect(missing).toEqual([]);
  });
});
