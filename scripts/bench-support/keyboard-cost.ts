import type { Browser } from 'playwright-core';
import { addSystem, fillDetails, newSession, openHome, startNegotiation, t } from '../../tests/support/e2e-journey.ts';
import { answerChecklistWithKeyboard } from '../../tests/support/keyboard-journey.ts';

export interface KeyboardCost {
  readonly answers: number;
  readonly averageKeys: number;
  readonly mostKeys: number;
}

/**
 * The keys a representative presses per answer, recording two EU systems from the keyboard at
 * 1366×768: the same journey as the keyboard end-to-end test, measured rather than checked.
 */
export async function measureKeyboardCost(browser: Browser, url: string): Promise<KeyboardCost> {
  const { context, page } = await newSession(browser, { viewport: { width: 1366, height: 768 } });
  try {
    await openHome(page, url, 'en');
    await startNegotiation(page, 'en', 'eu');
    await fillDetails(page, 'en', { union: 'GMB Union', employer: 'Brightwell Care Homes' });
    await addSystem(page, 'en', { name: 'RotaMax', category: 'scheduling' }, 1);
    await addSystem(page, 'en', { name: 'HireFlow', category: 'hiring' }, 2);
    await page.getByRole('button', { name: t('en', 'nav.continue'), exact: true }).press('Enter');
    const keys = await answerChecklistWithKeyboard(page, 'en');
    return { answers: keys.length, averageKeys: keys.reduce((sum, count) => sum + count, 0) / keys.length, mostKeys: Math.max(...keys) };
  } finally {
    await context.close();
  }
}
