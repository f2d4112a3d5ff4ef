// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { systemPath } from '../../src/engine/checklist.ts';
import { SYSTEM_CATEGORIES } from '../../src/engine/flow-types.ts';
import type { NegotiationRecord } from '../../src/engine/negotiation.ts';
import { withSystemAdded } from '../../src/engine/record-updates.ts';
import { NegotiationStore } from '../../src/record/storage.ts';
import { answerKind } from '../../src/components/answer-summary.tsx';
import { euFlow } from '../support/flows.ts';
import { answerPath, emptyRecord, mixedAnswers, system } from '../support/records.ts';
import { readLocale } from '../support/locales.ts';
import { renderApp } from '../support/render-app.tsx';

const euEn = readLocale('en', 'flow-eu') as { questions: Record<string, { ask: string }> };

const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Eight systems, every question on their paths answered: hundreds of rows, more than the review renders at once. */
const SYSTEMS = 8;

function longRecord(): NegotiationRecord {
  let record: NegotiationRecord = { ...emptyRecord(euFlow), id: 'long-review' };
  for (let index = 0; index < SYSTEMS; index += 1) {
    const id = `s${index + 1}`;
    record = answerPath(euFlow, withSystemAdded(record, system(id, SYSTEM_CATEGORIES[index % SYSTEM_CATEGORIES.length] ?? 'other', `Tool ${index + 1}`)), id, mixedAnswers);
  }
  return record;
}

async function openAtReview(user: ReturnType<typeof userEvent.setup>, record: NegotiationRecord) {
  const factory = new IDBFactory();
  const store = await NegotiationStore.open(factory);
  await store.create(record);
  store.close();
  const app = await renderApp({ factory });
  const card = await screen.findByRole('listitem', { name: `${record.meta.employer} · ${record.meta.union}` });
  await user.click(within(card).getByRole('button', { name: /^Open/ }));
  await user.click(await screen.findByRole('button', { name: 'Review the answers' }));
  await screen.findByRole('heading', { level: 1, name: 'Review the answers' });
  return app;
}

describe('the review of a negotiation with many systems', () => {
  const record = longRecord();
  const rows = record.systems.reduce((sum, entry) => sum + systemPath(euFlow, record, entry).questions.length, 0);

  it('comes to list every open question and every answer of every system', async () => {
    expect(rows, 'more rows than a first screenful').toBeGreaterThan(300);
    const user = userEvent.setup();
    const { missing } = await openAtReview(user, record);
    await waitFor(() => expect(screen.getAllByRole('table')).toHaveLength(SYSTEMS));
    const tableRows = screen.getAllByRole('table').reduce((sum, table) => sum + within(table).getAllByRole('row').length - 1, 0);
    expect(tableRows).toBe(rows);
    const open = screen.getByRole('region', { name: /^\d+ questions still open$/ });
    const said = Number(/^\d+/.exec(within(open).getByRole('heading', { level: 2 }).textContent ?? '')?.[0]);
    expect(said).toBeGreaterThan(0);
    await waitFor(() => expect(within(open).getAllByRole('listitem')).toHaveLength(said));
    expect(missing).toEqual([]);
  });

  it('puts focus back on the last system\'s answer just changed, though its table comes after the first screenful', async () => {
    const user = userEvent.setup();
    await openAtReview(user, record);
    const last = record.systems.at(-1);
    if (!last) throw new Error('no system');
    // An answer given, so listed in its system's table only, not among the open questions.
    const question = systemPath(euFlow, record, last).questions.findLast((candidate) => answerKind(record.answers[last.id]?.[candidate.id]?.status) === 'ok');
    if (!question) throw new Error('no answer given');
    const table = await screen.findByRole('table', { name: `Answers recorded for ${last.name}` });
    const change = within(table).getByRole('button', { name: new RegExp(`^Change: ${literally(euEn.questions[question.id]?.ask ?? question.id)}`) });
    const name = change.textContent ?? '';
    await user.click(change);
    await user.click(await screen.findByRole('button', { name: 'Back to the review' }));
    await screen.findByRole('heading', { level: 1, name: 'Review the answers' });
    await waitFor(() => expect(document.activeElement?.textContent).toBe(name));
    expect(screen.getByRole('table', { name: `Answers recorded for ${last.name}` }).contains(document.activeElement)).toBe(true);
  });
});
