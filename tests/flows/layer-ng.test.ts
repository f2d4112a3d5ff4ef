import { describe, expect, it } from 'vitest';
import { NG_LAYER } from '../../flows/layers/ng.ts';
import { readLocale } from '../support/locales.ts';
import { composedWith, describeLayer, NO, REFUSED, YES } from '../support/layer-suite.ts';

/** Nigeria: the Nigeria Data Protection Act 2023, the NDPC's GAID 2025 and the Labour Act. */

const answered = (choice: string) => ({ status: 'answered', choice }) as const;

describeLayer({
  layer: NG_LAYER,
  hosts: { 'ng-ndpa': 'ndpc.gov.ng', 'ng-gaid': 'ndpc.gov.ng', 'ng-labour-act': 'labour.gov.ng' },
  flags: {
    'ng-ndpa-s-24': 'K',
    'ng-ndpa-s-25': 'V-sec',
    'ng-ndpa-s-26': 'K',
    'ng-ndpa-s-27': 'V-sec',
    'ng-ndpa-s-28': 'V-sec',
    'ng-ndpa-s-30': 'V-sec',
    'ng-ndpa-s-34': 'V-sec',
    'ng-ndpa-s-35': 'K',
    'ng-ndpa-s-36': 'V',
    'ng-ndpa-s-37-1-2': 'V',
    'ng-ndpa-s-37-3': 'V',
    'ng-ndpa-s-38': 'K',
    'ng-ndpa-s-39': 'K',
    'ng-ndpa-s-40': 'V',
    'ng-ndpa-ss-41-43': 'K',
    // Named in the s. 30 row as the definition of sensitive data: "definition [K]".
    'ng-ndpa-s-65': 'K',
    'ng-gaid-art-3-3': 'V-sec',
    'ng-labour-act-s-9-6': 'V-sec',
    'ng-labour-act-s-20': 'K',
  },
  requirements: [
    {
      name: 'a decision taken alone under a law: the s. 37(3) safeguards hold whatever the exception (trap 14)',
      category: 'scheduling',
      given: { 'automated-decisions': answered('solely'), 'automated-decision-exception': answered('law'), 'ng-automated-safeguards': answered('none') },
      clause: 'human-review',
      cites: ['ng-ndpa-s-37-3', 'ng-ndpa-s-37-1-2'],
    },
    {
      name: 'no explanation of the logic: no right in law, negotiate it (§3.3)',
      category: 'hiring',
      given: { 'automated-decisions': answered('solely'), 'logic-explanation': NO },
      clause: 'explanation-of-decisions',
      citesNot: ['ng-ndpa-s-37-3', 'ng-ndpa-s-34', 'ng-ndpa-s-37-1-2'],
    },
    {
      name: 'legitimate interest without a balancing record: the objection procedure (ss. 25, 36)',
      category: 'monitoring',
      given: { 'legal-basis': answered('legitimate-interests'), 'ng-legitimate-interest-balancing': REFUSED },
      clause: 'objection-procedure',
      cites: ['ng-ndpa-s-36', 'ng-ndpa-s-25'],
    },
    {
      name: 'union activity visible in the data: sensitive data and the Labour Act s. 9(6)',
      category: 'monitoring',
      given: { 'union-activity-tracking': YES },
      clause: 'no-union-activity-profiling',
      cites: ['ng-ndpa-s-30', 'ng-ndpa-s-65', 'ng-labour-act-s-9-6'],
    },
    {
      name: 'no data privacy impact assessment (s. 28)',
      category: 'generative-ai',
      given: { 'impact-assessment': NO },
      clause: 'joint-impact-assessment',
      cites: ['ng-ndpa-s-28'],
    },
    {
      name: 'the assessment withheld from the union: no right to it, collective access has no basis',
      category: 'performance',
      given: { 'impact-assessment': YES, 'impact-assessment-shared': NO },
      clause: 'collective-access',
      citesNot: ['ng-ndpa-s-28', 'ng-ndpa-s-34'],
    },
    {
      name: 'posts to go and the union not informed (Labour Act s. 20)',
      category: 'scheduling',
      given: { 'job-impact': YES, 'ng-redundancy-information': answered('not-informed') },
      clause: 'job-security',
      cites: ['ng-labour-act-s-20'],
    },
    {
      name: 'no redundancy: s. 20 is not cited for the changes to jobs',
      category: 'scheduling',
      given: { 'job-impact': YES, 'ng-redundancy-information': answered('no-redundancy') },
      clause: 'job-security',
      citesNot: ['ng-labour-act-s-20'],
    },
    {
      name: 'data sent abroad (ss. 41–43)',
      category: 'generative-ai',
      given: { 'cross-border-transfers': YES },
      clause: 'cross-border-transfers',
      cites: ['ng-ndpa-ss-41-43'],
    },
    {
      name: 'a breach: 72 hours to the Commission, nothing to the union by law (s. 40)',
      category: 'monitoring',
      given: {},
      clause: 'security-breach-notice',
      cites: ['ng-ndpa-s-40'],
    },
  ],
});

describe('what the Nigeria Data Protection Act does not give', () => {
  const flow = composedWith({ layer: NG_LAYER });

  it('the GAID, not the NDPR 2019, is the operative framework (trap 12)', () => {
    expect(flow.instruments.map((instrument) => instrument.id).filter((id) => id.includes('ndpr'))).toEqual([]);
  });

  it('says "data privacy impact assessment", the Act\'s own term (trap 13)', () => {
    const words = JSON.stringify(readLocale('en', 'law-ng'));
    expect(words).toContain('data privacy impact assessment');
    expect(words).not.toMatch(/data protection impact assessment/i);
  });

  it('no explanation right, no duty to consult, no collective right to information (§3.3)', () => {
    for (const clause of ['explanation-of-decisions', 'consultation', 'collective-access', 'union-expert']) {
      expect(flow.clauseRules.filter((rule) => rule.clause === clause).flatMap((rule) => rule.provisions), clause).toEqual([]);
    }
  });

  it('the letter cites as a duty only what the notes let it cite, never the DPIA copy or a breach (§3.4)', () => {
    const duties = flow.provisions.filter((provision) => provision.discloses).map((provision) => provision.id);
    expect(duties.sort()).toEqual(['ng-ndpa-s-27', 'ng-ndpa-s-34', 'ng-ndpa-s-36', 'ng-ndpa-s-37-3', 'ng-ndpa-s-38'].sort());
  });
});
