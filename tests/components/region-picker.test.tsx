// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createActor } from 'xstate';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { HomePage } from '../../src/components/home-page.tsx';
import { OFFERED_COUNTRIES } from '../../src/components/region-choice.ts';
import { countryNames } from '../../src/i18n/country-names.ts';
import { WizardSessionContext } from '../../src/components/wizard-context.ts';
import { WizardScreen } from '../../src/components/wizard-screen.tsx';
import { buildWizardMachine } from '../../src/engine/build-machine.ts';
import { createRecord, type Language } from '../../src/engine/negotiation.ts';
import { createI18n } from '../../src/i18n/create-i18n.ts';
import { loadFromDisk } from '../support/locales.ts';
import { tinyFlow } from '../support/tiny-flow.ts';

/**
 * The start form on its own, with real translations: the picker needs the registry's ids, the
 * countries and the interface's words, no checklist.
 */
async function words(language: Language) {
  const missing: string[] = [];
  const i18n = await createI18n({ load: loadFromDisk, language, namespaces: [], onMissingKey: (_languages, namespace, key) => missing.push(`${namespace}:${key}`) });
  await i18n.loadLanguages(['en', 'fr']);
  return { i18n, missing };
}

async function renderHome(language: Language = 'en') {
  const { i18n, missing } = await words(language);
  const onStart = vi.fn<(key: string) => void>();
  const none = () => undefined;
  render(
    <I18nextProvider i18n={i18n}>
      <HomePage negotiations={[]} deleted={[]} onStart={onStart} onUndelete={none} onOpen={none} onArchive={none} onDelete={none} />
    </I18nextProvider>,
  );
  return { i18n, missing, onStart, user: userEvent.setup() };
}

const countryBox = (name = /Country of the workplace|Pays du lieu de travail/) => screen.getByRole('combobox', { name });
const optionNames = () => within(screen.getByRole('listbox', { hidden: true })).queryAllByRole('option').map((option) => option.textContent);
/** What the form says will apply, read out when it changes. */
const applies = () => {
  const region = document.querySelector('.applies');
  if (!region) throw new Error('no summary of what applies');
  return region as HTMLElement;
};

describe('the region picker', () => {
  it('finds Allemagne from "allem" in French, names the countries in French and sorts them as French does', async () => {
    const { user, missing } = await renderHome('fr');
    await user.type(countryBox(), 'allem');
    expect(optionNames()).toEqual(['Allemagne']);
    await user.clear(countryBox());
    await user.keyboard('{ArrowDown}');
    const all = optionNames();
    expect(all).toContain('Espagne');
    expect(all).toContain('Afrique du Sud');
    expect(all).toEqual([...all].sort(new Intl.Collator('fr').compare));
    // Accents sort where French puts them: "Équateur" would be among the E, "Slovénie" after "Slovaquie".
    expect(all.indexOf('Slovaquie')).toBeLessThan(all.indexOf('Slovénie'));
    expect(missing).toEqual([]);
  });

  it('finds Germany from "germ" in English, and by its ISO code and its own name', async () => {
    const { user } = await renderHome('en');
    await user.type(countryBox(), 'germ');
    expect(optionNames()).toEqual(['Germany']);
    await user.clear(countryBox());
    await user.type(countryBox(), 'deutsch');
    expect(optionNames()).toEqual(['Germany']);
    await user.clear(countryBox());
    await user.type(countryBox(), 'ZA');
    // The code first, then the names that start so.
    expect(optionNames()).toEqual(['South Africa', 'Zambia']);
  });

  it('ignores case and accents: "espa", "ESPAÑA" and "espana" find Spain; "suede" finds Suède in French', async () => {
    const { user, i18n } = await renderHome('en');
    for (const typed of ['espa', 'ESPAÑA', 'espana']) {
      await user.clear(countryBox());
      await user.type(countryBox(), typed);
      expect(optionNames()[0], typed).toBe('Spain');
    }
    await act(() => i18n.changeLanguage('fr'));
    await user.clear(countryBox());
    await user.type(countryBox(), 'suede');
    expect(optionNames()).toEqual(['Suède']);
    await user.clear(countryBox());
    await user.type(countryBox(), 'Espa');
    expect(optionNames()[0]).toBe('Espagne');
    // The English name works in French too.
    await user.clear(countryBox());
    await user.type(countryBox(), 'nether');
    expect(optionNames()).toEqual(['Pays-Bas', 'Pays-Bas caribéens']);
  });

  it('says how many countries match, and when none does', async () => {
    const { user } = await renderHome('en');
    await user.type(countryBox(), 'slo');
    expect(optionNames()).toEqual(['Slovakia', 'Slovenia']);
    expect(await screen.findByText(/^2 countries found/)).toBeTruthy();
    await user.type(countryBox(), 'xq');
    expect(screen.getByRole('listbox', { hidden: true }).hidden).toBe(true);
    expect(await screen.findByText(/^No country found/, { selector: '[role=status]' })).toBeTruthy();
  });

  it('works from the keyboard alone: type, arrow, Enter chooses, and the summary of what applies is updated in a live region', async () => {
    const { user, onStart } = await renderHome('en');
    await user.tab();
    expect(document.activeElement).toBe(countryBox());
    await user.keyboard('ger');
    expect(countryBox().getAttribute('aria-expanded')).toBe('true');
    expect(countryBox().getAttribute('aria-activedescendant')).toBeNull();
    await user.keyboard('{ArrowDown}');
    const active = document.getElementById(countryBox().getAttribute('aria-activedescendant') ?? '');
    expect(active?.textContent).toBe('Germany');
    expect(active?.getAttribute('aria-selected')).toBe('true');
    expect(applies().textContent).toBe('');
    await user.keyboard('{Enter}');
    expect(onStart).not.toHaveBeenCalled();
    expect((countryBox() as HTMLInputElement).value).toBe('Germany');
    expect(countryBox().getAttribute('aria-expanded')).toBe('false');
    expect(applies().getAttribute('aria-live')).toBe('polite');
    expect(applies().textContent).toContain('European Union: GDPR, AI Act');
    expect(applies().textContent).toContain('Germany: Works Constitution Act (BetrVG)');
    expect(applies().textContent).not.toContain('not covered');
    // Escape closes the list, then undoes what was typed since the choice.
    await user.keyboard('{Backspace}{Backspace}');
    expect(applies().textContent).toBe('');
    await user.keyboard('{Escape}');
    expect(countryBox().getAttribute('aria-expanded')).toBe('false');
    await user.keyboard('{Escape}');
    expect((countryBox() as HTMLInputElement).value).toBe('');
  });

  it('starts Germany with platform work under eu+eu-de+eu-platform', async () => {
    const { user, onStart } = await renderHome('en');
    await user.type(countryBox(), 'germany');
    await user.keyboard('{Enter}');
    const platform = screen.getByRole('checkbox', { name: 'The workers are platform workers (work organised through a digital labour platform)' });
    expect(platform.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(platform.getAttribute('aria-describedby') ?? '')?.textContent).toContain('Platform Work Directive');
    await user.click(platform);
    expect(applies().textContent).toContain('Platform work: Platform Work Directive (EU) 2024/2831');
    await user.click(screen.getByRole('button', { name: 'Start the negotiation' }));
    expect(onStart).toHaveBeenCalledWith('eu+eu-de+eu-platform');
  });

  it('says plainly that Belgian national law is not covered, and starts eu', async () => {
    const { user, onStart } = await renderHome('en');
    await user.type(countryBox(), 'belg');
    await user.click(screen.getByRole('option', { name: 'Belgium' }));
    expect(applies().textContent).toContain('European Union: GDPR');
    expect(applies().textContent).toContain('national law is not covered yet: only European Union law applies');
    expect(screen.getByRole('checkbox', { name: /platform workers/ })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Start the negotiation' }));
    expect(onStart).toHaveBeenCalledWith('eu');
  });

  it('starts South Africa under za, with no platform question and no national-law note', async () => {
    const { user, onStart } = await renderHome('en');
    await user.type(countryBox(), 'south af');
    await user.keyboard('{Enter}');
    expect(applies().textContent).toContain('South Africa: POPIA');
    expect(applies().textContent).not.toContain('not covered');
    expect(screen.queryByRole('checkbox')).toBeNull();
    await user.keyboard('{Enter}');
    expect(onStart).toHaveBeenCalledWith('za');
  });

  it('drops platform work for a country whose law has none, and keeps it for another EU country', async () => {
    const { user, onStart } = await renderHome('en');
    await user.type(countryBox(), 'france');
    await user.tab();
    // A name typed out in full is chosen on leaving the box.
    await user.click(screen.getByRole('checkbox', { name: /platform workers/ }));
    await user.clear(countryBox());
    await user.type(countryBox(), 'spain');
    await user.keyboard('{Enter}');
    expect((screen.getByRole('checkbox', { name: /platform workers/ }) as HTMLInputElement).checked).toBe(true);
    await user.keyboard('{Enter}');
    expect(onStart).toHaveBeenLastCalledWith('eu+eu-es+eu-platform');
  });

  it('asks where in the United States the workplace is, refuses to start until it is said, and stacks a city on its state', async () => {
    const { user, onStart } = await renderHome('en');
    await user.type(countryBox(), 'united st');
    await user.click(screen.getByRole('option', { name: 'United States' }));
    const places = screen.getByRole('group', { name: 'Where in United States is the workplace?' });
    expect(within(places).getAllByRole('radio').map((radio) => radio.closest('label')?.textContent)).toEqual([
      'California',
      'New York State',
      'New York City',
      'Illinois',
      'Colorado',
      'Elsewhere in United States (national law only)',
    ]);
    await user.click(screen.getByRole('button', { name: 'Start the negotiation' }));
    expect(onStart).not.toHaveBeenCalled();
    expect(places.textContent).toContain('Choose where the workplace is, or “Elsewhere”');
    expect(document.activeElement).toBe(within(places).getAllByRole('radio')[0]);
    await user.click(within(places).getByRole('radio', { name: 'New York City' }));
    expect(places.textContent).not.toContain('Choose where the workplace is');
    const listed = within(applies()).getAllByRole('listitem').map((item) => item.textContent?.split(':')[0]);
    expect(listed).toEqual(['United States', 'New York State', 'New York City']);
    await user.click(screen.getByRole('button', { name: 'Start the negotiation' }));
    expect(onStart).toHaveBeenCalledWith('us+us-ny+us-ny-nyc');
  });

  it('starts the federal law alone for a workplace elsewhere in the country, and forgets the place when the country changes', async () => {
    const { user, onStart } = await renderHome('en');
    await user.type(countryBox(), 'united st');
    await user.click(screen.getByRole('option', { name: 'United States' }));
    await user.click(screen.getByRole('radio', { name: 'California' }));
    await user.clear(countryBox());
    await user.type(countryBox(), 'germ');
    await user.click(screen.getByRole('option', { name: 'Germany' }));
    await user.clear(countryBox());
    await user.type(countryBox(), 'united st');
    await user.click(screen.getByRole('option', { name: 'United States' }));
    expect(screen.getAllByRole('radio').filter((radio) => (radio as HTMLInputElement).checked)).toEqual([]);
    await user.click(screen.getByRole('radio', { name: 'Elsewhere in United States (national law only)' }));
    await user.click(screen.getByRole('button', { name: 'Start the negotiation' }));
    expect(onStart).toHaveBeenCalledWith('us');
  });

  it('offers a country with no layer of its own under the international baseline, and says what that means', async () => {
    const { user, onStart } = await renderHome('en');
    await user.type(countryBox(), 'thail');
    await user.click(screen.getByRole('option', { name: 'Thailand' }));
    expect(applies().textContent).toContain('No layer covers this country’s own law yet');
    expect(screen.queryByRole('group', { name: /Where in/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Start the negotiation' }));
    expect(onStart).toHaveBeenCalledWith('intl');
  });

  it('refuses to start without a country, says why and puts the focus on the country', async () => {
    const { user, onStart } = await renderHome('fr');
    await user.click(screen.getByRole('button', { name: 'Commencer la négociation' }));
    expect(onStart).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(countryBox());
    expect(countryBox().getAttribute('aria-invalid')).toBe('true');
    const described = (countryBox().getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(described).toContain('Choisissez dans la liste le pays du lieu de travail');
    await user.type(countryBox(), 'pays-b');
    await user.keyboard('{ArrowDown}{Enter}');
    expect(countryBox().getAttribute('aria-invalid')).toBeNull();
    expect(applies().textContent).toContain('Pays-Bas\u00a0: Loi sur les comités');
  });

  it('names the chosen country again when the interface language changes', async () => {
    const { user, i18n } = await renderHome('en');
    await user.type(countryBox(), 'germ');
    await user.keyboard('{Enter}');
    await act(() => i18n.changeLanguage('fr'));
    expect((countryBox() as HTMLInputElement).value).toBe('Allemagne');
    expect(applies().textContent).toContain('Union européenne\u00a0: RGPD');
  });

  it('is labelled, and tied to its hint, list and options as the combobox pattern asks', async () => {
    const { user } = await renderHome('en');
    const box = countryBox();
    expect(screen.getByRole('group', { name: 'Which law applies at this workplace?' }).contains(box)).toBe(true);
    expect(box.getAttribute('aria-autocomplete')).toBe('list');
    expect(document.getElementById(box.getAttribute('aria-controls') ?? '')?.getAttribute('role')).toBe('listbox');
    expect(document.getElementById(box.getAttribute('aria-describedby') ?? '')?.textContent).toMatch(/^Type the first letters/);
    await user.click(screen.getByRole('button', { name: 'Show all countries', hidden: true }));
    // The button is for the pointer: the text box keeps (or takes) the focus.
    expect(document.activeElement).toBe(box);
    const offered = countryNames(OFFERED_COUNTRIES.map((choice) => choice.country), 'en');
    expect(optionNames()).toEqual(offered.map((country) => country.name));
    // Up from the box goes round to the last country of the list.
    await user.keyboard('{ArrowUp}');
    expect(document.getElementById(box.getAttribute('aria-activedescendant') ?? '')?.textContent).toBe(offered.at(-1)?.name);
  });
});

describe('every page of a negotiation', () => {
  it('names the layers the negotiation is held under', async () => {
    const { i18n } = await words('en');
    const flow = { ...tinyFlow, id: 'eu+eu-de+eu-platform', layers: ['eu', 'eu-de', 'eu-platform'] };
    const actor = createActor(buildWizardMachine(flow), { input: { record: createRecord({ id: 'n', flowId: flow.id, flowVersion: 1, now: '2026-11-30T10:00:00.000Z', documentLanguage: 'en' }) } }).start();
    render(
      <I18nextProvider i18n={i18n}>
        <WizardSessionContext.Provider value={{ flow, actor }}>
          <WizardScreen saveState={{ kind: 'saved' }} newId={() => 'x'} now={() => '2026-12-02T10:00:00.000Z'} />
        </WizardSessionContext.Provider>
      </I18nextProvider>,
    );
    expect(screen.getByText('Law: European Union · Germany · Platform work')).toBeTruthy();
    await act(() => i18n.changeLanguage('fr'));
    expect(document.querySelector('.wizard__law')?.textContent).toBe('Droit applicable\u00a0: Union européenne · Allemagne · Travail via une plateforme');
  });
});
