// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { readLocale } from '../support/locales.ts';
import { renderApp } from '../support/render-app.tsx';

const ui = readLocale('en', 'ui') as { regions: { eu: { name: string } }; open: { exampleLabel: string; exampleOpen: string } };
const wizard = readLocale('en', 'wizard') as { steps: { documents: string }; export: { kinds: { letter: { button: string } }; letter: { legend: string; date: string; days: string; deadline: string; errors: { date: string; days: string } } } };
const wording = wizard.export.letter;

/** Opens the finished example and goes to its documents step. */
async function reachTheDocuments(user: ReturnType<typeof userEvent.setup>) {
  await user.selectOptions(await screen.findByRole('combobox', { name: ui.open.exampleLabel }), ui.regions.eu.name);
  await user.click(screen.getByRole('button', { name: ui.open.exampleOpen }));
  await user.click(await screen.findByRole('button', { name: wizard.steps.documents }, { timeout: 5000 }));
  return screen.findByRole('group', { name: wording.legend });
}

describe('the information request’s dates, beside its button', () => {
  it('default to today and 30 days, say the deadline they give, and announce what is wrong with them', async () => {
    const user = userEvent.setup();
    const { missing } = await renderApp();
    const group = await reachTheDocuments(user);
    const date = within(group).getByLabelText(wording.date);
    const days = within(group).getByLabelText(wording.days);
    const today = new Date();
    const pad = (value: number) => String(value).padStart(2, '0');
    expect(date).toHaveProperty('value', `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`);
    expect(days).toHaveProperty('value', '30');

    fireEvent.change(date, { target: { value: '2026-12-01' } });
    await user.clear(days);
    await user.type(days, '10');
    expect(within(group).getByText(wording.deadline.replace('{{date}}', '11 December 2026'))).toBeTruthy();
    expect(days.getAttribute('aria-describedby')).toBe('letter-days-hint');

    await user.clear(days);
    const alert = within(group).getByRole('alert');
    expect(alert.textContent).toBe(wording.errors.days);
    expect(days.getAttribute('aria-invalid')).toBe('true');
    expect(days.getAttribute('aria-describedby')).toContain(alert.id);
    const button = screen.getByRole('button', { name: wizard.export.kinds.letter.button });
    expect(button.getAttribute('aria-disabled')).toBe('true');
    await user.click(button);
    expect(document.activeElement).toBe(days);

    fireEvent.change(date, { target: { value: '' } });
    expect(within(group).getAllByRole('alert').map((element) => element.textContent)).toEqual([wording.errors.date, wording.errors.days]);
    await user.type(days, '14');
    fireEvent.change(date, { target: { value: '2027-01-05' } });
    expect(within(group).queryByRole('alert')).toBeNull();
    expect(button.getAttribute('aria-disabled')).toBe('false');
    expect(within(group).getByText(wording.deadline.replace('{{date}}', '19 January 2027'))).toBeTruthy();
    expect(missing).toEqual([]);
  });
});
