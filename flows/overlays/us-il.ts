/**
 * Illinois, stacked on the US federal layer: the Biometric Information Privacy Act (BIPA,
 * 740 ILCS 14), the Artificial Intelligence Video Interview Act (820 ILCS 42) and the Human Rights
 * Act's AI amendment (775 ILCS 5/2-102(L), P.A. 103-0804, in force 1 Jan 2026). Legal facts come
 * only from `shared/design/legal-verification-uk-us-ca-au-intl.md` §2.1 (LMRA), §2.4, §2.6, §6.2
 * and traps 13–14; flags map [V] → 'verified', [V-sec] → 'secondary', [K] → 'known',
 * [?] → 'uncertain'. Words: `locales/<lang>/law-us-il.json`. Ids are permanent.
 *
 * BIPA applies to biometric systems, unless management says no biometric data is held. For workers
 * covered by a collective agreement, BIPA claims are preempted by LMRA s. 301 (Walton): the dispute
 * goes to grievance and arbitration, so the biometric clause belongs in the agreement itself.
 * Walton applies where the union has not said it is not yet recognised. HB 3773 (the IHRA
 * amendment) demands notice and no discriminatory effect, not an audit (trap 14 and §2.6 (b)):
 * it is never a bias-audit basis. It is not the AI Video Interview Act either. The IDHR notice
 * rules were postponed in June 2026 and are not cited.
 *
 * Links: BIPA §15 and AIVIA §5 link to the ilga.gov pages the notes saw (§15 seen over http,
 * written with https); other sections link to each act's ilga.gov page. The notes give no page
 * for the Human Rights Act, only ilga.gov, nor an official page for Walton (read on justia.com):
 * the IHRA links to ilga.gov and Walton to BIPA, the act it construes.
 */
import type { Condition, Provision, Verification } from '../../src/engine/flow-types.ts';
import type { JurisdictionLayer } from '../../src/engine/layers.ts';
import { isOrOwed } from '../../src/engine/condition-builders.ts';
import { INFORMATION } from '../layers/us.ts';

const BIPA_URL = 'https://www.ilga.gov/legislation/ilcs/ilcs3.asp?ActID=3004';
const BIPA_S15_URL = 'https://ilga.gov/legislation/ilcs/fulltext.asp?DocName=074000140K15';
const AIVIA_URL = 'https://www.ilga.gov/legislation/ilcs/ilcs3.asp?ActID=4015';
const AIVIA_S5_URL = 'https://www.ilga.gov/legislation/ilcs/documents/082000420K5.htm';
const ILGA_URL = 'https://www.ilga.gov/';
const REVIEWED = '2026-12-02';

const BIOMETRIC_SYSTEM: Condition = { any: [{ category: ['biometrics'] }, { question: 'special-category-data', is: ['yes'] }] };
/** BIPA reaches the system, unless management says it holds no biometric identifier or information. */
const BIPA: Condition = { all: [BIOMETRIC_SYSTEM, { not: { question: 'bipa-retention-policy', is: ['no-biometric-data'] } }] };
/** A collective agreement covers the workers: the union is recognised, or has not said it is not (Walton). */
const BIPA_UNIONISED: Condition = { all: [BIPA, { not: { question: 'union-recognised', is: ['not-yet'] } }] };
/** The AI Video Interview Act reaches a hiring system, unless management says it uses no AI on recorded interviews. */
const AIVIA: Condition = { all: [{ category: ['hiring'] }, { not: { question: 'aivia-notice-consent', is: ['no-ai-video'] } }] };
const USES_AI: Condition = {
  any: [{ question: 'automated-decisions', is: ['solely', 'partly'] }, { question: 'inferences-profiles', is: ['yes'] }, { category: ['hiring', 'performance', 'scheduling'] }],
};
/** The IHRA amendment reaches AI used in employment decisions, unless management says the system uses none. */
const IHRA: Condition = { all: [USES_AI, { not: { question: 'ihra-ai-notice', is: ['no-ai'] } }] };

function provision(id: string, instrument: string, pinpoint: string, url: string, verification: Verification, appliesIf: Condition, extra: Partial<Provision> = {}): Provision {
  return { id, instrument, kind: 'section', pinpoint, url, verification, reviewed: REVIEWED, appliesIf, ...extra };
}

export const US_IL_OVERLAY = {
  id: 'us-il',
  extends: 'us',
  instruments: [
    { id: 'bipa', url: BIPA_URL },
    { id: 'aivia', url: AIVIA_URL },
    { id: 'ihra', url: ILGA_URL },
    { id: 'walton', url: BIPA_URL },
  ],
  provisions: [
    // ── BIPA ── The policy must already be public, so the letter can ask for it (§2.6 (c)).
    provision('bipa-15-a', 'bipa', '15(a)', BIPA_S15_URL, 'verified', BIPA, { discloses: true }),
    provision('bipa-15-b', 'bipa', '15(b)', BIPA_S15_URL, 'verified', BIPA),
    provision('bipa-15-c', 'bipa', '15(c)', BIPA_S15_URL, 'verified', BIPA),
    provision('bipa-15-d', 'bipa', '15(d)', BIPA_S15_URL, 'verified', BIPA),
    provision('bipa-15-e', 'bipa', '15(e)', BIPA_S15_URL, 'known', BIPA),
    // As amended by SB 2979 (2 Aug 2024): one recovery per person and method.
    provision('bipa-20', 'bipa', '20', BIPA_URL, 'secondary', BIPA),
    { id: 'walton', instrument: 'walton', kind: 'case', pinpoint: '2023 IL 128338', url: BIPA_URL, verification: 'verified', reviewed: REVIEWED, appliesIf: BIPA_UNIONISED },
    // ── AI Video Interview Act ──
    provision('aivia-5', 'aivia', '5', AIVIA_S5_URL, 'verified', AIVIA),
    provision('aivia-10', 'aivia', '10', AIVIA_URL, 'verified', AIVIA),
    provision('aivia-15', 'aivia', '15', AIVIA_URL, 'known', AIVIA),
    provision('aivia-20', 'aivia', '20', AIVIA_URL, 'known', AIVIA),
    // ── Human Rights Act, as amended by HB 3773 ──
    provision('ihra-2-102-l', 'ihra', '2-102(L)', ILGA_URL, 'secondary', IHRA),
  ],
  backing: {
    'special-category-data': ['bipa-15-b'],
    'special-category-basis': ['bipa-15-b'],
    'bipa-retention-policy': ['bipa-15-a', ...INFORMATION],
    'bipa-written-release': ['bipa-15-b', 'bipa-20', 'walton', ...INFORMATION],
    'emotion-recognition': ['aivia-5'],
    'aivia-notice-consent': ['aivia-5', 'aivia-20'],
    'bias-testing': ['ihra-2-102-l'],
    'ihra-ai-notice': ['ihra-2-102-l', ...INFORMATION],
    'internal-access': ['aivia-10'],
    'vendor-contract': ['bipa-15-d'],
    'third-party-use': ['bipa-15-c', 'bipa-15-d', 'aivia-10'],
    'breach-notice': ['bipa-15-e'],
    'retention-period': ['bipa-15-a', 'aivia-15'],
    'correction-deletion': ['aivia-15'],
    'leavers-data': ['bipa-15-a'],
  },
  addQuestions: [
    {
      // §2.6 (a) 3: the public retention and destruction policy.
      after: 'special-category-basis',
      question: { id: 'bipa-retention-policy', stage: 'collection', options: ['public', 'not-public', 'no-policy', 'no-biometric-data'], showIf: BIOMETRIC_SYSTEM },
    },
    {
      // §2.6 (a) 3: the written notice, purpose and term, and the written release, before any capture.
      after: 'bipa-retention-policy',
      question: { id: 'bipa-written-release', stage: 'collection', options: ['before-capture', 'after-capture', 'no-release'], showIf: BIPA },
    },
    {
      // §2.6 (a) 4: notice, explanation and consent before an AI-analysed video interview.
      after: 'emotion-recognition',
      question: { id: 'aivia-notice-consent', stage: 'analysis', options: ['yes', 'partly', 'no', 'no-ai-video'], showIf: { category: ['hiring'] } },
    },
    {
      // §2.6 (a) 4: the HB 3773 notice of AI use in employment decisions.
      after: 'job-impact',
      question: { id: 'ihra-ai-notice', stage: 'analysis', options: ['yes', 'no', 'no-ai'], showIf: USES_AI },
    },
  ],
  ruleBases: {
    // For unionised workers the biometric rules are enforced through the agreement (Walton): the clause puts them there.
    'special-category-safeguards': ['bipa-15-b', 'bipa-15-e', 'walton'],
    'no-sale-no-training': ['bipa-15-c', 'bipa-15-d', 'aivia-10'],
    'vendor-safeguards': ['bipa-15-d'],
    'retention-deletion': ['bipa-15-a', 'aivia-15'],
    'security-breach-notice': ['bipa-15-e'],
    'worker-notice-compliance': ['aivia-5', 'ihra-2-102-l'],
    'explanation-of-decisions': ['aivia-5'],
    // No bias-audit basis: HB 3773 forbids discriminatory effect and demands notice, not an audit.
  },
  addRules: [
    {
      id: 'il-bipa-release',
      clause: 'special-category-safeguards',
      when: isOrOwed('bipa-written-release', ['after-capture', 'no-release']),
      provisions: ['bipa-15-b', 'walton'],
    },
    {
      id: 'il-bipa-retention-policy',
      clause: 'retention-deletion',
      when: isOrOwed('bipa-retention-policy', ['not-public', 'no-policy']),
      provisions: ['bipa-15-a'],
      facts: { retention: 'retention-period' },
    },
    {
      id: 'il-aivia-notice-consent',
      clause: 'worker-notice-compliance',
      when: isOrOwed('aivia-notice-consent', ['partly', 'no']),
      provisions: ['aivia-5'],
    },
    {
      id: 'il-aivia-explanation',
      clause: 'explanation-of-decisions',
      when: isOrOwed('aivia-notice-consent', ['partly', 'no']),
      provisions: ['aivia-5'],
    },
    {
      id: 'il-ihra-ai-notice',
      clause: 'worker-notice-compliance',
      when: isOrOwed('ihra-ai-notice', ['no']),
      provisions: ['ihra-2-102-l'],
    },
  ],
  terms: ['biometric-identifier', 'written-release'],
} as const satisfies JurisdictionLayer;
