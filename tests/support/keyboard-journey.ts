/**
 * The checklist answered from the keyboard alone, as a representative at the table would:
 * the status by its key (1 to 6), an option with Tab and Space, management's words typed, and
 * Enter to save and continue. Shared by the end-to-end test and the benchmark, which both
 * report the keys it took per answer.
 */
import type { Page } from 'playwright-core';
import { stepTitle, t, type Language } from './e2e-journey.ts';

/** Called on arriving at each question and again just before Enter, to check the focus. */
export type FocusCheck = (after: string) => Promise<void>;

const stepKey = async (page: Page) => `${await stepTitle(page)}|${(await page.locator('main h1 .eyebrow').textContent()) ?? ''}`;

/**
 * Answers every question from the one on screen to the review, in turn a refusal, an option,
 * "does not know" and management's words, and returns the keys pressed for each answer (the
 * characters of the words typed are not counted).
 */
export async function answerChecklistWithKeyboard(page: Page, language: Language, checkFocus: FocusCheck = async () => {}): Promise<number[]> {
  const keysPerAnswer: number[] = [];
  for (let answered = 0; (await stepTitle(page)) !== t(language, 'review.title'); answered += 1) {
    if (answered >= 200) throw new Error('The checklist did not end after 200 answers');
    const before = await stepKey(page);
    await checkFocus(`arriving at question ${answered + 1}`);
    let keys = 0;
    const press = async (key: string) => {
      await page.keyboard.press(key);
      keys += 1;
    };
    const focusedIs = (test: string) => page.evaluate(test) as Promise<boolean>;
    const hasOptions = (await page.locator('main form.question fieldset:not(.choices--status) input[type="radio"]').count()) > 0;
    const kind = answered % 4;
    if (kind === 0 || kind === 2) {
      await press(kind === 0 ? '3' : '4');
    } else {
      await press('1');
      if (hasOptions) {
        await press('Tab');
        await press('Space');
      }
      if (kind === 3) {
        while (!(await focusedIs(`document.activeElement?.id === 'answer-words'`))) await press('Tab');
        await page.keyboard.type('We keep it for 90 days.');
        while (!(await focusedIs(`document.activeElement?.getAttribute('type') === 'submit'`))) await press('Tab');
      }
    }
    await checkFocus(`answering question ${answered + 1}`);
    await press('Enter');
    await page.waitForFunction(
      (previous) => `${document.querySelector('main h1 .step__title')?.textContent ?? ''}|${document.querySelector('main h1 .eyebrow')?.textContent ?? ''}` !== previous,
      before,
    );
    keysPerAnswer.push(keys);
  }
  return keysPerAnswer;
}
