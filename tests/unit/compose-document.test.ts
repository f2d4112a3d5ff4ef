import { describe, expect, it } from 'vitest';
import { composeDocument } from '../../src/export/compose-document.ts';
import { euFlow } from '../support/flows.ts';
import { answeredRecord } from '../support/records.ts';


/** A performance system whose AI is high-risk, where management refused to say whether workers were told. */
const record = answeredRecord(euFlow, 1, (question) =>
  question.id === 'ai-act-worker-information'
    ? { status: 'refused', words: '', note: '' }
    : { status: 'answered', words: 'Yes.', note: '', ...(question.options ? { choice: question.options[0] } : {}) },
);

function requestFor(generatedAt: string) {
  const letter = composeDocument(euFlow!, record, { kind: 'letter', language: 'en', generatedAt });
  if (letter.kind !== 'letter') throw new Error('not a letter');
  return { letter, request: letter.systems[0]?.requests.find((candidate) => candidate.questionId === 'ai-act-worker-information') };
}

describe('the information request', () => {
  it('asks, without citing it as a duty, for what the AI Act will only require from December 2027', () => {
    const { letter, request } = requestFor('2026-11-30T10:00:00.000Z');
    expect(letter.deadline).toBe('2026-12-30');
    expect(request).toEqual({ questionId: 'ai-act-worker-information', status: 'refused', provisions: [] });
  });

  it('cites AI Act Art. 26(7) as a duty once it applies', () => {
    const { request } = requestFor('2028-01-15T10:00:00.000Z');
    expect(request?.provisions).toContain('ai-act-art-26-7');
  });
});
