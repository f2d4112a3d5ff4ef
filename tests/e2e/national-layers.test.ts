import { afterAll, describe, expect, it } from 'vitest';
import { builtAppForThisFile } from '../support/e2e-app.ts';
import {
  addSystem,
  answerQuestion,
  continueToQuestion,
  continueToReview,
  downloadDocument,
  fillDetails,
  newSession,
  openExample,
  openHome,
  questionText,
  saveAndContinue,
  startNegotiation,
  t,
  temporaryDirectory,
  waitForHeading,
} from '../support/e2e-journey.ts';
import { convertDocxToPdf, normaliseText, pdfText } from '../support/office-convert.ts';

/**
 * The national layers in the built app: a German negotiation (EU law and the Works Constitution
 * Act) opened from its example, and a Spanish one started from the region picker and walked to
 * the Workers' Statute's question on the algorithm's parameters. Each proposal is printed by
 * LibreOffice and must say which law it follows and cite the national provision.
 */
const EN = 'en' as const;
const app = builtAppForThisFile();
const downloads = temporaryDirectory('national-layers-');
afterAll(() => downloads.remove());

const lawLine = (key: string) =>
  t(EN, 'steps.law', { jurisdiction: key.split('+').map((id) => t(EN, `regions.${id}.name`)).join(t(EN, 'regions.separator')) });

async function printedProposal(page: Parameters<typeof downloadDocument>[0]): Promise<string> {
  const proposal = await downloadDocument(page, EN, EN, 'proposal', downloads.path);
  return normaliseText(await pdfText(await convertDocxToPdf(proposal.path, downloads.path)));
}

describe('negotiations under a member state’s law', () => {
  it('Germany: the example opens under EU and German law, and its proposal cites the works council’s co-determination', async () => {
    const { context, page, problems } = await newSession(app.browser);
    await openHome(page, app.url, EN);
    await openExample(page, EN, 'eu+eu-de');
    expect(await page.getByText(lawLine('eu+eu-de'), { exact: true }).isVisible()).toBe(true);
    const pdf = await printedProposal(page);
    expect(pdf).toContain(normaliseText(`${t(EN, 'regions.eu.name')}${t(EN, 'regions.separator')}${t(EN, 'regions.eu-de.name')}`));
    expect(pdf).toContain(normaliseText(t(EN, 'citation.paragraph', { instrument: 'BetrVG', pinpoint: '87(1) no. 6' })));
    expect(pdf).toContain(normaliseText(t(EN, 'flow-eu+eu-de:terms.betriebsrat.term')));
    expect(problems).toEqual([]);
    await context.close();
  });

  it('Spain: chosen from the picker, it asks for the algorithm’s parameters and the proposal demands them under the Workers’ Statute', async () => {
    const { context, page, problems } = await newSession(app.browser);
    await openHome(page, app.url, EN);
    await startNegotiation(page, EN, 'eu+eu-es');
    await fillDetails(page, EN, { union: 'Sindicato de Repartidores', employer: 'Rápido Logística S.L.' });
    await addSystem(page, EN, { name: 'RutaScore', vendor: 'Optima', category: 'performance', purpose: 'Ranks couriers', affected: 'All couriers' }, 1);
    await page.getByRole('button', { name: t(EN, 'nav.continue'), exact: true }).press('Enter');
    await waitForHeading(page, questionText(EN, 'eu+eu-es', 'data-categories'));
    expect(await page.getByText(lawLine('eu+eu-es'), { exact: true }).isVisible()).toBe(true);
    await answerQuestion(page, EN, 'eu+eu-es', 'data-categories', { status: 'answered', words: 'Delivery times and GPS' });
    await saveAndContinue(page, EN);
    await continueToQuestion(page, EN, 'eu+eu-es', 'automated-decisions', 'RutaScore');
    await answerQuestion(page, EN, 'eu+eu-es', 'automated-decisions', { status: 'answered', choice: 'partly' });
    await continueToQuestion(page, EN, 'eu+eu-es', 'algorithm-parameters', 'RutaScore');
    await answerQuestion(page, EN, 'eu+eu-es', 'algorithm-parameters', { status: 'answered', choice: 'no', words: 'Trade secret' });
    await saveAndContinue(page, EN);
    await continueToReview(page, EN);
    const pdf = await printedProposal(page);
    expect(pdf).toContain(normaliseText(`${t(EN, 'regions.eu.name')}${t(EN, 'regions.separator')}${t(EN, 'regions.eu-es.name')}`));
    expect(pdf).toContain(normaliseText(t(EN, 'citation.article', { instrument: 'ET', pinpoint: '64.4(d)' })));
    expect(problems).toEqual([]);
    await context.close();
  });
});
