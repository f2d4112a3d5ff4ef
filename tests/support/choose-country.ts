import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';

/** The home page's country field, in either interface language. */
export const countryField = () => screen.findByRole('combobox', { name: /^(Country of the workplace|Pays du lieu de travail)$/ });

/**
 * Chooses a country in the home page's region picker as a user does: types the start of its
 * name and picks it from the list (Belgium: the EU's law alone; Germany: with its overlay).
 */
export async function chooseCountry(user: UserEvent, name: string): Promise<void> {
  const field = await countryField();
  await user.clear(field);
  await user.type(field, name.slice(0, 4));
  await user.click(await screen.findByRole('option', { name }));
}
