import { describe, expect, it } from 'vitest';
import { composeChecklist, validateLayers, type CoreChecklist, type JurisdictionLayer } from '../../src/engine/layers.ts';
import { layResources, namespaceFiles } from '../../src/i18n/namespaces.ts';

const SOURCE = { url: 'https://example.org/act', verification: 'verified', reviewed: '2026-11-30' } as const;

const core: CoreChecklist = {
  version: 2,
  questions: [
    { id: 'data', stage: 'collection' },
    { id: 'automated', stage: 'analysis', options: ['yes', 'no'] },
    { id: 'retention', stage: 'storage' },
    { id: 'consultation', stage: 'governance', options: ['yes', 'no'] },
  ],
  clauseRules: [
    { id: 'human-review', clause: 'human-review', when: { question: 'automated', is: ['yes'] } },
    { id: 'consultation', clause: 'consultation', when: { question: 'consultation', is: ['no'] } },
    { id: 'union-expert', clause: 'union-expert', when: 'always' },
  ],
};

const union: JurisdictionLayer = {
  id: 'xu',
  instruments: [{ id: 'act', url: SOURCE.url }],
  provisions: [
    { id: 'act-1', instrument: 'act', kind: 'article', pinpoint: '1', ...SOURCE },
    { id: 'act-2', instrument: 'act', kind: 'article', pinpoint: '2', ...SOURCE },
  ],
  backing: { data: ['act-1'], automated: ['act-2'] },
  removeQuestions: ['retention'],
  changeQuestions: { automated: { options: ['yes', 'no', 'unclear'] } },
  ruleBases: { 'human-review': ['act-2'] },
  terms: ['supervisory-authority'],
};

const member: JurisdictionLayer = {
  id: 'xu-de',
  extends: 'xu',
  instruments: [{ id: 'works-act', url: SOURCE.url }],
  provisions: [{ id: 'works-act-87', instrument: 'works-act', kind: 'section', pinpoint: '87(1) no. 6', ...SOURCE }],
  backing: { consultation: ['works-act-87'] },
  addQuestions: [{ after: 'consultation', question: { id: 'works-council-agreement', stage: 'governance', options: ['yes', 'no'] } }],
  ruleBases: { consultation: ['works-act-87'], 'human-review': ['act-1'] },
  addRules: [{ id: 'works-council', clause: 'consultation', when: { question: 'works-council-agreement', is: ['no'] }, provisions: ['works-act-87'] }],
  terms: ['works-council'],
};

describe('composing a checklist from the core and its layers', () => {
  const flow = composeChecklist(core, [union, member]);

  it('names the composition by its layers and keeps the core’s version', () => {
    expect(flow).toMatchObject({ id: 'xu+xu-de', layers: ['xu', 'xu-de'], version: 2, terms: ['supervisory-authority', 'works-council'] });
  });

  it('drops, reshapes and adds questions where each layer says, in order', () => {
    expect(flow.questions.map((question) => question.id)).toEqual(['data', 'automated', 'consultation', 'works-council-agreement']);
    expect(flow.questions.find((question) => question.id === 'automated')?.options).toEqual(['yes', 'no', 'unclear']);
  });

  it('adds an overlay’s backing and bases to the layer’s, and stamps each provision with its layer', () => {
    expect(flow.questions.find((question) => question.id === 'consultation')?.provisions).toEqual(['works-act-87']);
    expect(flow.clauseRules.find((rule) => rule.id === 'human-review')?.provisions).toEqual(['act-2', 'act-1']);
    expect(flow.clauseRules.find((rule) => rule.id === 'union-expert')?.provisions).toEqual([]);
    expect(flow.clauseRules.map((rule) => rule.id)).toContain('works-council');
    expect(flow.provisions.map((provision) => [provision.id, provision.jurisdiction])).toEqual([
      ['act-1', 'xu'],
      ['act-2', 'xu'],
      ['works-act-87', 'xu-de'],
    ]);
  });

  it('leaves the core untouched', () => {
    expect(core.questions).toHaveLength(4);
    expect(core.questions.find((question) => question.id === 'automated')?.options).toEqual(['yes', 'no']);
  });
});

describe('validating a stack of layers', () => {
  it('accepts a sound stack', () => {
    expect(validateLayers(core, [union, member])).toEqual([]);
  });

  it('refuses a layer that cites another jurisdiction’s provision', () => {
    const other: JurisdictionLayer = { ...member, id: 'yy', extends: undefined, provisions: [], instruments: [], addRules: [], ruleBases: { consultation: ['act-1'] }, backing: {} };
    expect(validateLayers(core, [other])).toContain('layer "yy": rule "consultation" cites "act-1", which is not a provision of this jurisdiction');
  });

  it('refuses an overlay used on the wrong layer, or as a jurisdiction', () => {
    const foreign: JurisdictionLayer = { id: 'zz', instruments: [], provisions: [], backing: {}, ruleBases: {} };
    expect(validateLayers(core, [foreign, member])).toContain('layer "xu-de" stacks on "xu", which is not below it in this stack');
    expect(validateLayers(core, [member])).toContain('layer "xu-de" is an overlay on "xu" but is used as a jurisdiction');
  });

  it('stacks a city on its region, and its provisions with theirs', () => {
    const city: JurisdictionLayer = { id: 'xu-de-city', extends: 'xu-de', instruments: [], provisions: [], backing: {}, ruleBases: { consultation: ['act-1'] } };
    expect(validateLayers(core, [union, member, city])).toEqual([]);
    expect(validateLayers(core, [union, city])).toContain('layer "xu-de-city" stacks on "xu-de", which is not below it in this stack');
  });

  it('names every unknown question, rule and removed question', () => {
    const broken: JurisdictionLayer = {
      ...union,
      backing: { nowhere: [] },
      removeQuestions: ['ghost'],
      ruleBases: { 'no-rule': [] },
      addQuestions: [{ after: 'missing', question: { id: 'data', stage: 'collection' } }],
    };
    expect(validateLayers(core, [broken])).toEqual(
      expect.arrayContaining([
        'layer "xu" backs unknown question "nowhere"',
        'layer "xu" removes unknown question "ghost"',
        'layer "xu" gives a basis to unknown rule "no-rule"',
        'layer "xu" adds "data" after unknown question "missing"',
        'layer "xu" adds question "data", which already exists',
      ]),
    );
  });
});

describe('the words of a composed checklist', () => {
  it('are the core’s, with each layer’s file laid over them in order', () => {
    expect(namespaceFiles('flow-xu+xu-de')).toEqual(['checklist', 'law-xu', 'law-xu-de']);
    expect(namespaceFiles('ui')).toEqual(['ui']);
    const core = { questions: { data: { ask: 'What data?', why: 'Because.' } } };
    const layer = { questions: { data: { why: 'Because the act says so.' } }, provisions: { 'act-1': 'Gives a right.' } };
    expect(layResources(core, layer)).toEqual({
      questions: { data: { ask: 'What data?', why: 'Because the act says so.' } },
      provisions: { 'act-1': 'Gives a right.' },
    });
  });
});
