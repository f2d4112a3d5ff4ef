import { describe, expect, it } from 'vitest';
import type { FlowDefinition } from '../../src/engine/flow-types.ts';
import { composeDocument } from '../../src/export/compose-document.ts';
import { euFlow } from '../support/flows.ts';
import { answeredRecord } from '../support/records.ts';

/** A performance system whose AI is high-risk, where management refused to say whether workers were told. */
const record = answeredRecord(euFlow, 1, (question) =>
  question.id === 'ai-act-worker-information'
    ? { status: 'refused', words: '', note: '' }
    : { status: 'answered', words: 'Yes.', note: '', ...(question.options ? { choice: question.options[0] } : {}) },
);

/** The EU checklist as it would be if the AI Act's reported start date had been verified. */
const verifiedDates: FlowDefinition = {
  ...euFlow,
  provisions: euFlow.provisions.map((provision) => ({ ...provision, appliesFromUncertain: undefined })),
};

function requestFor(generatedAt: string, flow: FlowDefinition = euFlow) {
  const letter = composeDocument(flow, record, { kind: 'letter', language: 'en', generatedAt });
  if (letter.kind !== 'letter') throw new Error('not a letter');
  return { letter, request: letter.systems[0]?.requests.find((candidate) => candidate.questionId === 'ai-act-worker-information') };
}

describe('the information request', () => {
  it('cites AI Act Art. 26(7) as a duty before its reported start date, because that date is not verified and it may already apply', () => {
    const { letter, request } = requestFor('2026-11-30T10:00:00.000Z');
    expect(letter.deadline).toBe('2026-12-30');
    expect(request?.provisions).toContain('ai-act-art-26-7');
  });

  it('asks, without citing it as a duty, for what a verified later start date says is not yet required', () => {
    const { request } = requestFor('2026-11-30T10:00:00.000Z', verifiedDates);
    expect(request).toEqual({ questionId: 'ai-act-worker-information', status: 'refused', provisions: [] });
  });

  it('cites AI Act Art. 26(7) as a duty once it applies', () => {
    const { request } = requestFor('2028-01-15T10:00:00.000Z');
    expect(request?.provisions).toContain('ai-act-art-26-7');
  });
});
