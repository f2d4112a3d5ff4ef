// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { chooseCountry } from '../support/choose-country.ts';
import { readLocale } from '../support/locales.ts';
import { renderApp } from '../support/render-app.tsx';

const ui = readLocale('fr', 'ui') as { home: { title: string; start: string } };
const wizard = readLocale('fr', 'wizard') as { details: { title: string; fields: { union: string } }; steps: { label: string } };

describe('the words the page loads', () => {
  it('shows the home page in French from the interface’s words alone, and the wizard in French once a negotiation starts', async () => {
    const user = userEvent.setup();
    const { i18n, missing } = await renderApp({ language: 'fr', pageWords: true });
    await screen.findByRole('heading', { level: 1, name: ui.home.title });
    await chooseCountry(user, 'Belgique');
    expect(missing).toEqual([]);

    await user.click(screen.getByRole('button', { name: ui.home.start }));
    expect(await screen.findByRole('heading', { level: 1, name: wizard.details.title }, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: wizard.details.fields.union })).toBeTruthy();
    expect(screen.getByRole('navigation', { name: wizard.steps.label })).toBeTruthy();
    expect(i18n.language).toBe('fr');
    expect(missing).toEqual([]);
  });
});
