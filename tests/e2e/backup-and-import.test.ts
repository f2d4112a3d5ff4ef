import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtAppForThisFile } from '../support/e2e-app.ts';
import {
  chooseStep,
  goToDocuments,
  negotiationFileButton,
  stepsNavigation,
  goToAllNegotiations,
  goToReview,
  isFocused,
  newSession,
  openExample,
  openFileInput,
  openFileSection,
  openHome,
  savedNegotiations,
  t,
  temporaryDirectory,
  waitForHeading,
  waitUntilSaved,
} from '../support/e2e-journey.ts';
import { expectNoAxeViolations } from '../support/page-checks.ts';
import type { Page } from 'playwright-core';

/** The workspace moves to another device: backed up encrypted, storage gone, imported back. */

const EN = 'en' as const;
const app = builtAppForThisFile();
const work = temporaryDirectory('backup-');
afterAll(() => work.remove());
const PASSPHRASE = 'union files — 2026';

interface Example {
  readonly name: string;
  /** Words management said, as the example records them: shown again on the review. */
  readonly words: string;
  readonly systems: number;
}

function example(key: string): Example {
  const file = JSON.parse(readFileSync(join(import.meta.dirname, `../../examples/${key}.json`), 'utf8')) as {
    negotiations: [{ meta: { employer: string; union: string }; systems: { id: string }[]; answers: Record<string, Record<string, { words: string }>> }];
  };
  const [record] = file.negotiations;
  const first = record.systems[0]?.id ?? '';
  const words = Object.values(record.answers[first] ?? {}).find((answer) => answer.words.length > 40)?.words ?? '';
  return { name: `${record.meta.employer} · ${record.meta.union}`, words: words.slice(0, 40), systems: record.systems.length };
}

const EXAMPLES = [example('eu'), example('za')];
const [EU, ZA] = EXAMPLES as [Example, Example];

const listItem = (page: Page, name: string) => savedNegotiations(page, EN).getByRole('listitem', { name, exact: true });
/** The list's "Open" button of a negotiation (its name goes on to say which, for a screen reader). */
const openButton = (page: Page, name: string) => listItem(page, name).getByRole('button', { name: new RegExp(`^${t(EN, 'home.open')}\\b`) });

/** Picks the backup, types the passphrase when asked, and waits for the preview. */
async function importWithPassphrase(page: Page, path: string): Promise<void> {
  await openFileInput(page, EN).setInputFiles(path);
  const field = page.getByLabel(t(EN, 'importing.passphrase'), { exact: true });
  await field.waitFor();
  await field.fill(PASSPHRASE);
  await page.getByRole('button', { name: t(EN, 'importing.unlock'), exact: true }).click();
  await page.getByRole('heading', { name: t(EN, 'importing.previewTitle'), exact: true }).waitFor();
}

describe('Backing up the workspace and importing it on another device', () => {
  it('backs up two negotiations encrypted, brings them back into an empty browser, and keeps both when imported again', async () => {
    const first = await newSession(app.browser);
    let backup: string;
    try {
      await openHome(first.page, app.url, EN);
      await openExample(first.page, EN, 'eu');
      await goToAllNegotiations(first.page, EN);
      await openExample(first.page, EN, 'za');
      await goToAllNegotiations(first.page, EN);
      expect(await savedNegotiations(first.page, EN).getByRole('listitem').count()).toBe(2);

      const section = first.page.getByRole('region', { name: t(EN, 'backup.title'), exact: true });
      await section.getByLabel(t(EN, 'backup.passphrase'), { exact: true }).fill(PASSPHRASE);
      await section.getByLabel(t(EN, 'backup.confirm'), { exact: true }).fill(`${PASSPHRASE}!`);
      await section.getByRole('button', { name: t(EN, 'backup.button'), exact: true }).click();
      // Two passphrases that differ: said, and the second field is where to correct it.
      await section.getByRole('alert').filter({ hasText: t(EN, 'backup.mismatch') }).waitFor();
      await expect.poll(() => isFocused(section.getByLabel(t(EN, 'backup.confirm'), { exact: true }))).toBe(true);
      await section.getByLabel(t(EN, 'backup.confirm'), { exact: true }).fill(PASSPHRASE);
      const [download] = await Promise.all([first.page.waitForEvent('download'), section.getByRole('button', { name: t(EN, 'backup.button'), exact: true }).click()]);
      backup = join(work.path, download.suggestedFilename());
      await download.saveAs(backup);
      await section.getByRole('status').filter({ hasText: t(EN, 'backup.encryptedDone_other', { count: 2 }) }).waitFor();
      await expectNoAxeViolations(first.page, 'the home page with the backup');
      expect(first.problems).toEqual([]);
    } finally {
      await first.context.close();
    }

    const text = readFileSync(backup, 'utf8');
    expect(JSON.parse(text)).toMatchObject({ format: 'data-rights-negotiation-encrypted', kdf: { name: 'PBKDF2', iterations: 600_000 }, cipher: { name: 'AES-GCM' } });
    expect(text, 'nothing of the negotiations readable in the file').not.toContain('NordFreight');

    // Another device: a fresh browser, with nothing stored.
    const second = await newSession(app.browser);
    const { page, problems } = second;
    try {
      await openHome(page, app.url, EN);
      await page.getByText(t(EN, 'home.none'), { exact: true }).waitFor();

      // A wrong passphrase first: said, and the field is ready for another try.
      await openFileInput(page, EN).setInputFiles(backup);
      const field = page.getByLabel(t(EN, 'importing.passphrase'), { exact: true });
      await field.waitFor();
      await expect.poll(() => isFocused(field), { message: 'the passphrase field takes the focus' }).toBe(true);
      await field.fill('not the passphrase');
      await page.getByRole('button', { name: t(EN, 'importing.unlock'), exact: true }).click();
      await openFileSection(page, EN).getByRole('alert').filter({ hasText: t(EN, 'open.problems.wrong-passphrase') }).waitFor();
      await expect.poll(() => isFocused(field), { message: 'back on the passphrase after a wrong one' }).toBe(true);
      await expectNoAxeViolations(page, 'the passphrase of a locked file, after a wrong one');
      await field.fill(PASSPHRASE);
      await page.getByRole('button', { name: t(EN, 'importing.unlock'), exact: true }).click();

      // The preview: two to add, nothing written yet.
      const preview = page.getByRole('region', { name: t(EN, 'importing.previewTitle'), exact: true });
      await preview.waitFor();
      await preview.getByText(t(EN, 'importing.summary', { add: 2, replace: 0, copy: 0, skip: 0, unchanged: 0 }), { exact: true }).waitFor();
      for (const { name } of EXAMPLES) await preview.getByText(name, { exact: true }).waitFor();
      await expectNoAxeViolations(page, 'the import preview');
      await page.getByText(t(EN, 'home.none'), { exact: true }).waitFor();
      await preview.getByRole('button', { name: t(EN, 'importing.import'), exact: true }).click();
      const done = page.getByText(t(EN, 'importing.done', { add: 2, replace: 0, copy: 0, skip: 0, unchanged: 0 }), { exact: true });
      await done.waitFor();
      await expect.poll(() => isFocused(done), { message: 'the focus is on what the import did' }).toBe(true);

      // Both are back, and open with their answers.
      for (const { name, words, systems } of EXAMPLES) {
        await openButton(page, name).click();
        await goToReview(page, EN);
        expect(await page.getByRole('main').getByRole('table').count(), `${name}: one table per system`).toBe(systems);
        expect(await page.getByRole('main').innerText(), `${name}: management's words`).toContain(words);
        await goToAllNegotiations(page, EN);
      }

      // Change one on this device, then import the same file again: it asks, the other is unchanged.
      await openButton(page, EU.name).click();
      await chooseStep(page, EN, t(EN, 'steps.details'));
      await waitForHeading(page, t(EN, 'details.title'));
      await page.getByRole('textbox', { name: t(EN, 'details.fields.workplace'), exact: true }).fill('The new depot');
      await waitUntilSaved(page, EN);
      await goToAllNegotiations(page, EN);

      await importWithPassphrase(page, backup);
      await preview.getByText(t(EN, 'importing.summary', { add: 0, replace: 0, copy: 0, skip: 1, unchanged: 1 }), { exact: true }).waitFor();
      const choice = preview.getByRole('group', { name: t(EN, 'importing.choiceLegend', { title: EU.name }), exact: true });
      for (const option of ['replace', 'copy', 'skip']) await choice.getByRole('radio', { name: t(EN, `importing.choices.${option}`), exact: true }).waitFor();
      expect(await choice.getByRole('radio', { name: t(EN, 'importing.choices.skip'), exact: true }).isChecked(), 'skip unless chosen').toBe(true);
      await choice.getByRole('radio', { name: t(EN, 'importing.choices.copy'), exact: true }).check();
      await preview.getByText(t(EN, 'importing.summary', { add: 0, replace: 0, copy: 1, skip: 0, unchanged: 1 }), { exact: true }).waitFor();
      await expectNoAxeViolations(page, 'the import preview with a negotiation already here');
      await preview.getByRole('button', { name: t(EN, 'importing.import'), exact: true }).click();
      await page.getByText(t(EN, 'importing.done', { add: 0, replace: 0, copy: 1, skip: 0, unchanged: 1 }), { exact: true }).waitFor();
      await expect.poll(() => listItem(page, EU.name).count()).toBe(2);
      expect(await listItem(page, ZA.name).count()).toBe(1);
      expect(problems).toEqual([]);
    } finally {
      await second.context.close();
    }
  }, 180_000);

  it('locks the file of one negotiation with a passphrase from the documents, and opens it straight away on another device', async () => {
    const first = await newSession(app.browser);
    let path: string;
    try {
      await openHome(first.page, app.url, EN);
      await openExample(first.page, EN, 'eu');
      await goToDocuments(first.page, EN);
      await first.page.getByLabel(t(EN, 'backup.passphrase'), { exact: true }).fill(PASSPHRASE);
      await first.page.getByLabel(t(EN, 'backup.confirm'), { exact: true }).fill(PASSPHRASE);
      const [download] = await Promise.all([first.page.waitForEvent('download'), negotiationFileButton(first.page, EN).click()]);
      path = join(work.path, `one-${download.suggestedFilename()}`);
      await download.saveAs(path);
      await first.page.getByRole('status').filter({ hasText: t(EN, 'export.done', { what: t(EN, 'export.names.file') }) }).waitFor();
      expect(first.problems).toEqual([]);
    } finally {
      await first.context.close();
    }
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ format: 'data-rights-negotiation-encrypted' });

    const second = await newSession(app.browser);
    try {
      await openHome(second.page, app.url, EN);
      await openFileInput(second.page, EN).setInputFiles(path);
      const field = second.page.getByLabel(t(EN, 'importing.passphrase'), { exact: true });
      await field.fill(PASSPHRASE);
      await second.page.getByRole('button', { name: t(EN, 'importing.unlock'), exact: true }).click();
      // One negotiation new to this device: no preview, it opens.
      await stepsNavigation(second.page, EN).waitFor();
      await goToReview(second.page, EN);
      expect(await second.page.getByRole('main').innerText()).toContain(EU.words);
      await goToAllNegotiations(second.page, EN);
      expect(await listItem(second.page, EU.name).count()).toBe(1);
      expect(second.problems).toEqual([]);
    } finally {
      await second.context.close();
    }
  }, 120_000);
});
