import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { buildWizardMachine } from '../../src/engine/build-machine.ts';
import { resumeSnapshot } from '../../src/engine/resume.ts';
import { withAnswer, withSystemAdded } from '../../src/engine/record-updates.ts';
import { emptyRecord, system } from '../support/records.ts';
import { tinyFlow } from '../support/tiny-flow.ts';

const machine = buildWizardMachine(tinyFlow);
let record = withSystemAdded(withSystemAdded(emptyRecord(tinyFlow), system('s1', 'hiring')), system('s2', 'monitoring'));
record = withAnswer(record, 's2', 'automated', { status: 'answered', choice: 'yes', words: '', note: '' });

describe('resumeSnapshot', () => {
  it('resumes on the very question and system the cursor names, answers intact', () => {
    const snapshot = resumeSnapshot(machine, tinyFlow, record, { value: { checklist: 'reviewer' }, systemIndex: 1 });
    const actor = createActor(machine, { snapshot, input: { record } }).start();
    expect(actor.getSnapshot().value).toEqual({ checklist: 'reviewer' });
    expect(actor.getSnapshot().context.systemIndex).toBe(1);
    actor.send({ type: 'nav.back' });
    expect(actor.getSnapshot().value).toEqual({ checklist: 'automated' });
    expect(actor.getSnapshot().context.record.answers.s2?.automated?.choice).toBe('yes');
  });

  it('resumes on the documents step', () => {
    expect(resumeSnapshot(machine, tinyFlow, record, { value: 'documents', systemIndex: 0 }).value).toBe('documents');
  });

  it.each([
    ['a question not on that system path', { value: { checklist: 'reviewer' }, systemIndex: 0 }],
    ['a question the flow no longer has', { value: { checklist: 'gone' }, systemIndex: 0 }],
    ['a system that was removed', { value: { checklist: 'data' }, systemIndex: 5 }],
    ['junk', { value: 42, systemIndex: 0 }],
  ])('falls back to the review for %s, leaving the record untouched', (_, cursor) => {
    const snapshot = resumeSnapshot(machine, tinyFlow, record, cursor);
    expect(snapshot.value).toBe('review');
    expect(snapshot.context.record).toBe(record);
  });

  it('starts a negotiation without a cursor at its details', () => {
    expect(resumeSnapshot(machine, tinyFlow, emptyRecord(tinyFlow)).value).toBe('details');
  });
});
