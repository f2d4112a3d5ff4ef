import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { buildWizardMachine } from '../../src/engine/build-machine.ts';
import { createRecord, type SystemEntry } from '../../src/engine/negotiation.ts';
import { tinyFlow } from '../support/tiny-flow.ts';

const record = createRecord({ id: 'n1', flowId: 'tiny', flowVersion: 1, now: '2026-11-30T10:00:00Z', documentLanguage: 'en' });
const hr: SystemEntry = { id: 's1', name: 'HireBot', vendor: 'V', category: 'hiring', purpose: 'screening', affected: 'applicants' };
const cam: SystemEntry = { id: 's2', name: 'CamWatch', vendor: 'W', category: 'monitoring', purpose: 'security', affected: 'all' };

function startedAtChecklist(systems: readonly SystemEntry[]) {
  const actor = createActor(buildWizardMachine(tinyFlow), { input: { record } }).start();
  actor.send({ type: 'details.set', meta: { union: 'Union', employer: 'Employer' } });
  actor.send({ type: 'nav.next' });
  for (const system of systems) actor.send({ type: 'system.add', system });
  actor.send({ type: 'nav.next' });
  return actor;
}

const at = (actor: ReturnType<typeof startedAtChecklist>) => actor.getSnapshot().value;

describe('wizard machine', () => {
  it('will not leave the details step until the parties are named', () => {
    const actor = createActor(buildWizardMachine(tinyFlow), { input: { record } }).start();
    expect(actor.getSnapshot().can({ type: 'nav.next' })).toBe(false);
    actor.send({ type: 'details.set', meta: { union: 'U', employer: 'E' } });
    actor.send({ type: 'nav.next' });
    expect(at(actor)).toBe('inventory');
    expect(actor.getSnapshot().can({ type: 'nav.next' })).toBe(false);
  });

  it('skips follow-ups whose condition does not hold and shows them when it does', () => {
    const actor = startedAtChecklist([hr]);
    expect(at(actor)).toEqual({ checklist: 'data' });
    actor.send({ type: 'nav.next' });
    expect(at(actor)).toEqual({ checklist: 'automated' });
    actor.send({ type: 'nav.next' });
    expect(at(actor)).toEqual({ checklist: 'retention' });
    actor.send({ type: 'nav.back' });
    actor.send({ type: 'answer.set', systemId: 's1', questionId: 'automated', answer: { status: 'answered', choice: 'yes' } });
    actor.send({ type: 'nav.next' });
    expect(at(actor)).toEqual({ checklist: 'reviewer' });
    actor.send({ type: 'answer.set', systemId: 's1', questionId: 'reviewer', answer: { status: 'answered', choice: 'none' } });
    actor.send({ type: 'nav.next' });
    expect(at(actor)).toEqual({ checklist: 'appeal' });
  });

  it('does not open a follow-up on a refused answer', () => {
    const actor = startedAtChecklist([hr]);
    actor.send({ type: 'nav.next' });
    actor.send({ type: 'answer.set', systemId: 's1', questionId: 'automated', answer: { status: 'refused', choice: 'yes' } });
    actor.send({ type: 'nav.next' });
    expect(at(actor)).toEqual({ checklist: 'retention' });
  });

  it('repeats the checklist for each system, with category follow-ups, then reaches the review', () => {
    const actor = startedAtChecklist([hr, cam]);
    const visited: unknown[] = [];
    while (!actor.getSnapshot().hasTag('review')) {
      visited.push([actor.getSnapshot().context.systemIndex, actor.getSnapshot().value]);
      actor.send({ type: 'nav.next' });
    }
    expect(visited).toEqual([
      [0, { checklist: 'data' }], [0, { checklist: 'automated' }], [0, { checklist: 'retention' }],
      [1, { checklist: 'data' }], [1, { checklist: 'automated' }], [1, { checklist: 'emotion' }], [1, { checklist: 'retention' }],
    ]);
  });

  it('goes back across systems to the last question on the previous path, keeping every answer', () => {
    const actor = startedAtChecklist([cam, hr]);
    actor.send({ type: 'answer.set', systemId: 's2', questionId: 'data', answer: { status: 'answered', words: 'video' } });
    for (let step = 0; step < 4; step += 1) actor.send({ type: 'nav.next' });
    expect(actor.getSnapshot().context.systemIndex).toBe(1);
    actor.send({ type: 'nav.back' });
    expect(actor.getSnapshot().context.systemIndex).toBe(0);
    expect(at(actor)).toEqual({ checklist: 'retention' });
    actor.send({ type: 'nav.back' });
    expect(at(actor)).toEqual({ checklist: 'emotion' });
    expect(actor.getSnapshot().context.record.answers.s2?.data?.words).toBe('video');
  });

  it('jumps from the review to a question on a system path, and refuses one that is hidden', () => {
    const actor = startedAtChecklist([hr, cam]);
    actor.send({ type: 'nav.review' });
    expect(actor.getSnapshot().hasTag('review')).toBe(true);
    expect(actor.getSnapshot().can({ type: 'nav.question', systemId: 's1', questionId: 'emotion' })).toBe(false);
    actor.send({ type: 'nav.question', systemId: 's2', questionId: 'emotion' });
    expect(at(actor)).toEqual({ checklist: 'emotion' });
    expect(actor.getSnapshot().context.systemIndex).toBe(1);
    actor.send({ type: 'nav.review' });
    actor.send({ type: 'nav.back' });
    expect(at(actor)).toEqual({ checklist: 'retention' });
    expect(actor.getSnapshot().context.systemIndex).toBe(1);
  });
});

describe('editing from the review', () => {
  it('offers the way back to the review only to a question opened from it', () => {
    const actor = startedAtChecklist([hr]);
    expect(actor.getSnapshot().context.returnToReview).toBeFalsy();
    actor.send({ type: 'nav.review' });
    actor.send({ type: 'nav.question', systemId: 's1', questionId: 'retention' });
    expect(actor.getSnapshot().context.returnToReview).toBe(true);
    actor.send({ type: 'nav.review' });
    expect(actor.getSnapshot().hasTag('review')).toBe(true);
    expect(actor.getSnapshot().context.returnToReview).toBe(false);
    actor.send({ type: 'nav.details' });
    actor.send({ type: 'nav.question', systemId: 's1', questionId: 'data' });
    expect(actor.getSnapshot().context.returnToReview).toBe(false);
  });
});

describe('a record merged from another tab', () => {
  it('keeps the question on screen on the same system when another tab adds a system before it', () => {
    const actor = startedAtChecklist([hr, cam]);
    actor.send({ type: 'nav.question', systemId: 's2', questionId: 'data' });
    const before = actor.getSnapshot();
    const record = before.context.record;
    const other: SystemEntry = { ...hr, id: 's0', name: 'Added elsewhere' };
    actor.send({ type: 'record.synced', record: { ...record, systems: [other, ...record.systems] } });
    expect(actor.getSnapshot().value).toEqual(before.value);
    expect(actor.getSnapshot().context.record.systems[actor.getSnapshot().context.systemIndex]?.id).toBe(before.context.record.systems[before.context.systemIndex]?.id);
  });

  it('goes back to the list of systems when another tab removed the system on screen', () => {
    const actor = startedAtChecklist([hr, cam]);
    const record = actor.getSnapshot().context.record;
    actor.send({ type: 'record.synced', record: { ...record, systems: record.systems.filter((system) => system.id !== 's1') } });
    expect(actor.getSnapshot().value).toBe('inventory');
    expect(actor.getSnapshot().context.record.systems.map((system) => system.id)).toEqual(['s2']);
  });

  it('has a documents step of its own, reached from the review or from anywhere once a system is listed', () => {
    const empty = createActor(buildWizardMachine(tinyFlow), { input: { record } }).start();
    empty.send({ type: 'nav.documents' });
    expect(empty.getSnapshot().value, 'no documents without a system').toBe('details');

    const actor = startedAtChecklist([hr]);
    actor.send({ type: 'nav.documents' });
    expect(at(actor)).toBe('documents');
    actor.send({ type: 'nav.back' });
    expect(at(actor)).toBe('review');
    actor.send({ type: 'nav.next' });
    expect(at(actor)).toBe('documents');
  });

  it('remembers the answer opened from the review until the review is left for another step', () => {
    const actor = startedAtChecklist([hr]);
    actor.send({ type: 'nav.review' });
    actor.send({ type: 'nav.question', systemId: 's1', questionId: 'retention' });
    actor.send({ type: 'nav.review' });
    expect(actor.getSnapshot().context.editedFromReview).toEqual({ systemId: 's1', questionId: 'retention' });
    actor.send({ type: 'nav.documents' });
    expect(actor.getSnapshot().context.editedFromReview).toBeUndefined();
  });
});
