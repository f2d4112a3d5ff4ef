import type { FlowDefinition } from '../../src/engine/flow-types.ts';

/** A small flow with a nested follow-up, for engine tests independent of legal content. */
export const tinyFlow = {
  id: 'tiny',
  layers: ['tiny'],
  version: 1,
  instruments: [{ id: 'act', url: 'https://example.org/act' }],
  provisions: [
    { id: 'act-1', instrument: 'act', kind: 'article', pinpoint: '1', url: 'https://example.org/act', verification: 'verified', reviewed: '2026-11-30', discloses: true },
  ],
  questions: [
    { id: 'data', stage: 'collection', provisions: ['act-1'] },
    { id: 'automated', stage: 'analysis', options: ['yes', 'no'], provisions: ['act-1'] },
    { id: 'reviewer', stage: 'analysis', options: ['human', 'none'], showIf: { question: 'automated', is: ['yes'] }, provisions: [] },
    { id: 'appeal', stage: 'analysis', showIf: { question: 'reviewer', is: ['none'] }, provisions: [] },
    { id: 'emotion', stage: 'analysis', options: ['yes', 'no'], showIf: { category: ['monitoring'] }, provisions: [] },
    { id: 'retention', stage: 'storage', provisions: ['act-1'] },
  ],
  clauseRules: [
    { id: 'human-review', clause: 'human-review', when: { question: 'reviewer', is: ['none'] }, provisions: ['act-1'] },
    { id: 'retention-deletion', clause: 'retention-deletion', when: { question: 'retention', status: ['refused', 'unknown', 'partly'] }, provisions: ['act-1'], facts: { retention: 'retention' } },
    { id: 'periodic-review', clause: 'periodic-review', when: 'always', provisions: [] },
  ],
  terms: [],
} as const satisfies FlowDefinition;
