// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { chooseCountry } from '../support/choose-country.ts';
import { renderApp } from '../support/render-app.tsx';

type User = ReturnType<typeof userEvent.setup>;

/** Starts a negotiation and stops on the systems page, with `names` already listed. */
async function inventoryWith(user: User, ...names: readonly string[]) {
  const rendered = await renderApp();
  await chooseCountry(user, 'Belgium');
  await user.click(screen.getByRole('button', { name: 'Start the negotiation' }));
  await user.type(await screen.findByRole('textbox', { name: 'Union' }), 'Transport Union');
  await user.type(screen.getByRole('textbox', { name: 'Employer' }), 'Acme');
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  await screen.findByRole('heading', { level: 1, name: 'Digital systems' });
  for (const name of names) await addSystem(user, name);
  return rendered;
}

const addForm = () => {
  const form = screen.getByRole('heading', { level: 2, name: 'Add a system' }).closest('form');
  if (!form) throw new Error('no add form');
  return within(form);
};

async function addSystem(user: User, name: string) {
  await user.type(addForm().getByRole('textbox', { name: 'Name of the system' }), name);
  await user.click(addForm().getByRole('button', { name: 'Add this system' }));
}

const list = () => screen.getByRole('list', { name: 'Systems listed' });
const row = (name: string) => within(list()).getByRole('listitem', { name });
const focused = () => document.activeElement;

describe('the systems page', () => {
  it('lists each system as a compact row, announces an addition and leaves the name field ready for the next', async () => {
    const user = userEvent.setup();
    const { missing } = await inventoryWith(user);
    expect(screen.getByText('No system is listed yet.')).toBeTruthy();

    await user.type(addForm().getByRole('textbox', { name: 'Vendor or supplier' }), 'ShiftCo');
    await user.selectOptions(addForm().getByRole('combobox', { name: 'Kind of system' }), 'scheduling');
    await addSystem(user, 'RotaMax');

    const rota = row('RotaMax');
    expect(rota.textContent).toContain('Scheduling and task allocation');
    expect(rota.textContent).toContain('Vendor: ShiftCo');
    expect(rota.textContent).toContain('No answer recorded yet');
    // Compact: no field of the system is open until asked.
    expect(within(rota).queryByRole('textbox')).toBeNull();
    expect(within(rota).getByRole('button', { name: 'Edit RotaMax' })).toBeTruthy();
    expect(within(rota).getByRole('button', { name: 'Remove RotaMax' })).toBeTruthy();

    expect(screen.getByText('RotaMax added to the list.').closest('[role="status"]')).toBeTruthy();
    const name = addForm().getByRole('textbox', { name: 'Name of the system' });
    expect(focused()).toBe(name);
    expect(name).toHaveProperty('value', '');
    expect(missing).toEqual([]);
  });

  it('opens one system for editing in place and returns to its Edit button on Done', async () => {
    const user = userEvent.setup();
    await inventoryWith(user, 'RotaMax', 'HireRight');

    await user.click(within(row('RotaMax')).getByRole('button', { name: 'Edit RotaMax' }));
    const fields = within(row('RotaMax')).getByRole('group', { name: 'System 1: RotaMax' });
    expect(focused()).toBe(within(fields).getByRole('textbox', { name: 'Name of the system' }));
    await user.type(within(fields).getByRole('textbox', { name: 'Vendor or supplier' }), 'ShiftCo');
    await user.type(within(fields).getByRole('textbox', { name: 'Name of the system' }), ' Pro');

    // Only one system is open at a time.
    await user.click(within(row('HireRight')).getByRole('button', { name: 'Edit HireRight' }));
    expect(within(row('RotaMax Pro')).queryByRole('group')).toBeNull();
    expect(row('RotaMax Pro').textContent).toContain('Vendor: ShiftCo');
    await user.click(within(row('HireRight')).getByRole('button', { name: 'Done' }));
    expect(focused()).toBe(within(row('HireRight')).getByRole('button', { name: 'Edit HireRight' }));
  });

  it('refuses to empty a name: says so in the error summary and at the field, and keeps the name stored', async () => {
    const user = userEvent.setup();
    const { store } = await inventoryWith(user, 'RotaMax');

    await user.click(screen.getByRole('button', { name: 'Edit RotaMax' }));
    await user.clear(within(row('RotaMax')).getByRole('textbox', { name: 'Name of the system' }));
    await user.click(within(row('RotaMax')).getByRole('button', { name: 'Done' }));

    const alert = screen.getByRole('alert');
    const message = 'The name of RotaMax cannot be left empty: enter a name';
    expect(focused()).toBe(alert);
    const name = within(row('RotaMax')).getByRole('textbox', { name: 'Name of the system' });
    expect(within(alert).getByRole('link', { name: message })).toHaveProperty('hash', `#${name.id}`);
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(name.getAttribute('aria-describedby')?.split(' ').map((id) => document.getElementById(id)?.textContent)).toContain(message);

    // Continue is refused too while the name is empty; what is stored keeps the name.
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Digital systems' })).toBeTruthy();
    await waitFor(async () => {
      const [stored] = await store.list();
      expect(stored?.reading.ok && stored.reading.record.systems.map((system) => system.name)).toEqual(['RotaMax']);
    });

    // The summary's link takes the keyboard to the field.
    await user.click(within(screen.getByRole('alert')).getByRole('link', { name: message }));
    expect(focused()).toBe(name);
    await user.type(name, 'RotaMax 2');
    await user.click(within(row('RotaMax 2')).getByRole('button', { name: 'Done' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(focused()).toBe(within(row('RotaMax 2')).getByRole('button', { name: 'Edit RotaMax 2' }));
  });

  it('asks before removing, with focus on "Keep it"; Keep it and Escape go back to the Remove button', async () => {
    const user = userEvent.setup();
    await inventoryWith(user, 'RotaMax', 'HireRight');

    await user.click(screen.getByRole('button', { name: 'Remove RotaMax' }));
    const confirm = within(row('RotaMax')).getByRole('group', { name: 'Confirm removal' });
    expect(confirm.textContent).toContain('Remove RotaMax? No answer has been recorded for it yet.');
    expect(focused()).toBe(within(confirm).getByRole('button', { name: 'Keep it' }));
    await user.click(within(confirm).getByRole('button', { name: 'Keep it' }));
    expect(within(row('RotaMax')).queryByRole('group', { name: 'Confirm removal' })).toBeNull();
    expect(focused()).toBe(screen.getByRole('button', { name: 'Remove RotaMax' }));

    await user.keyboard('{Enter}');
    expect(focused()).toBe(within(row('RotaMax')).getByRole('button', { name: 'Keep it' }));
    await user.keyboard('{Escape}');
    expect(within(row('RotaMax')).queryByRole('group', { name: 'Confirm removal' })).toBeNull();
    expect(focused()).toBe(screen.getByRole('button', { name: 'Remove RotaMax' }));
    expect(within(list()).getAllByRole('listitem')).toHaveLength(2);
  });

  it('removes after the confirmation, announces it and puts focus on the list heading', async () => {
    const user = userEvent.setup();
    await inventoryWith(user, 'RotaMax', 'HireRight');

    await user.click(screen.getByRole('button', { name: 'Remove RotaMax' }));
    await user.click(screen.getByRole('button', { name: 'Yes, remove it' }));
    expect(within(list()).getAllByRole('listitem').map((item) => within(item).getByRole('heading').textContent)).toEqual(['HireRight']);
    expect(screen.getByText('RotaMax removed from the list.').closest('[role="status"]')).toBeTruthy();
    expect(focused()).toBe(screen.getByRole('heading', { level: 2, name: 'Systems listed' }));

    await user.click(screen.getByRole('button', { name: 'Remove HireRight' }));
    await user.click(screen.getByRole('button', { name: 'Yes, remove it' }));
    expect(screen.getByText('No system is listed yet.')).toBeTruthy();
    expect(focused()).toBe(screen.getByRole('heading', { level: 2, name: 'Systems listed' }));
  });
});
