import { describe, expect, it } from 'vitest';
import type { FlowDefinition } from '../../src/engine/flow-types.ts';
import { validateFlow } from '../../src/engine/validate-flow.ts';
import { CLAUSE_LIBRARY } from '../../flows/shared/clause-library.ts';
import { tinyFlow } from '../support/tiny-flow.ts';

function withChanges(changes: Partial<FlowDefinition>): FlowDefinition {
  return { ...tinyFlow, ...changes };
}

describe('validateFlow', () => {
  it('accepts a sound flow', () => {
    expect(validateFlow(tinyFlow, CLAUSE_LIBRARY)).toEqual([]);
  });

  it('reports a follow-up that depends on a later question', () => {
    const [data, automated, reviewer, ...rest] = tinyFlow.questions;
    const flow = withChanges({ questions: [data, reviewer, automated, ...rest] });
    expect(validateFlow(flow, CLAUSE_LIBRARY)).toContain('question "reviewer" depends on "automated", which is not asked before it');
  });

  it('reports an option value that the question does not offer', () => {
    const questions = tinyFlow.questions.map((question) =>
      question.id === 'reviewer' ? { ...question, showIf: { question: 'automated', is: ['maybe'] } } : question,
    );
    expect(validateFlow(withChanges({ questions }), CLAUSE_LIBRARY)).toContain(
      'question "reviewer" tests "automated" for "maybe", which is not one of its options',
    );
  });

  it('reports a provision whose condition names an unknown question or option', () => {
    const [provision] = tinyFlow.provisions;
    const flow = withChanges({
      provisions: [{ ...provision, appliesIf: { all: [{ question: 'recognised', is: ['yes'] }, { question: 'automated', is: ['maybe'] }] } }],
    });
    const problems = validateFlow(flow, CLAUSE_LIBRARY);
    expect(problems).toContain('provision "act-1" applies only on an answer to unknown question "recognised"');
    expect(problems).toContain('provision "act-1" tests "automated" for "maybe", which is not one of its options');
  });

  it('refuses a pinpoint the grammar cannot read, rather than citing a guess', () => {
    const [provision] = tinyFlow.provisions;
    const problems = (pinpoint: string, numbering?: 'spanish') =>
      validateFlow(withChanges({ instruments: [{ ...tinyFlow.instruments[0], ...(numbering ? { numbering } : {}) }], provisions: [{ ...provision, pinpoint }] }), CLAUSE_LIBRARY);
    expect(problems('13(2)(f)')).toEqual([]);
    expect(problems('13(2)(f')).toEqual(['provision "act-1": pinpoint "13(2)(f" (article) cannot be read: "(f" is not a subdivision of an article']);
    expect(problems('13 Abs. 2')).toEqual(['provision "act-1": pinpoint "13 Abs. 2" (article) cannot be read: "Abs. 2" is not a subdivision of an article']);
    // A Spanish act writes its apartado after a dot: brackets there are a slip, not another notation.
    expect(problems('64.4(d)', 'spanish')).toEqual([]);
    expect(problems('64(4)(d)', 'spanish')).toEqual(['provision "act-1": pinpoint "64(4)(d)" (article, spanish numbering) cannot be read: "(4)(d)" is not a subdivision of a Spanish article']);
  });

  it('reports a question that no answers can reach', () => {
    const questions = tinyFlow.questions.map((question) =>
      question.id === 'appeal'
        ? { ...question, showIf: { all: [{ question: 'automated', is: ['yes'] }, { question: 'automated', is: ['no'] }] } }
        : question,
    );
    expect(validateFlow(withChanges({ questions }), CLAUSE_LIBRARY)).toContain('question "appeal" can never be reached');
  });

  it('reports duplicate ids, unknown provisions and clauses, and unmapped facts', () => {
    const flow = withChanges({
      questions: [...tinyFlow.questions, { id: 'data', stage: 'governance', provisions: ['act-99'] }],
      clauseRules: [
        { id: 'no-such-clause', clause: 'no-such-clause', when: 'always', provisions: [] },
        { id: 'retention-deletion', clause: 'retention-deletion', when: 'always', provisions: [] },
      ],
    });
    expect(validateFlow(flow, CLAUSE_LIBRARY)).toEqual(
      expect.arrayContaining([
        'question id "data" is used more than once',
        'question "data" cites unknown provision "act-99"',
        'clause rule "no-such-clause" for "no-such-clause": no such clause in the library',
        'clause rule "retention-deletion" for "retention-deletion" does not say which answer fills "retention"',
      ]),
    );
  });
});
