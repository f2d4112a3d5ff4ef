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
