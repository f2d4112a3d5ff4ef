import { describe, expect, it } from 'vitest';
import { builtAppForThisFile } from '../support/e2e-app.ts';
import {
  fillDetails,
  goToAllNegotiations,
  newSession,
  openExample,
  openHome,
  savedNegotiations,
  startNegotiation,
  t,
  waitForHeading,
} from '../support/e2e-journey.ts';
import { expectNoAxeViolations, expectNoHorizontalScroll } from '../support/page-checks.ts';

/** The negotiations on this device: deleted with an undo, archived, and kept across reloads. */

const EN = 'en' as const;
const app = builtAppForThisFile();

describe('The negotiations on this device', () => {
  it('deletes one after a confirmation, can undo it, archives another, and all of it holds across reloads', async () => {
    const { context, page, problems } = await newSession(app.browser, { viewport: { width: 1366, height: 768 } });
    try {
      await openHome(page, app.url, EN);
      // An untouched start leaves nothing behind.
      await startNegotiation(page, EN, 'eu');
      await goToAllNegotiations(page, EN);
      await page.getByText(t(EN, 'home.none'), { exact: true }).waitFor();

      await startNegotiation(page, EN, 'eu');
      await fillDetails(page, EN, { union: 'Unite', employer: 'Northwind Parcels Ltd' });
      await goToAllNegotiations(page, EN);
      await openExample(page, EN, 'za');
      await goToAllNegotiations(page, EN);
      const list = savedNegotiations(page, EN);
      const northwind = list.getByRole('listitem', { name: 'Northwind Parcels Ltd · Unite' });
      await northwind.waitFor();
      expect(await list.getByRole('listitem').count()).toBe(2);

      await northwind.getByRole('button', { name: t(EN, 'home.delete.button') }).click();
      const confirm = northwind.getByRole('group', { name: t(EN, 'home.delete.confirmLabel') });
      await confirm.waitFor();
      await expectNoAxeViolations(page, 'the home page asking to confirm a deletion');
      await confirm.getByRole('button', { name: t(EN, 'home.delete.yes') }).click();
      const undo = page.getByRole('button', { name: t(EN, 'home.delete.undo') });
      await undo.waitFor();
      await northwind.waitFor({ state: 'detached' });
      expect(await undo.evaluate((button) => button === document.activeElement)).toBe(true);
      await undo.click();
      await northwind.waitFor();

      // Archive the example: folded away, and still so after a reload.
      const example = list.getByRole('listitem').filter({ hasNot: page.getByText('Northwind Parcels Ltd · Unite') });
      await example.getByRole('button', { name: t(EN, 'home.archive') }).click();
      const archived = page.getByText(t(EN, 'home.archivedTitle_one', { count: 1 }), { exact: true });
      await archived.waitFor();
      await page.reload();
      await waitForHeading(page, t(EN, 'home.title'));
      await archived.waitFor();
      expect(await list.getByRole('listitem', { name: 'Northwind Parcels Ltd · Unite' }).count()).toBe(1);
      await archived.click();
      await expectNoAxeViolations(page, 'the home page with the archive open');
      await page.setViewportSize({ width: 320, height: 720 });
      await expectNoHorizontalScroll(page, 'the home page at 320 px');

      // Deleted for good once the undo is gone: after a reload it does not come back.
      await page.setViewportSize({ width: 1366, height: 768 });
      await northwind.getByRole('button', { name: t(EN, 'home.delete.button') }).click();
      await northwind.getByRole('button', { name: t(EN, 'home.delete.yes') }).click();
      await undo.waitFor();
      await page.clock.install();
      await page.clock.fastForward(31_000);
      await page.reload();
      await waitForHeading(page, t(EN, 'home.title'));
      await archived.waitFor();
      expect(await list.getByRole('listitem', { name: 'Northwind Parcels Ltd · Unite' }).count()).toBe(0);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('lists three negotiations to find, sort, rename, duplicate and archive, and keeps it all across a reload', async () => {
    const { context, page, problems } = await newSession(app.browser, { viewport: { width: 1366, height: 768 } });
    try {
      await openHome(page, app.url, EN);
      for (const flow of ['eu', 'za', 'uk']) {
        await openExample(page, EN, flow);
        await goToAllNegotiations(page, EN);
      }
      const list = savedNegotiations(page, EN);
      const names = () => list.getByRole('list').first().getByRole('heading', { level: 3 }).allTextContents();
      const nordfreight = 'NordFreight Logistics GmbH · Transport and Logistics Workers\' Union';
      const khanyisa = 'Khanyisa Contact Solutions (Pty) Ltd · Contact Centre and Telecommunications Workers\' Union';
      const harrowgate = 'Harrowgate Fulfilment Ltd · Distribution and Allied Workers\' Union';
      await list.getByRole('listitem', { name: harrowgate, exact: true }).waitFor();
      // Newest first: the last example opened heads the list.
      expect(await names()).toEqual([harrowgate, khanyisa, nordfreight]);
      const za = list.getByRole('listitem', { name: khanyisa, exact: true });
      expect(await za.textContent()).toContain('South Africa');

      // Found by the workplace, whatever the case; the count is said politely.
      const search = list.getByRole('searchbox', { name: t(EN, 'home.list.filterLabel'), exact: true });
      await search.fill('HAMBURG');
      await list.getByRole('status').filter({ hasText: t(EN, 'home.list.matches_one', { count: 1, query: 'HAMBURG' }) }).waitFor();
      expect(await names()).toEqual([nordfreight]);
      await search.fill('');
      const sort = list.getByRole('combobox', { name: t(EN, 'home.list.sortLabel'), exact: true });
      await sort.selectOption({ label: t(EN, 'home.list.sort.employer') });
      expect(await names()).toEqual([harrowgate, khanyisa, nordfreight]);

      // Renamed in place: Enter saves, and focus is back on "Rename".
      const uk = list.getByRole('listitem', { name: harrowgate, exact: true });
      await uk.getByRole('button', { name: new RegExp(`^${t(EN, 'home.rename.button')}`) }).click();
      await uk.getByRole('textbox', { name: t(EN, 'home.rename.label'), exact: true }).fill('Daventry talks');
      await page.keyboard.press('Enter');
      const renamed = list.getByRole('listitem', { name: 'Daventry talks', exact: true });
      await renamed.waitFor();
      await expect.poll(() => renamed.getByRole('button', { name: new RegExp(`^${t(EN, 'home.rename.button')}`) }).evaluate((button) => button === document.activeElement)).toBe(true);

      // Duplicated: the copy is named so, and takes the focus.
      await renamed.getByRole('button', { name: new RegExp(`^${t(EN, 'home.duplicate')}`) }).click();
      const copyName = t(EN, 'home.copyOf', { name: 'Daventry talks' });
      const copy = list.getByRole('listitem', { name: copyName, exact: true });
      await copy.waitFor();
      await expect.poll(() => copy.getByRole('heading', { level: 3 }).evaluate((heading) => heading === document.activeElement)).toBe(true);
      expect(await copy.textContent()).toContain(harrowgate);
      await expectNoAxeViolations(page, 'the home page with four negotiations, sorted');

      await copy.getByRole('button', { name: new RegExp(`^${t(EN, 'home.archive')}`) }).click();
      const archived = page.getByText(t(EN, 'home.archivedTitle_one', { count: 1 }), { exact: true });
      await archived.waitFor();

      await page.reload();
      await waitForHeading(page, t(EN, 'home.title'));
      await archived.waitFor();
      expect((await names()).sort()).toEqual(['Daventry talks', khanyisa, nordfreight].sort());
      await archived.click();
      await list.getByRole('listitem', { name: copyName, exact: true }).waitFor();
      await list.getByRole('listitem', { name: 'Daventry talks', exact: true }).getByRole('button', { name: new RegExp(`^${t(EN, 'home.rename.button')}`) }).click();
      await expectNoAxeViolations(page, 'the home page renaming a negotiation, the archive open');
      await page.setViewportSize({ width: 320, height: 720 });
      await expectNoHorizontalScroll(page, 'the home page at 320 px, renaming, the archive open');
      await page.keyboard.press('Escape');
      expect(await list.getByRole('listitem', { name: 'Daventry talks', exact: true }).count()).toBe(1);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('says plainly that nothing can be saved when the browser refuses storage', async () => {
    const { context, page } = await newSession(app.browser);
    try {
      await page.addInitScript(() => {
        IDBFactory.prototype.open = () => {
          throw new DOMException('The user denied permission to access the database.', 'SecurityError');
        };
      });
      await page.goto(app.url);
      await waitForHeading(page, t(EN, 'storageUnavailable.unavailable.title'));
      expect(await page.getByText(t(EN, 'storageUnavailable.unavailable.next'), { exact: true }).count()).toBe(1);
      expect(await page.getByText(/SecurityError|denied permission/).count()).toBe(0);
      await expectNoAxeViolations(page, 'the page shown when storage is refused');
    } finally {
      await context.close();
    }
  });
});
