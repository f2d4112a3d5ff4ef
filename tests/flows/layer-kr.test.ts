import { describe, expect, it } from 'vitest';
import { KR_LAYER } from '../../flows/layers/kr.ts';
import { clausesFor, composedWith, describeLayer, NO, REFUSED, YES, type LayerCase } from '../support/layer-suite.ts';

/**
 * South Korea: PIPA, the Workers' Participation Act and LSA Art. 94, with the flags of
 * `shared/design/legal-verification-br-ke-ng-in-kr-eu-national.md` §5 (the first flag of each row).
 */

const answered = (choice: string) => ({ status: 'answered', choice }) as const;
const SOLELY = answered('solely');
const WPA = ['wpa-art-4', 'wpa-art-20-1-2', 'wpa-art-20-1-5', 'wpa-art-20-1-9', 'wpa-art-20-1-10', 'wpa-art-20-1-14'];

const KR: LayerCase = {
  layer: KR_LAYER,
  hosts: { pipa: 'www.law.go.kr', wpa: 'www.law.go.kr', lsa: 'www.law.go.kr' },
  flags: {
    'pipa-art-15-1': 'V',
    'pipa-art-15-2': 'V',
    'pipa-art-17': 'K',
    'pipa-art-22': 'V',
    'pipa-art-23': 'V',
    'pipa-art-33': 'K',
    'pipa-art-35': 'K',
    'pipa-art-36': 'K',
    'pipa-art-37': 'K',
    'pipa-art-37-2-1': 'V',
    'pipa-art-37-2-2': 'V',
    'pipa-art-37-2-3': 'V',
    'pipa-art-37-2-4': 'V',
    'wpa-art-4': 'V',
    // Row "Art. 21, 22, 14": Art. 14's heading [V], its content [K]; the content is what is cited.
    'wpa-art-14': 'K',
    'wpa-art-20-1-2': 'V',
    'wpa-art-20-1-5': 'V',
    'wpa-art-20-1-8': 'V',
    'wpa-art-20-1-9': 'V',
    'wpa-art-20-1-10': 'V',
    'wpa-art-20-1-14': 'V',
    'wpa-art-20-2': 'V',
    'lsa-art-94': 'V-sec',
  },
  requirements: [
    {
      name: 'surveillance equipment installed without consulting the council (Art. 20(1) items 9 and 14)',
      category: 'monitoring',
      given: { 'kr-council-consultation': answered('not-consulted') },
      clause: 'consultation',
      cites: ['wpa-art-20-1-9', 'wpa-art-20-1-14'],
    },
    {
      name: 'a workplace of 30 or more without a council: the council is required (Art. 4)',
      category: 'location',
      given: { 'kr-council-consultation': answered('no-council') },
      clause: 'consultation',
      cites: ['wpa-art-4', 'wpa-art-20-1-14'],
    },
    {
      name: 'fewer than 30 workers: no council, no Workers\' Participation Act basis (trap 16)',
      category: 'monitoring',
      given: { consultation: NO, 'kr-council-consultation': answered('fewer-than-30') },
      clause: 'consultation',
      citesNot: WPA,
    },
    {
      name: 'the council was consulted: Art. 20 is not what the union still lacks',
      category: 'monitoring',
      given: { consultation: NO, 'kr-council-consultation': answered('consulted') },
      clause: 'consultation',
      citesNot: ['wpa-art-20-1-9', 'wpa-art-20-1-14'],
    },
    {
      name: 'rules of employment changed without the majority\'s opinion or consent (LSA Art. 94)',
      category: 'performance',
      given: { 'kr-rules-of-employment': answered('not-obtained') },
      clause: 'consultation',
      cites: ['lsa-art-94', 'wpa-art-20-1-10'],
    },
    {
      name: 'biometric clock-in without separate consent or a statute (Arts 23 and 22)',
      category: 'biometrics',
      given: { 'kr-sensitive-consent': answered('neither') },
      clause: 'special-category-safeguards',
      cites: ['pipa-art-23', 'pipa-art-22'],
    },
    {
      name: 'a fully automated decision on the contract: explanation and human re-processing, not refusal (trap 15)',
      category: 'scheduling',
      given: { 'automated-decisions': SOLELY, 'automated-decision-exception': answered('contract') },
      clause: 'human-review',
      cites: ['pipa-art-37-2-2', 'pipa-art-37-2-3'],
      citesNot: ['pipa-art-37-2-1'],
    },
    {
      name: 'a fully automated decision on no ground: the worker may refuse it (Art. 37-2(1))',
      category: 'performance',
      given: { 'automated-decisions': SOLELY, 'automated-decision-exception': answered('none') },
      clause: 'human-review',
      cites: ['pipa-art-37-2-1'],
    },
    {
      name: 'criteria of automated decisions not published (Art. 37-2(4))',
      category: 'scheduling',
      given: { 'automated-decisions': SOLELY, 'kr-published-criteria': answered('not-published') },
      clause: 'explanation-of-decisions',
      cites: ['pipa-art-37-2-4'],
    },
    {
      name: 'scores that feed pay, with a council required (Art. 20(1) item 8)',
      category: 'performance',
      given: { 'pay-linked-scores': YES, 'kr-council-consultation': answered('consulted') },
      clause: 'pay-criteria-agreement',
      cites: ['wpa-art-20-1-8'],
    },
    {
      name: 'management will not say how far decisions are automated: Art. 37-2 applies if they are fully automated',
      category: 'scheduling',
      given: { 'automated-decisions': REFUSED },
      clause: 'human-review',
      cites: ['pipa-art-37-2-2', 'pipa-art-37-2-3'],
      citesNot: ['pipa-art-37-2-1'],
    },
    {
      name: 'a private employer without an impact assessment: no PIA duty (Art. 33 binds public institutions)',
      category: 'monitoring',
      given: { 'legal-basis': answered('contract'), 'impact-assessment': NO },
      clause: 'joint-impact-assessment',
      citesNot: ['pipa-art-33'],
    },
  ],
};

describeLayer(KR);

describe('what Korean law does not give', () => {
  const flow = composedWith(KR);

  it('the right to refuse (Art. 37-2(1)) is never a basis where the decision rests on consent, law or contract (trap 15)', () => {
    for (const ground of ['contract', 'law', 'consent']) {
      const clauses = clausesFor(flow, { category: 'performance', given: { 'automated-decisions': SOLELY, 'automated-decision-exception': answered(ground) } });
      expect(clauses.flatMap((clause) => clause.provisions), ground).not.toContain('pipa-art-37-2-1');
    }
  });

  it('a decision a person takes with the system\'s help is outside Art. 37-2: the explanation and the review are the clause\'s own', () => {
    const clauses = clausesFor(flow, { category: 'performance', given: { 'automated-decisions': answered('partly'), 'human-review': NO, 'logic-explanation': NO } });
    const cited = clauses.flatMap((clause) => clause.provisions);
    for (const id of ['pipa-art-37-2-1', 'pipa-art-37-2-2', 'pipa-art-37-2-3', 'pipa-art-37-2-4']) expect(cited, id).not.toContain(id);
    expect(clauses.map((clause) => clause.clauseId)).toEqual(expect.arrayContaining(['human-review', 'explanation-of-decisions']));
  });

  it('the council consults, it does not co-decide: a resolution is never a clause basis, and below 30 workers nothing of the Act is cited (trap 16)', () => {
    expect(flow.clauseRules.filter((rule) => rule.provisions.includes('wpa-art-20-2'))).toEqual([]);
    const clauses = clausesFor(flow, {
      category: 'performance',
      given: { 'kr-council-consultation': answered('fewer-than-30'), 'inactive-functions': YES, 'pay-linked-scores': YES, 'job-impact': YES },
    });
    expect(clauses.flatMap((clause) => clause.provisions).filter((id) => id.startsWith('wpa-'))).toEqual([]);
  });

  it('no privacy impact assessment duty for a private employer, and neither Art. 33 nor Art. 37-2(1) is cited in the letter as a duty (§5.4)', () => {
    const disclosing = flow.provisions.filter((provision) => provision.discloses).map((provision) => provision.id);
    expect(disclosing).not.toContain('pipa-art-33');
    expect(disclosing).not.toContain('pipa-art-37-2-1');
    const clauses = clausesFor(flow, { category: 'monitoring', given: { 'legal-basis': answered('public-task'), 'impact-assessment': NO } });
    expect(clauses.find((clause) => clause.clauseId === 'joint-impact-assessment')?.provisions).toContain('pipa-art-33');
  });

  it('the rules-of-employment route stands on its own, with or without a council (trap 17)', () => {
    const clauses = clausesFor(flow, {
      category: 'performance',
      given: { 'kr-council-consultation': answered('fewer-than-30'), 'kr-rules-of-employment': answered('not-obtained') },
    });
    const consultation = clauses.find((clause) => clause.clauseId === 'consultation');
    expect(consultation?.provisions).toContain('lsa-art-94');
    expect(consultation?.provisions).not.toContain('wpa-art-20-1-10');
  });
});
