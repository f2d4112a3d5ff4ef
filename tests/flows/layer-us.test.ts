import { describe, expect, it } from 'vitest';
import { US_LAYER } from '../../flows/layers/us.ts';
import { composedWith, clausesFor, describeLayer, NO, REFUSED, YES, type LayerCase } from '../support/layer-suite.ts';

/** The United States federal layer: the NLRA duty to bargain and to furnish information. */

const NOT_RECOGNISED = { 'union-recognised': { status: 'answered', choice: 'not-yet' } } as const;
const RECOGNISED = { 'union-recognised': { status: 'answered', choice: 'certified-or-recognised' } } as const;

export const US_CASE: LayerCase = {
  layer: US_LAYER,
  hosts: {
    nlra: 'uscode.house.gov',
    lmra: 'uscode.house.gov',
    truitt: 'uscode.house.gov',
    'acme-industrial': 'uscode.house.gov',
    'detroit-edison': 'uscode.house.gov',
    katz: 'uscode.house.gov',
    'first-national-maintenance': 'uscode.house.gov',
    'brewers-maltsters': 'uscode.house.gov',
    'colgate-palmolive': 'www.nlrb.gov',
    'anheuser-busch': 'www.nlrb.gov',
  },
  flags: {
    'nlra-s-7': 'V',
    'nlra-s-8-a-1': 'K',
    'nlra-s-8-a-5': 'K',
    'nlra-s-8-d': 'V-sec',
    'lmra-s-301': 'V-sec',
    truitt: 'V-sec',
    'acme-industrial': 'V-sec',
    'brewers-maltsters': 'V-sec',
    'detroit-edison': 'K',
    'colgate-palmolive': 'V-sec',
    'anheuser-busch': 'V',
    katz: 'K',
    'first-national-maintenance': 'K',
  },
  requirements: [
    {
      name: 'a recognised union, management refuses the data categories: the duty to furnish information (Truitt, Acme)',
      category: 'monitoring',
      given: { ...RECOGNISED, 'data-categories': REFUSED },
      clause: 'information-disclosure',
      cites: ['nlra-s-8-a-5', 'truitt', 'acme-industrial'],
    },
    {
      name: 'no recognised union yet: no NLRA duty cited for the same refusal (trap 7)',
      category: 'monitoring',
      given: { ...NOT_RECOGNISED, 'data-categories': REFUSED },
      clause: 'information-disclosure',
      citesNot: ['nlra-s-8-a-5', 'nlra-s-8-d', 'truitt', 'acme-industrial'],
    },
    {
      name: 'a system introduced without bargaining: no unilateral change (Katz)',
      category: 'performance',
      given: { ...RECOGNISED, 'nlra-bargain-before-change': NO },
      clause: 'consultation',
      cites: ['nlra-s-8-a-5', 'nlra-s-8-d', 'katz'],
    },
    {
      name: 'cameras installed without notice: notice and bargaining first (Anheuser-Busch)',
      category: 'monitoring',
      given: { ...RECOGNISED, 'nlra-bargain-before-change': NO },
      clause: 'advance-notice',
      cites: ['katz', 'anheuser-busch'],
    },
    {
      name: 'an information request answered late or in part (Brewers & Maltsters)',
      category: 'scheduling',
      given: { ...RECOGNISED, 'nlra-information-request': { status: 'answered', choice: 'answered-in-part' } },
      clause: 'collective-access',
      cites: ['truitt', 'acme-industrial', 'brewers-maltsters'],
    },
    {
      name: 'confidentiality used as a blanket refusal: accommodation, anonymised data (Acme, Detroit Edison)',
      category: 'hiring',
      given: { ...RECOGNISED, 'nlra-confidentiality-claim': { status: 'answered', choice: 'blanket-refusal' } },
      clause: 'collective-access',
      cites: ['acme-industrial', 'detroit-edison'],
    },
    {
      name: 'no recognised union: collective access has no basis, negotiate it',
      category: 'performance',
      given: { ...NOT_RECOGNISED, 'union-information': NO },
      clause: 'collective-access',
      citesNot: ['nlra-s-8-a-5', 'truitt', 'acme-industrial'],
    },
    {
      name: 'surveillance of union activity is unlawful with or without a union (s. 7, s. 8(a)(1))',
      category: 'monitoring',
      given: { ...NOT_RECOGNISED, 'union-activity-tracking': YES },
      clause: 'no-union-activity-profiling',
      cites: ['nlra-s-7', 'nlra-s-8-a-1'],
    },
    {
      name: 'scores that set pay are a mandatory subject (s. 8(d))',
      category: 'performance',
      given: { ...RECOGNISED, 'pay-linked-scores': YES },
      clause: 'pay-criteria-agreement',
      cites: ['nlra-s-8-d'],
    },
    {
      name: 'jobs cut by the system: the effects are bargained (First National Maintenance)',
      category: 'scheduling',
      given: { ...RECOGNISED, 'job-impact': YES },
      clause: 'job-security',
      cites: ['first-national-maintenance'],
    },
  ],
};

describeLayer(US_CASE);

describe('what federal US law does not give (§2.6 (b), traps 7–8)', () => {
  const flow = composedWith(US_CASE);
  const basisOf = (ruleId: string) => flow.clauseRules.find((rule) => rule.id === ruleId)?.provisions;

  it.each(['human-review-solely', 'human-review-partly', 'human-review-undisclosed', 'explanation-of-decisions', 'individual-access', 'retention-deletion', 'bias-audit', 'worker-notice-compliance', 'data-minimisation', 'joint-impact-assessment'])(
    'no federal basis for %s: the clause creates the right',
    (ruleId) => {
      expect(basisOf(ruleId)).toEqual([]);
    },
  );

  it('a solely automated dismissal decision: human review cites nothing (no federal right)', () => {
    const clauses = clausesFor(flow, { category: 'performance', given: { ...RECOGNISED, 'automated-decisions': { status: 'answered', choice: 'solely' } } });
    expect(clauses.find((clause) => clause.clauseId === 'human-review')?.provisions).toEqual([]);
  });

  it('does not cite the rescinded GC Memo 23-02', () => {
    expect(US_LAYER.provisions.map((provision) => provision.id).join(' ')).not.toMatch(/memo|gc-23/);
  });

  it('gives every bargaining provision the recognised-union condition, and the s. 7 protections none', () => {
    for (const provision of US_LAYER.provisions) {
      const conditional = 'appliesIf' in provision;
      expect(conditional, provision.id).toBe(!['nlra-s-7', 'nlra-s-8-a-1'].includes(provision.id));
    }
  });

  it('cites as a duty to answer only s. 8(a)(5), s. 8(d), Truitt and Acme', () => {
    expect(US_LAYER.provisions.filter((provision) => 'discloses' in provision).map((provision) => provision.id).sort()).toEqual(['acme-industrial', 'nlra-s-8-a-5', 'nlra-s-8-d', 'truitt']);
  });
});
