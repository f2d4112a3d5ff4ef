import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { euFlow } from '../support/flows.ts';
import { zaFlow } from '../support/flows.ts';
import { consistentAnswer } from '../../src/engine/answer-model.ts';
import { buildWizardMachine } from '../../src/engine/build-machine.ts';
import { ANSWER_STATUSES, GAP_STATUSES, type AnswerStatus, type FlowDefinition, type QuestionDef } from '../../src/engine/flow-types.ts';
import type { Answer, NegotiationRecord } from '../../src/engine/negotiation.ts';
import { withAnswer, withSystemAdded } from '../../src/engine/record-updates.ts';
import { readRecord } from '../../src/record/record-schema.ts';
import { emptyRecord, system } from '../support/records.ts';

const GIVES_NO_OPTION: readonly AnswerStatus[] = [...GAP_STATUSES, 'not-applicable'];

/** Every answer in the record agrees with itself: an option only beside an answer. */
function contradictions(record: NegotiationRecord): string[] {
  return Object.entries(record.answers).flatMap(([systemId, answers]) =>
    Object.entries(answers)
      .filter(([, answer]) => answer.choice !== undefined && (answer.status === undefined || GIVES_NO_OPTION.includes(answer.status)))
      .map(([questionId, answer]) => `${systemId}/${questionId}: ${answer.status} + ${answer.choice}`),
  );
}

/** The first question every system is asked that offers options. */
function firstQuestionWithOptions(flow: FlowDefinition): QuestionDef & { readonly options: readonly string[] } {
  const found = flow.questions.find((candidate): candidate is QuestionDef & { readonly options: readonly string[] } => candidate.options !== undefined && !candidate.showIf);
  if (!found) throw new Error(`${flow.id} has a first-level question with options`);
  return found;
}

const question = firstQuestionWithOptions(euFlow);
const [firstOption = '', secondOption = ''] = question.options;
const base = withSystemAdded(emptyRecord(euFlow), system('s1', 'performance'));
const answerOf = (record: NegotiationRecord) => record.answers.s1?.[question.id];

describe('one answer model', () => {
  it('choosing an option after a gap makes the question answered, so the gap cannot be hidden behind it', () => {
    for (const gap of GIVES_NO_OPTION) {
      const refused = withAnswer(base, 's1', question.id, { status: gap });
      const chosen = withAnswer(refused, 's1', question.id, { choice: firstOption });
      expect(answerOf(chosen)).toMatchObject({ status: 'answered', choice: firstOption });
    }
  });

  it('choosing a gap after an option drops the option', () => {
    const answered = withAnswer(base, 's1', question.id, { status: 'answered', choice: firstOption, words: 'It scores speed.' });
    for (const gap of GIVES_NO_OPTION) {
      const after = answerOf(withAnswer(answered, 's1', question.id, { status: gap }));
      expect(after?.status).toBe(gap);
      expect(after?.choice).toBeUndefined();
      // Management's words and the union's note are the representative's typing: they stay.
      expect(after?.words).toBe('It scores speed.');
    }
  });

  it('a partial answer keeps its option, and changing the option keeps it partial', () => {
    const partly = withAnswer(base, 's1', question.id, { status: 'partly', choice: firstOption });
    expect(answerOf(withAnswer(partly, 's1', question.id, { choice: secondOption }))).toMatchObject({ status: 'partly', choice: secondOption });
  });

  it('no sequence of edits through the machine leaves a gap status beside an option', () => {
    for (const flow of [euFlow, zaFlow]) {
      const first = firstQuestionWithOptions(flow);
      const actor = createActor(buildWizardMachine(flow), { input: { record: withSystemAdded(emptyRecord(flow), system('s1', 'hiring')) } }).start();
      // A fixed pseudo-random walk over statuses and options: reproducible, and long enough to reach every pair.
      let seed = 7;
      const next = (size: number) => {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        return seed % size;
      };
      for (let step = 0; step < 500; step += 1) {
        const change: Partial<Answer> =
          next(2) === 0
            ? { status: ANSWER_STATUSES[next(ANSWER_STATUSES.length)] }
            : { choice: first.options[next(first.options.length)] };
        actor.send({ type: 'answer.set', systemId: 's1', questionId: first.id, answer: change });
        expect(contradictions(actor.getSnapshot().context.record)).toEqual([]);
      }
    }
  });

  it('a record saved before the rule reads back consistent, the gap kept', () => {
    const stored = {
      ...base,
      answers: {
        s1: {
          [question.id]: { status: 'refused', choice: firstOption, words: '', note: 'n' },
          other: { choice: secondOption, words: 'yes', note: '' },
        },
      },
    };
    const reading = readRecord(JSON.parse(JSON.stringify(stored)));
    if (!reading.ok) throw new Error('the stored record reads');
    expect(contradictions(reading.record)).toEqual([]);
    expect(reading.record.answers.s1?.[question.id]).toEqual({ status: 'refused', words: '', note: 'n' });
    expect(reading.record.answers.s1?.other).toEqual({ status: 'answered', choice: secondOption, words: 'yes', note: '' });
  });

  it('leaves a consistent answer as it is', () => {
    const answer: Answer = { status: 'answered', choice: firstOption, words: 'w', note: '' };
    expect(consistentAnswer(answer)).toBe(answer);
  });
});
