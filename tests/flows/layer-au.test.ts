import { describe, expect, it } from 'vitest';
import { AU_LAYER } from '../../flows/layers/au.ts';
import { INFORMATION_CLAUSE_ID, type SystemCategory } from '../../src/engine/flow-types.ts';
import { clausesFor, composedWith, describeLayer, NO, REFUSED, YES, type LayerCase } from '../support/layer-suite.ts';

/** Australia (Commonwealth), from legal-verification-uk-us-ca-au-intl.md §4, §6.4 and traps 19, 20, 22. */

const REGISTER = 'www.legislation.gov.au';
const EMPLOYEES_ONLY = { 'au-whose-data': { status: 'answered', choice: 'current-employees' } } as const;
const AGREEMENT = { 'au-industrial-instrument': { status: 'answered', choice: 'enterprise-agreement' } } as const;
const PRIVACY_BASES = ['privacy-act-s-7b-3', 'app-3-3', 'app-12', 'app-1-7-1-9'];

export const AU_CASE: LayerCase = {
  layer: AU_LAYER,
  hosts: {
    'privacy-act': REGISTER,
    'fair-work-act': REGISTER,
    'fair-work-regulations': REGISTER,
    'whs-act': REGISTER,
    'lee-v-superior-wood': 'www.fwc.gov.au',
  },
  flags: {
    'privacy-act-s-7b-3': 'V-sec',
    'privacy-act-s-6d': 'V-sec',
    'privacy-act-sch-2': 'V-sec',
    'app-3-3': 'V-sec',
    // Cited in §4.4(c) without a row of its own: standard content.
    'app-12': 'K',
    'app-1-7-1-9': 'V-sec',
    'fair-work-act-s-205': 'V',
    'fair-work-act-s-145a': 'V',
    // Text [V] on a mirror, but where the model term now sits is open [?]: the pinpoint is uncertain.
    'fair-work-regulations-sch-2-3': '?',
    'fair-work-regulations-reg-3-42': 'V-sec',
    'fair-work-regulations-reg-3-43': 'V',
    'whs-act-ss-47-49': 'V-sec',
    'lee-v-superior-wood-2019': 'V',
  },
  requirements: [
    {
      name: 'current employees of a private employer: no access right in privacy law, negotiate it (s. 7B(3))',
      category: 'performance',
      given: { ...EMPLOYEES_ONLY, 'inferences-profiles': YES },
      clause: 'individual-access',
      citesNot: PRIVACY_BASES,
    },
    {
      name: 'current employees: no right to an explanation; APP 1.7 is a policy statement (trap 20)',
      category: 'performance',
      given: { ...EMPLOYEES_ONLY, 'automated-decisions': { status: 'answered', choice: 'partly' }, 'logic-explanation': NO },
      clause: 'explanation-of-decisions',
      citesNot: PRIVACY_BASES,
    },
    {
      name: 'a hiring system: applicants are not covered by the exemption, APP 12 access',
      category: 'hiring',
      given: { 'inferences-profiles': YES },
      clause: 'individual-access',
      cites: ['app-12'],
    },
    {
      name: 'a small business: outside the Act, even for applicants (s. 6D)',
      category: 'hiring',
      given: { 'au-employer-coverage': { status: 'answered', choice: 'private-small' }, 'inferences-profiles': YES },
      clause: 'individual-access',
      citesNot: ['app-12'],
    },
    {
      name: 'new fingerprint templates for current staff: consent under APP 3.3 (Lee)',
      category: 'biometrics',
      given: { ...EMPLOYEES_ONLY, 'au-new-collection': { status: 'answered', choice: 'new-collection' } },
      clause: 'special-category-safeguards',
      cites: ['app-3-3', 'lee-v-superior-wood-2019'],
    },
    {
      name: 'biometric records already held for current staff: exempt, no APP basis',
      category: 'biometrics',
      given: { ...EMPLOYEES_ONLY, 'au-new-collection': { status: 'answered', choice: 'already-held' } },
      clause: 'special-category-safeguards',
      citesNot: ['app-3-3', 'lee-v-superior-wood-2019'],
    },
    {
      name: 'an enterprise agreement, no consultation on the change: s. 205 and the model term',
      category: 'monitoring',
      given: { ...AGREEMENT, 'au-major-change-consultation': NO },
      clause: 'consultation',
      cites: ['fair-work-act-s-205', 'fair-work-regulations-sch-2-3'],
    },
    {
      name: 'award-free workers: no consultation term to cite',
      category: 'monitoring',
      given: { consultation: NO, 'au-industrial-instrument': { status: 'answered', choice: 'award-free' } },
      clause: 'consultation',
      citesNot: ['fair-work-act-s-205', 'fair-work-regulations-sch-2-3', 'fair-work-act-s-145a'],
    },
    {
      name: 'a rostering system under an award: roster consultation (s. 145A)',
      category: 'scheduling',
      given: { 'au-industrial-instrument': { status: 'answered', choice: 'modern-award' } },
      clause: 'consultation',
      cites: ['fair-work-act-s-145a'],
    },
    {
      name: 'algorithmic pace targets: WHS consultation (ss. 47–49)',
      category: 'scheduling',
      given: { 'work-pace-targets': YES },
      clause: 'health-safety-intensity',
      cites: ['whs-act-ss-47-49'],
    },
    {
      name: 'access refused for current staff: the letter cites their time-and-wages records (reg. 3.42), never APP 12',
      category: 'scheduling',
      given: { ...EMPLOYEES_ONLY, 'worker-access-requests': REFUSED },
      clause: INFORMATION_CLAUSE_ID,
      cites: ['fair-work-regulations-reg-3-42'],
      citesNot: ['app-12'],
    },
    {
      name: 'the consultation refused under an agreement: the letter cites the term as a duty',
      category: 'monitoring',
      given: { ...AGREEMENT, 'au-major-change-consultation': REFUSED },
      clause: INFORMATION_CLAUSE_ID,
      cites: ['fair-work-act-s-205', 'fair-work-regulations-sch-2-3'],
    },
  ],
};

describeLayer(AU_CASE);

describe('what Australian law does not give', () => {
  const flow = composedWith({ layer: AU_LAYER });

  it('no core rule rests on the Privacy Act for current employees: notice, access, correction, purpose, retention, review (s. 7B(3))', () => {
    const privacy = new Set(AU_LAYER.provisions.filter((provision) => provision.instrument === 'privacy-act').map((provision) => provision.id));
    const grounded = Object.entries(AU_LAYER.ruleBases).filter(([, provisions]) => provisions.some((provision) => privacy.has(provision) && provision !== 'privacy-act-sch-2'));
    expect(grounded).toEqual([]);
  });

  it('APP 1.7 is never the basis of a clause and never obliges an answer (trap 20)', () => {
    expect(flow.clauseRules.filter((rule) => rule.provisions.includes('app-1-7-1-9'))).toEqual([]);
    expect(flow.provisions.find((provision) => provision.id === 'app-1-7-1-9')?.discloses).toBeUndefined();
  });

  it('APP 1.7 applies from 10 December 2026, a date only reported', () => {
    const app17 = flow.provisions.find((provision) => provision.id === 'app-1-7-1-9');
    expect(app17?.appliesFrom).toBe('2026-12-10');
    expect(app17?.appliesFromUncertain).toBe(true);
  });

  it('the statutory tort is a remedy, not an information right, and not a ban on monitoring (trap 20)', () => {
    expect(flow.provisions.find((provision) => provision.id === 'privacy-act-sch-2')?.discloses).toBeUndefined();
    expect(flow.clauseRules.filter((rule) => rule.provisions.includes('privacy-act-sch-2')).map((rule) => rule.clause)).toEqual(['redress-no-retaliation']);
  });

  it('human review, explanation, impact assessment and bias audit have no basis at all (§4.4(b))', () => {
    const none = flow.clauseRules.filter((rule) => ['human-review', 'explanation-of-decisions', 'joint-impact-assessment', 'bias-audit'].includes(rule.clause));
    expect(none.flatMap((rule) => rule.provisions)).toEqual([]);
  });

  it('the consultation term gives consultation, never agreement on pay or a ban: it backs only consultation, notice, information and job security (trap 22)', () => {
    const term = flow.clauseRules.filter((rule) => rule.provisions.includes('fair-work-regulations-sch-2-3')).map((rule) => rule.clause);
    expect([...new Set(term)].sort()).toEqual(['advance-notice', 'collective-access', 'consultation', 'job-security']);
  });

  const letterBasis = (category: SystemCategory, given: Parameters<typeof clausesFor>[1]['given']) =>
    clausesFor(flow, { category, given }).find((clause) => clause.clauseId === INFORMATION_CLAUSE_ID)?.provisions ?? [];

  it('applicants are not employees: a hiring system\'s access gap cites APP 12, not the Fair Work records rule', () => {
    const basis = letterBasis('hiring', { 'worker-access-requests': REFUSED });
    expect(basis).toContain('app-12');
    expect(basis).not.toContain('fair-work-regulations-reg-3-42');
  });

  it('monitoring data is not a time-and-wages record: a camera system\'s access gap does not cite reg. 3.42', () => {
    expect(letterBasis('monitoring', { 'worker-access-requests': REFUSED, 'pay-linked-scores': NO })).not.toContain('fair-work-regulations-reg-3-42');
  });

  it('award-free workers: no consultation term is cited as obliging an answer', () => {
    const basis = letterBasis('monitoring', { 'union-information': REFUSED, 'au-industrial-instrument': { status: 'answered', choice: 'award-free' } });
    expect(basis).not.toContain('fair-work-act-s-205');
    expect(basis).not.toContain('fair-work-regulations-sch-2-3');
  });

  it('under a modern award the agreement\'s s. 205 and the model term are not cited; s. 145A is, for rosters only', () => {
    const award = { consultation: REFUSED, 'au-industrial-instrument': { status: 'answered', choice: 'modern-award' } } as const;
    const rosters = letterBasis('scheduling', award);
    expect(rosters).toContain('fair-work-act-s-145a');
    expect(rosters).not.toContain('fair-work-act-s-205');
    expect(letterBasis('monitoring', award)).not.toContain('fair-work-act-s-145a');
  });

  it('time-and-wages records are not monitoring data: reg. 3.42 never backs a clause on scores alone', () => {
    const rule = flow.clauseRules.find((candidate) => candidate.id === 'au-individual-access-time-records');
    expect(JSON.stringify(rule?.when)).not.toContain('inferences-profiles');
  });
});
