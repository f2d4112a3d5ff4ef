import { describe, expect, it } from 'vitest';
import { KE_LAYER } from '../../flows/layers/ke.ts';
import { composedWith, describeLayer, NO, REFUSED, YES } from '../support/layer-suite.ts';

/** Kenya: the Data Protection Act 2019 and its 2021 regulations, the Employment Act, the Constitution. */

const SOLELY = { status: 'answered', choice: 'solely' } as const;

describeLayer({
  layer: KE_LAYER,
  hosts: { 'ke-dpa': 'kenyalaw.org', 'ke-dpa-general-regulations': 'kenyalaw.org', 'ke-employment-act': 'kenyalaw.org', 'ke-constitution': 'kenyalaw.org', 'ke-ondieki-v-maeda': 'kenyalaw.org' },
  flags: {
    'ke-dpa-s-25': 'V',
    'ke-dpa-s-26': 'V',
    'ke-dpa-s-26-a': 'V',
    'ke-dpa-s-26-b': 'V',
    'ke-dpa-s-27-c': 'V',
    'ke-dpa-s-29': 'K',
    'ke-dpa-s-30': 'V',
    'ke-dpa-s-31': 'V',
    'ke-dpa-s-31-3': 'V',
    'ke-dpa-s-31-5': 'V',
    'ke-dpa-s-32': 'V',
    'ke-dpa-s-35-1-2': 'K',
    'ke-dpa-s-35-3-4': 'V',
    'ke-dpa-s-35-5': 'V',
    'ke-dpa-s-36': 'V',
    'ke-dpa-s-37-1': 'V',
    'ke-dpa-s-38': 'K',
    'ke-dpa-s-39': 'K',
    'ke-dpa-s-40': 'K',
    'ke-dpa-s-41': 'K',
    'ke-dpa-s-43': 'K',
    'ke-dpa-s-48': 'V-sec',
    'ke-dpa-s-49-1': 'V-sec',
    'ke-dpa-s-49-2-3': 'V',
    'ke-dpa-s-50': 'V',
    // The ODPC row's [V] is for the Office's existence; s. 56 itself was not read.
    'ke-dpa-s-56': 'K',
    'ke-dpa-regs-reg-9': 'V-sec',
    'ke-dpa-regs-reg-12': 'V-sec',
    // Heading [V], content [V-sec]: the content is what is cited.
    'ke-dpa-regs-reg-22': 'V-sec',
    'ke-dpa-regs-reg-40': 'V',
    'ke-employment-act-s-40-1': 'V-sec',
    'ke-constitution-art-31': 'V',
    'ke-constitution-art-41': 'K',
    'ke-ondieki-v-maeda-2023': 'V-sec',
  },
  requirements: [
    {
      name: 'a decision taken by the system alone: the right not to be subject to it, notice and reconsideration (s. 35)',
      category: 'performance',
      given: { 'automated-decisions': SOLELY },
      clause: 'human-review',
      cites: ['ke-dpa-s-35-1-2', 'ke-dpa-s-35-3-4'],
    },
    {
      name: 'no explanation of the logic: no right in law, negotiate it (trap 8)',
      category: 'hiring',
      given: { 'automated-decisions': SOLELY, 'logic-explanation': NO },
      clause: 'explanation-of-decisions',
      citesNot: ['ke-dpa-s-35-1-2', 'ke-dpa-s-35-3-4', 'ke-dpa-regs-reg-22'],
    },
    {
      name: 'the DPIA report not sent to the Data Commissioner 60 days ahead (s. 31(5))',
      category: 'monitoring',
      given: { 'impact-assessment': YES, 'ke-dpia-submitted': { status: 'answered', choice: 'not-submitted' } },
      clause: 'joint-impact-assessment',
      cites: ['ke-dpa-s-31-5', 'ke-dpa-s-31'],
    },
    {
      name: 'no duty to consult on monitoring or AI: the consultation clause has no basis',
      category: 'monitoring',
      given: { consultation: NO },
      clause: 'consultation',
      citesNot: ['ke-constitution-art-41', 'ke-dpa-s-31', 'ke-employment-act-s-40-1'],
    },
    {
      name: 'the DPIA withheld from the union: no right to it, collective access has no basis',
      category: 'monitoring',
      given: { 'impact-assessment': YES, 'impact-assessment-shared': NO },
      clause: 'collective-access',
      citesNot: ['ke-dpa-s-31', 'ke-dpa-s-31-5'],
    },
    {
      name: 'biometric data sent abroad without the workers\' consent (s. 49(1))',
      category: 'biometrics',
      given: {
        'special-category-data': YES,
        'cross-border-transfers': YES,
        'ke-sensitive-transfer-consent': { status: 'answered', choice: 'safeguards-only' },
      },
      clause: 'cross-border-transfers',
      cites: ['ke-dpa-s-49-1', 'ke-dpa-s-48'],
    },
    {
      name: 'posts to go without the month\'s notice to the union (Employment Act s. 40(1))',
      category: 'scheduling',
      given: { 'job-impact': YES, 'ke-redundancy-notice': { status: 'answered', choice: 'not-notified' } },
      clause: 'job-security',
      cites: ['ke-employment-act-s-40-1'],
    },
    {
      name: 'no redundancy: the Employment Act gives no basis for the job-security clause',
      category: 'scheduling',
      given: { 'job-impact': YES, 'ke-redundancy-notice': { status: 'answered', choice: 'no-redundancy' } },
      clause: 'job-security',
      citesNot: ['ke-employment-act-s-40-1'],
    },
    {
      name: 'requests filed by the union with members\' written authority refused (s. 27(c))',
      category: 'performance',
      given: { 'ke-union-authorised-requests': REFUSED },
      clause: 'individual-access',
      cites: ['ke-dpa-s-27-c', 'ke-dpa-regs-reg-9'],
    },
    {
      name: 'workers not told before collection (s. 29)',
      category: 'monitoring',
      given: { 'worker-notice': NO },
      clause: 'worker-notice-compliance',
      cites: ['ke-dpa-s-29'],
    },
    {
      name: 'an untested system that decides alone: reg. 22 checks for bias',
      category: 'hiring',
      given: { 'automated-decisions': SOLELY, 'bias-testing': NO },
      clause: 'bias-audit',
      cites: ['ke-dpa-regs-reg-22'],
    },
    {
      name: 'an untested system that only recommends: reg. 22 does not reach it',
      category: 'hiring',
      given: { 'automated-decisions': { status: 'answered', choice: 'partly' }, 'bias-testing': NO },
      clause: 'bias-audit',
      citesNot: ['ke-dpa-regs-reg-22'],
    },
  ],
});

describe('what the Kenyan Data Protection Act does not give', () => {
  const flow = composedWith({ layer: KE_LAYER });
  const citing = (prefix: string) => flow.clauseRules.filter((rule) => rule.provisions.some((id) => id.startsWith(prefix)));

  it('s. 31 is the DPIA and s. 35 the automated decision: neither stands in for the other (trap 10)', () => {
    expect(citing('ke-dpa-s-31').map((rule) => rule.clause).filter((clause) => clause !== 'joint-impact-assessment')).toEqual([]);
    expect(citing('ke-dpa-s-35').map((rule) => rule.clause).filter((clause) => !['human-review', 'bias-audit'].includes(clause))).toEqual([]);
  });

  it('s. 35 gives notice and reconsideration, not an explanation (trap 8, §2.3)', () => {
    expect(flow.clauseRules.filter((rule) => rule.clause === 'explanation-of-decisions').flatMap((rule) => rule.provisions)).toEqual([]);
  });

  it('s. 37 is commercial use: cited only against the sale or re-use of workers\' data (trap 11)', () => {
    expect(citing('ke-dpa-s-37').map((rule) => rule.clause)).toEqual(['no-sale-no-training']);
  });

  it('no duty to consult, and no disclosure duty to the union: those clauses create the right (§2.3)', () => {
    for (const clause of ['consultation', 'collective-access', 'union-expert']) {
      expect(flow.clauseRules.filter((rule) => rule.clause === clause).flatMap((rule) => rule.provisions), clause).toEqual([]);
    }
  });

  it('the letter cites as a duty only what the notes let it cite (§2.4)', () => {
    const duties = flow.provisions.filter((provision) => provision.discloses).map((provision) => provision.id);
    expect(duties.sort()).toEqual(
      ['ke-dpa-s-26-a', 'ke-dpa-s-26-b', 'ke-dpa-s-29', 'ke-dpa-s-35-3-4', 'ke-dpa-s-36', 'ke-dpa-s-40', 'ke-dpa-regs-reg-9', 'ke-dpa-regs-reg-12'].sort(),
    );
  });
});
