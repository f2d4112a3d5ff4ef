import { describe, expect, it } from 'vitest';
import { US_LAYER } from '../../flows/layers/us.ts';
import { US_CA_OVERLAY } from '../../flows/overlays/us-ca.ts';
import { composedWith, clausesFor, describeLayer, NO, REFUSED, UNKNOWN, type LayerCase } from '../support/layer-suite.ts';

/** California on the US federal layer: the CCPA/CPRA, the CPPA ADMT rules, the Labor and Penal Codes. */

const NOT_COVERED = { 'ccpa-covered-business': { status: 'answered', choice: 'not-covered' } } as const;
const SOLELY = { 'automated-decisions': { status: 'answered', choice: 'solely' } } as const;
const LEGINFO = 'leginfo.legislature.ca.gov';

const CA_CASE: LayerCase = {
  layer: US_CA_OVERLAY,
  below: [US_LAYER],
  hosts: { ccpa: LEGINFO, 'cppa-regulations': 'cppa.ca.gov', 'cal-labor-code': LEGINFO, 'cal-penal-code': LEGINFO },
  flags: {
    'ccpa-1798-145-m-4': 'V-sec',
    'ccpa-1798-100': 'K',
    'ccpa-1798-105': 'K',
    'ccpa-1798-106': 'K',
    'ccpa-1798-110': 'K',
    'ccpa-1798-115': 'K',
    'ccpa-1798-120': 'K',
    'ccpa-1798-121': 'K',
    'ccpa-1798-125-a-1-e': 'V',
    'ccpa-1798-130': 'K',
    'ccpa-1798-140-d': 'V-sec',
    'cppa-7063': 'K',
    'cppa-7001-e': 'V-sec',
    'cppa-7001-ddd-4': 'V-sec',
    'cppa-7200-b': 'V-sec',
    'cppa-7220': 'V-sec',
    'cppa-7221': 'V-sec',
    'cppa-7222': 'V-sec',
    'cppa-7150-b-3': 'V-sec',
    'cppa-7150-b-4': 'V-sec',
    'cal-lab-435': 'V',
    'cal-lab-1198-5': 'V-sec',
    'cal-pen-632': 'V-sec',
  },
  requirements: [
    {
      name: 'a worker cannot get their scores: the CCPA right to know, the union as authorised agent, personnel records',
      category: 'performance',
      given: { 'worker-access-requests': REFUSED },
      clause: 'individual-access',
      cites: ['ccpa-1798-110', 'cppa-7063', 'cal-lab-1198-5'],
    },
    {
      name: 'an employer below the CCPA thresholds: no CCPA basis, only the Labor Code',
      category: 'performance',
      given: { ...NOT_COVERED, 'worker-access-requests': REFUSED },
      clause: 'individual-access',
      cites: ['cal-lab-1198-5'],
      citesNot: ['ccpa-1798-110', 'ccpa-1798-115', 'cppa-7063'],
    },
    {
      name: 'an ADMT scheduling tool without a Pre-use Notice (§7220, from 2027)',
      category: 'scheduling',
      given: { ...SOLELY, 'ccpa-admt-pre-use-notice': NO },
      clause: 'worker-notice-compliance',
      cites: ['cppa-7220', 'cppa-7200-b'],
    },
    {
      name: 'an ADMT tool: access to its logic and key parameters (§7222)',
      category: 'hiring',
      given: { ...SOLELY, 'ccpa-admt-pre-use-notice': { status: 'answered', choice: 'in-preparation' } },
      clause: 'explanation-of-decisions',
      cites: ['cppa-7222'],
    },
    {
      name: 'the hiring exception claimed: the human decision is negotiated, on §7221 as far as it goes',
      category: 'hiring',
      given: { ...SOLELY, 'ccpa-admt-pre-use-notice': { status: 'answered', choice: 'notice-ready' }, 'ccpa-admt-opt-out': { status: 'answered', choice: 'exception-claimed' } },
      clause: 'human-review',
      cites: ['cppa-7221'],
    },
    {
      name: 'management says the tool is not ADMT: no ADMT basis (a person must really decide)',
      category: 'hiring',
      given: { ...SOLELY, 'ccpa-admt-pre-use-notice': { status: 'answered', choice: 'not-admt' } },
      clause: 'human-review',
      citesNot: ['cppa-7221', 'cppa-7222'],
    },
    {
      name: 'cameras in changing rooms are barred for every employer (Lab. Code §435)',
      category: 'monitoring',
      given: { ...NOT_COVERED, 'off-duty-collection': { status: 'answered', choice: 'yes' } },
      clause: 'no-off-duty-monitoring',
      cites: ['cal-lab-435'],
    },
    {
      name: 'union membership is sensitive personal information (§1798.121)',
      category: 'monitoring',
      given: { 'union-activity-tracking': UNKNOWN },
      clause: 'no-union-activity-profiling',
      cites: ['ccpa-1798-121', 'nlra-s-8-a-1'],
    },
    {
      name: 'no risk assessment for systematic observation of workers (§7150(b)(4))',
      category: 'monitoring',
      given: { 'impact-assessment': NO },
      clause: 'joint-impact-assessment',
      cites: ['cppa-7150-b-4'],
    },
    {
      name: 'no retaliation for using CCPA rights (§1798.125(a)(1)(E))',
      category: 'scheduling',
      given: {},
      clause: 'redress-no-retaliation',
      cites: ['ccpa-1798-125-a-1-e'],
    },
  ],
};

describeLayer(CA_CASE);

describe('what California law does not give (traps 9–10, SB 7 vetoed)', () => {
  const flow = composedWith(CA_CASE);

  it('a partly automated decision: no ADMT opt-out or appeal basis (real human involvement is not ADMT)', () => {
    const clauses = clausesFor(flow, {
      category: 'performance',
      given: { 'automated-decisions': { status: 'answered', choice: 'partly' }, 'human-review': NO, 'ccpa-admt-pre-use-notice': { status: 'answered', choice: 'not-admt' } },
    });
    expect(clauses.find((clause) => clause.clauseId === 'human-review')?.provisions).toEqual([]);
  });

  it('no bias-audit duty: the Civil Rights Council rules are not cited', () => {
    expect(flow.clauseRules.find((rule) => rule.id === 'bias-audit')?.provisions).toEqual([]);
  });

  it('dates every ADMT duty from 1 January 2027, so that the letter does not cite them before', () => {
    for (const id of ['cppa-7200-b', 'cppa-7220', 'cppa-7221', 'cppa-7222']) {
      const provision = flow.provisions.find((candidate) => candidate.id === id);
      expect(provision?.appliesFrom, id).toBe('2027-01-01');
      expect(provision?.appliesFromUncertain, id).toBeUndefined();
    }
  });

  it('cites as duties to answer only the right to know, ADMT access and personnel records', () => {
    expect(US_CA_OVERLAY.provisions.filter((provision) => 'discloses' in provision).map((provision) => provision.id).sort()).toEqual([
      'cal-lab-1198-5',
      'ccpa-1798-110',
      'ccpa-1798-115',
      'cppa-7222',
    ]);
  });
});
