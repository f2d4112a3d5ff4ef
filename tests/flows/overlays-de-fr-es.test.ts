import { describe, expect, it } from 'vitest';
import { EU_LAYER } from '../../flows/layers/eu.ts';
import { EU_DE_OVERLAY } from '../../flows/overlays/eu-de.ts';
import { EU_ES_OVERLAY } from '../../flows/overlays/eu-es.ts';
import { EU_FR_OVERLAY } from '../../flows/overlays/eu-fr.ts';
import { INFORMATION_CLAUSE_ID } from '../../src/engine/flow-types.ts';
import { composedWith, describeLayer, NO, REFUSED, YES, type LayerCase } from '../support/layer-suite.ts';

/** The German, French and Spanish overlays, stacked on the EU layer as the app stacks them. */

const CASES: Readonly<Record<string, LayerCase>> = {
  'eu-de': {
    layer: EU_DE_OVERLAY,
    below: [EU_LAYER],
    hosts: { betrvg: 'www.gesetze-im-internet.de', bdsg: 'www.gesetze-im-internet.de' },
    flags: {
      'betrvg-s-87-1-6': 'V-sec',
      'betrvg-s-87-2': 'K',
      'betrvg-s-80-2': 'K',
      'betrvg-s-80-3': 'V-sec',
      'betrvg-s-40': 'K',
      'betrvg-s-90-1-3': 'V-sec',
      'betrvg-s-90-2': 'V-sec',
      'betrvg-s-94': 'K',
      'betrvg-s-95-1': 'V-sec',
      'betrvg-s-95-2a': 'V-sec',
      'bdsg-s-26-1': 'V-sec',
    },
    requirements: [
      {
        name: 'a monitoring system without the works council agreement: no introduction or use without it (§87(1) no. 6)',
        category: 'monitoring',
        given: { 'works-council-agreement': NO },
        clause: 'consultation',
        cites: ['betrvg-s-87-1-6', 'betrvg-s-87-2'],
      },
      {
        name: 'management will not say whether the works council agreed',
        category: 'monitoring',
        given: { 'works-council-agreement': REFUSED },
        clause: 'consultation',
        cites: ['betrvg-s-87-1-6'],
      },
      {
        name: 'no works council: §87 gives no say (trap 18)',
        category: 'monitoring',
        given: { consultation: NO, 'works-council-agreement': { status: 'answered', choice: 'no-works-council' } },
        clause: 'consultation',
        citesNot: ['betrvg-s-87-1-6', 'betrvg-s-87-2'],
      },
      {
        name: 'no works council: no works-council expert either',
        category: 'monitoring',
        given: { 'works-council-agreement': { status: 'answered', choice: 'no-works-council' } },
        clause: 'union-expert',
        citesNot: ['betrvg-s-80-3', 'betrvg-s-40'],
      },
      {
        name: 'the works council agreed: §87 is not what the union still lacks',
        category: 'monitoring',
        given: { consultation: NO, 'works-council-agreement': YES },
        clause: 'consultation',
        citesNot: ['betrvg-s-87-1-6'],
      },
      {
        name: 'a function switched off, able to monitor, is co-determined when switched on',
        category: 'monitoring',
        given: { 'inactive-functions': YES },
        clause: 'no-activation-without-agreement',
        cites: ['betrvg-s-87-1-6'],
      },
      {
        name: 'the expert paid by the employer, where a works council exists (§80(3), §40)',
        category: 'generative-ai',
        given: {},
        clause: 'union-expert',
        cites: ['betrvg-s-80-3', 'betrvg-s-40'],
      },
      {
        name: 'the works council not informed at the planning stage (§90(1) no. 3, §80(2))',
        category: 'scheduling',
        given: { 'works-council-planning-information': NO },
        clause: 'advance-notice',
        cites: ['betrvg-s-90-1-3', 'betrvg-s-80-2'],
      },
      {
        name: 'selection guidelines drawn up with AI, without consent (§95(2a))',
        category: 'hiring',
        given: { 'selection-guidelines-consent': NO },
        clause: 'consultation',
        cites: ['betrvg-s-95-1', 'betrvg-s-95-2a'],
      },
      {
        name: 'assessment principles without consent (§94)',
        category: 'performance',
        given: { 'assessment-principles-consent': NO },
        clause: 'consultation',
        cites: ['betrvg-s-94'],
      },
    ],
  },
  'eu-fr': {
    layer: EU_FR_OVERLAY,
    below: [EU_LAYER],
    hosts: { 'code-du-travail': 'www.legifrance.gouv.fr' },
    flags: {
      'code-du-travail-art-l1121-1': 'V-sec',
      'code-du-travail-art-l1222-4': 'V-sec',
      'code-du-travail-art-l2312-38': 'V',
      'code-du-travail-art-l2312-8-ii-4': 'V-sec',
      'code-du-travail-art-l2312-15': 'K',
      'code-du-travail-art-l2315-94': 'V-sec',
    },
    requirements: [
      {
        name: 'a monitoring tool, the CSE not consulted before the decision (L. 2312-38)',
        category: 'monitoring',
        given: { 'cse-consultation': NO },
        clause: 'consultation',
        cites: ['code-du-travail-art-l2312-38', 'code-du-travail-art-l2312-8-ii-4'],
      },
      {
        name: 'management will not say whether the CSE was consulted',
        category: 'location',
        given: { 'cse-consultation': REFUSED },
        clause: 'consultation',
        cites: ['code-du-travail-art-l2312-38'],
      },
      {
        name: 'no CSE with these powers: no CSE basis',
        category: 'monitoring',
        given: { consultation: NO, 'cse-consultation': { status: 'answered', choice: 'no-cse' } },
        clause: 'consultation',
        citesNot: ['code-du-travail-art-l2312-38', 'code-du-travail-art-l2312-8-ii-4'],
      },
      {
        name: 'a recruitment tool the CSE was not informed of: information, not consultation (trap 21)',
        category: 'hiring',
        given: { consultation: NO, 'cse-consultation': YES, 'cse-information': NO },
        clause: 'advance-notice',
        cites: ['code-du-travail-art-l2312-38'],
      },
      {
        name: 'a recruitment tool the CSE was not informed of does not make L. 2312-38 a consultation basis',
        category: 'hiring',
        given: { consultation: NO, 'cse-consultation': YES, 'cse-information': NO },
        clause: 'consultation',
        citesNot: ['code-du-travail-art-l2312-38'],
      },
      {
        name: 'workers not told before collection (L. 1222-4)',
        category: 'monitoring',
        given: { 'worker-notice': NO },
        clause: 'worker-notice-compliance',
        cites: ['code-du-travail-art-l1222-4'],
      },
      {
        name: 'no justification of proportionality (L. 1121-1)',
        category: 'performance',
        given: { 'proportionality-justification': REFUSED },
        clause: 'data-minimisation',
        cites: ['code-du-travail-art-l1121-1'],
      },
      {
        name: 'the accredited expert of the CSE (L. 2315-94)',
        category: 'monitoring',
        given: {},
        clause: 'union-expert',
        cites: ['code-du-travail-art-l2315-94'],
      },
    ],
  },
  'eu-es': {
    layer: EU_ES_OVERLAY,
    below: [EU_LAYER],
    hosts: { 'estatuto-trabajadores': 'www.boe.es', lopdgdd: 'www.boe.es' },
    flags: {
      'estatuto-trabajadores-art-64-4-d': 'V-sec',
      'estatuto-trabajadores-art-64-5-f': 'K',
      'estatuto-trabajadores-art-20-bis': 'V',
      'lopdgdd-art-87-3': 'V-sec',
      'lopdgdd-art-88': 'V-sec',
      'lopdgdd-art-89': 'V-sec',
      'lopdgdd-art-89-1': 'V-sec',
      'lopdgdd-art-90-2': 'V-sec',
      'lopdgdd-art-91': 'V-sec',
    },
    requirements: [
      {
        name: 'the parameters, rules and instructions not given: the notice that states them (64.4(d))',
        category: 'performance',
        given: { 'algorithm-parameters': NO },
        clause: 'advance-notice',
        cites: ['estatuto-trabajadores-art-64-4-d'],
      },
      {
        name: 'the parameters, rules and instructions not given: collective access (64.4(d))',
        category: 'scheduling',
        given: { 'algorithm-parameters': NO },
        clause: 'collective-access',
        cites: ['estatuto-trabajadores-art-64-4-d'],
      },
      {
        name: 'management will not give the parameters',
        category: 'hiring',
        given: { 'algorithm-parameters': REFUSED },
        clause: 'advance-notice',
        cites: ['estatuto-trabajadores-art-64-4-d'],
      },
      {
        name: 'the logic withheld: the letter cites 64.4(d) as a duty',
        category: 'performance',
        given: { 'logic-explanation': REFUSED },
        clause: INFORMATION_CLAUSE_ID,
        cites: ['estatuto-trabajadores-art-64-4-d'],
      },
      {
        name: 'no prior report of the comité on a control system (64.5(f))',
        category: 'monitoring',
        given: { 'comite-prior-report': NO },
        clause: 'consultation',
        cites: ['estatuto-trabajadores-art-64-5-f'],
      },
      {
        name: 'device-use criteria set without the representatives (LOPDGDD 87.3)',
        category: 'monitoring',
        given: { 'device-use-criteria': NO },
        clause: 'consultation',
        cites: ['lopdgdd-art-87-3'],
      },
      {
        name: 'cameras or geolocation without prior information (LOPDGDD 89.1, 90.2)',
        category: 'location',
        given: { 'camera-geolocation-notice': NO },
        clause: 'worker-notice-compliance',
        cites: ['lopdgdd-art-89-1', 'lopdgdd-art-90-2'],
      },
      {
        name: 'location tracking: no monitoring in rest areas or outside working time (LOPDGDD 88, 89; ET 20 bis)',
        category: 'location',
        given: {},
        clause: 'no-off-duty-monitoring',
        cites: ['lopdgdd-art-88', 'lopdgdd-art-89', 'estatuto-trabajadores-art-20-bis'],
      },
      {
        name: 'no disconnection policy heard by the representatives (LOPDGDD 88)',
        category: 'scheduling',
        given: { 'disconnection-policy': NO },
        clause: 'health-safety-intensity',
        cites: ['lopdgdd-art-88'],
      },
    ],
  },
};

for (const testCase of Object.values(CASES)) describeLayer(testCase);

describe('what the national laws do not give', () => {
  it('Germany: BDSG §26(1) sentence 1 is never the basis of a clause (C-34/21, trap 20)', () => {
    const flow = composedWith({ layer: EU_DE_OVERLAY, below: [EU_LAYER] });
    expect(flow.clauseRules.filter((rule) => rule.provisions.includes('bdsg-s-26-1'))).toEqual([]);
  });

  it('Spain: Art. 64.4(d) is information, not agreement: the consultation clause never rests on it (trap 22)', () => {
    const flow = composedWith({ layer: EU_ES_OVERLAY, below: [EU_LAYER] });
    expect(flow.clauseRules.filter((rule) => rule.clause === 'consultation' && rule.provisions.includes('estatuto-trabajadores-art-64-4-d'))).toEqual([]);
  });

  it('France: recruitment tools and HR software lead to information, never to the consultation clause (trap 21)', () => {
    const flow = composedWith({ layer: EU_FR_OVERLAY, below: [EU_LAYER] });
    const information = flow.clauseRules.filter((rule) => JSON.stringify(rule.when).includes('"cse-information"'));
    expect(information.map((rule) => rule.clause)).toEqual(['advance-notice']);
  });
});
