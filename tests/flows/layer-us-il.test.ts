import { describe, expect, it } from 'vitest';
import { US_LAYER } from '../../flows/layers/us.ts';
import { US_IL_OVERLAY } from '../../flows/overlays/us-il.ts';
import { composedWith, clausesFor, describeLayer, NO, REFUSED, YES, type LayerCase } from '../support/layer-suite.ts';

/** Illinois on the US federal layer: BIPA, the AI Video Interview Act and the Human Rights Act's AI amendment. */

const ILGA = ['www.ilga.gov', 'ilga.gov'] as const;
const NOT_RECOGNISED = { 'union-recognised': { status: 'answered', choice: 'not-yet' } } as const;
const NO_RELEASE = { 'bipa-written-release': { status: 'answered', choice: 'no-release' } } as const;

const IL_CASE: LayerCase = {
  layer: US_IL_OVERLAY,
  below: [US_LAYER],
  hosts: { bipa: ILGA, aivia: ILGA, ihra: ILGA, walton: ILGA },
  flags: {
    'bipa-15-a': 'V',
    'bipa-15-b': 'V',
    'bipa-15-c': 'V',
    'bipa-15-d': 'V',
    'bipa-15-e': 'K',
    'bipa-20': 'V-sec',
    walton: 'V',
    'aivia-5': 'V',
    'aivia-10': 'V',
    'aivia-15': 'K',
    'aivia-20': 'K',
    'ihra-2-102-l': 'V-sec',
  },
  requirements: [
    {
      name: 'a fingerprint clock with no written release before capture (§15(b)); for union members, in the agreement (Walton)',
      category: 'biometrics',
      given: NO_RELEASE,
      clause: 'special-category-safeguards',
      cites: ['bipa-15-b', 'walton'],
    },
    {
      name: 'no recognised union yet: §15(b) still binds, Walton does not',
      category: 'biometrics',
      given: { ...NOT_RECOGNISED, ...NO_RELEASE },
      clause: 'special-category-safeguards',
      cites: ['bipa-15-b'],
      citesNot: ['walton'],
    },
    {
      name: 'no public retention and destruction policy (§15(a))',
      category: 'biometrics',
      given: { 'bipa-retention-policy': { status: 'answered', choice: 'not-public' } },
      clause: 'retention-deletion',
      cites: ['bipa-15-a'],
    },
    {
      name: 'the policy refused: the letter cites §15(a), which makes it public',
      category: 'biometrics',
      given: { 'bipa-retention-policy': REFUSED },
      clause: 'information-disclosure',
      cites: ['bipa-15-a'],
    },
    {
      name: 'the release form refused: the union asks under the NLRA; §15(b) is no duty to answer the union',
      category: 'biometrics',
      given: { 'bipa-written-release': REFUSED },
      clause: 'information-disclosure',
      cites: ['nlra-s-8-a-5', 'truitt'],
      citesNot: ['bipa-15-b'],
    },
    {
      name: 'no biometric data held: BIPA is not cited',
      category: 'monitoring',
      given: { 'special-category-data': YES, 'bipa-retention-policy': { status: 'answered', choice: 'no-biometric-data' } },
      clause: 'special-category-safeguards',
      citesNot: ['bipa-15-b', 'bipa-15-e', 'walton'],
    },
    {
      name: 'biometric templates shared with the vendor: no sale, disclosure only with consent (§15(c)–(d))',
      category: 'biometrics',
      given: { 'third-party-use': YES },
      clause: 'no-sale-no-training',
      cites: ['bipa-15-c', 'bipa-15-d'],
    },
    {
      name: 'AI video interviews without notice and consent (AIVIA §5)',
      category: 'hiring',
      given: { 'aivia-notice-consent': NO },
      clause: 'worker-notice-compliance',
      cites: ['aivia-5'],
    },
    {
      name: 'AI video interviews: the explanation of how the AI works (AIVIA §5)',
      category: 'hiring',
      given: { 'aivia-notice-consent': { status: 'answered', choice: 'partly' } },
      clause: 'explanation-of-decisions',
      cites: ['aivia-5'],
    },
    {
      name: 'AI in promotion decisions without the HB 3773 notice (IHRA 2-102(L))',
      category: 'performance',
      given: { 'ihra-ai-notice': NO },
      clause: 'worker-notice-compliance',
      cites: ['ihra-2-102-l'],
    },
    {
      name: 'no bias testing: HB 3773 is no audit duty (trap 14)',
      category: 'hiring',
      given: { 'bias-testing': NO },
      clause: 'bias-audit',
      citesNot: ['ihra-2-102-l', 'aivia-5'],
    },
  ],
};

describeLayer(IL_CASE);

describe('what Illinois law does not give (traps 13–14)', () => {
  const flow = composedWith(IL_CASE);

  it('HB 3773 is not the AI Video Interview Act: a scheduling system is asked only the HB 3773 notice', () => {
    const clauses = clausesFor(flow, { category: 'scheduling', given: { 'worker-notice': NO } });
    const notice = clauses.find((clause) => clause.clauseId === 'worker-notice-compliance');
    expect(notice?.provisions).toContain('ihra-2-102-l');
    expect(notice?.provisions).not.toContain('aivia-5');
  });

  it('no human-review right in Illinois law', () => {
    const clauses = clausesFor(flow, { category: 'hiring', given: { 'automated-decisions': { status: 'answered', choice: 'solely' } } });
    expect(clauses.find((clause) => clause.clauseId === 'human-review')?.provisions).toEqual([]);
  });

  it('obliges an answer only on the §15(a) policy', () => {
    expect(US_IL_OVERLAY.provisions.filter((provision) => 'discloses' in provision).map((provision) => provision.id)).toEqual(['bipa-15-a']);
  });
});
