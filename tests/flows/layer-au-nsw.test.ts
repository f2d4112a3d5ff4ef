import { describe, expect, it } from 'vitest';
import { AU_LAYER } from '../../flows/layers/au.ts';
import { AU_NSW_OVERLAY } from '../../flows/overlays/au-nsw.ts';
import { INFORMATION_CLAUSE_ID } from '../../src/engine/flow-types.ts';
import { clausesFor, composedWith, describeLayer, NO, REFUSED, YES, type LayerCase } from '../support/layer-suite.ts';

/** New South Wales, stacked on the Australian layer, from legal-verification-uk-us-ca-au-intl.md §4.2 and trap 21. */

const NOT_SURVEILLANCE = { 'nsw-surveillance-notice': { status: 'answered', choice: 'not-surveillance' } } as const;

const NSW_CASE: LayerCase = {
  layer: AU_NSW_OVERLAY,
  below: [AU_LAYER],
  hosts: { 'nsw-workplace-surveillance-act': 'legislation.nsw.gov.au' },
  flags: {
    'nsw-wsa-s-10': 'V',
    'nsw-wsa-s-11': 'V-sec',
    'nsw-wsa-s-12': 'V',
    'nsw-wsa-s-13': 'V-sec',
    'nsw-wsa-s-14': 'V-sec',
    'nsw-wsa-s-15': 'V-sec',
    'nsw-wsa-s-16': 'V-sec',
    'nsw-wsa-s-17': 'K',
    'nsw-wsa-s-18': 'V',
  },
  requirements: [
    {
      name: 'surveillance without the 14-day written notice (s. 10)',
      category: 'monitoring',
      given: { 'nsw-surveillance-notice': NO },
      clause: 'worker-notice-compliance',
      cites: ['nsw-wsa-s-10'],
    },
    {
      name: 'a notice that leaves out required items',
      category: 'performance',
      given: { 'nsw-surveillance-notice': { status: 'partly', choice: 'partly' } },
      clause: 'worker-notice-compliance',
      cites: ['nsw-wsa-s-10'],
    },
    {
      name: 'computer surveillance without a notified policy (s. 12)',
      category: 'generative-ai',
      given: { 'nsw-computer-surveillance-policy': NO },
      clause: 'worker-notice-compliance',
      cites: ['nsw-wsa-s-12'],
    },
    {
      name: 'the notice withheld: the letter asks for it as a duty (s. 10)',
      category: 'monitoring',
      given: { 'nsw-surveillance-notice': REFUSED },
      clause: INFORMATION_CLAUSE_ID,
      cites: ['nsw-wsa-s-10'],
    },
    {
      name: 'vehicle tracking: a visible notice on the vehicle (s. 13), no tracking off work (s. 16)',
      category: 'location',
      given: { 'nsw-surveillance-notice': YES },
      clause: 'no-off-duty-monitoring',
      cites: ['nsw-wsa-s-15', 'nsw-wsa-s-16'],
    },
    {
      name: 'covert use without a magistrate\'s authority',
      category: 'monitoring',
      given: { 'nsw-surveillance-notice': YES, 'nsw-covert-surveillance': { status: 'answered', choice: 'without-authority' } },
      clause: 'worker-notice-compliance',
      cites: ['nsw-wsa-s-10'],
    },
    {
      name: 'records used in discipline beyond the s. 18 purposes',
      category: 'monitoring',
      given: { 'secondary-uses': YES },
      clause: 'purpose-limitation',
      cites: ['nsw-wsa-s-18'],
    },
    {
      name: 'management says the system does not watch employees: the union\'s agreement is the route (s. 14)',
      category: 'monitoring',
      given: NOT_SURVEILLANCE,
      clause: 'consultation',
      cites: ['nsw-wsa-s-14'],
    },
    {
      name: 'a hiring system: the Act\'s notices are not asked, no s. 10 basis',
      category: 'hiring',
      given: { 'worker-notice': NO },
      clause: 'worker-notice-compliance',
      citesNot: ['nsw-wsa-s-10', 'nsw-wsa-s-12'],
    },
  ],
};

describeLayer(NSW_CASE);

describe('what the NSW Workplace Surveillance Act does not give', () => {
  const flow = composedWith({ layer: AU_NSW_OVERLAY, below: [AU_LAYER] });

  it('it is a notice law: it gives no access, review or explanation right (trap 21)', () => {
    const nsw = new Set(AU_NSW_OVERLAY.provisions.map((provision) => provision.id));
    const clauses = flow.clauseRules.filter((rule) => rule.provisions.some((provision) => nsw.has(provision))).map((rule) => rule.clause);
    expect(clauses.filter((clause) => ['individual-access', 'human-review', 'explanation-of-decisions', 'joint-impact-assessment'].includes(clause))).toEqual([]);
  });

  it('it requires notice and a policy, not the union\'s agreement: s. 10 and s. 12 never back the consultation clause', () => {
    const consultation = flow.clauseRules.filter((rule) => rule.clause === 'consultation').flatMap((rule) => rule.provisions);
    expect(consultation).not.toContain('nsw-wsa-s-10');
    expect(consultation).not.toContain('nsw-wsa-s-12');
  });

  it('applicants are not employees at work: a hiring system cites none of the Act', () => {
    const hiring = clausesFor(flow, { category: 'hiring', given: { 'secondary-uses': YES, 'third-party-use': YES } });
    expect(hiring.flatMap((clause) => clause.provisions).filter((provision) => provision.startsWith('nsw-'))).toEqual([]);
  });

  it('the s. 17 blocking limb is marked as not re-read, and backs no clause', () => {
    expect(flow.provisions.find((provision) => provision.id === 'nsw-wsa-s-17')?.verification).toBe('known');
    expect(flow.clauseRules.filter((rule) => rule.provisions.includes('nsw-wsa-s-17'))).toEqual([]);
  });
});
