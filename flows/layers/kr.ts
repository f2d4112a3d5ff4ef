/**
 * South Korea: what the Personal Information Protection Act (PIPA, 개인정보 보호법), the Act on the
 * Promotion of Workers' Participation and Cooperation (근로자참여 및 협력증진에 관한 법률, "WPA") and
 * the Labor Standards Act (근로기준법, "LSA") Art. 94 change in the core checklist.
 *
 * Legal facts come only from `shared/design/legal-verification-br-ke-ng-in-kr-eu-national.md` §5,
 * §7.5 and §8 (traps 15–17), which correct `legal-research.md` §5.14. Flags map [V] → 'verified',
 * [V-sec] → 'secondary', [K] → 'known', [?] → 'uncertain' (the first flag of each row).
 * Words: `locales/<lang>/law-kr.json`. Ids are permanent.
 *
 * Links: the notes give law.go.kr (the Korean, authoritative text) as the official base of every
 * act, and say that no per-article anchor was tested and that the base itself was not opened.
 * Every provision therefore links to https://www.law.go.kr/ (cite "base link + article"). The
 * LSA has no link of its own in the notes: law.go.kr is the official database of all Korean
 * statutes and is used for it too. None of these links was opened for this layer.
 *
 * What the layer does with the notes:
 * - Art. 37-2 (in force since 15 March 2024, so no `appliesFrom`): the right to refuse a fully
 *   automated decision (37-2(1)) is excluded where the decision rests on consent, a law or the
 *   contract (Art. 15(1) items 1, 2, 4), which is most employment decisions (trap 15). It is
 *   cited only where management names no such ground. The explanation and review (37-2(2)–(3))
 *   and the published criteria (37-2(4)) apply whatever the ground, and lead.
 * - The council (노사협의회) consults; it does not co-decide, a resolution is optional, skipping
 *   consultation carries no penalty, and below 30 regular workers there is no council (trap 16).
 *   Every WPA provision therefore binds only while the workplace is not said to have fewer than
 *   30 regular workers (`appliesIf`, on this layer's council question); the consultation bases
 *   come with rules that hold only while the council was not consulted, and the clause secures
 *   by agreement what the law only expects.
 * - Art. 37-2 binds only fully automated decisions (`appliesIf`: not where management says a
 *   person decides); 37-2(1) only where no consent, law or contract ground is named.
 * - Art. 15(2) is the notice owed where consent is the ground (`appliesIf`).
 * - LSA Art. 94 (rules of employment, 취업규칙) is a separate, stronger route (trap 17).
 * - No privacy impact assessment duty for private employers (Art. 33 binds public institutions):
 *   it binds only where management says it processes as a public institution (`appliesIf`).
 * - Not in the notes, so not cited: PIPA's articles on retention, security, breach notification
 *   and transfers abroad, and Art. 35-2 (portability, staged; status [?]); the AI Basic Act [?].
 *   Those core rules keep no basis here: the footnote says the tool's provisions do not give the
 *   right and the clause creates it.
 * - `discloses` follows the letter's "can cite" list (§5.4) where the provision obliges the
 *   employer to give information: PIPA Art. 35 (access) and Art. 37-2(2), 37-2(4); WPA Art. 14
 *   (materials to the council's worker members); LSA Art. 94 (the majority's opinion or consent).
 *   Art. 36, 37 and WPA Art. 20 oblige the employer to act or consult, not to answer, and
 *   Art. 33 and 37-2(1) are on the "cannot cite" list.
 */
import type { Condition, Provision, Verification } from '../../src/engine/flow-types.ts';
import type { JurisdictionLayer } from '../../src/engine/layers.ts';
import { isOrGap, isOrOwed } from '../../src/engine/condition-builders.ts';

const LAW_GO_KR = 'https://www.law.go.kr/';
const REVIEWED = '2026-12-02';

type Extra = Partial<Pick<Provision, 'discloses' | 'appliesIf'>>;

function article(id: string, instrument: string, pinpoint: string, verification: Verification, extra: Extra = {}): Provision {
  return { id, instrument, kind: 'article', pinpoint, url: LAW_GO_KR, verification, reviewed: REVIEWED, ...extra };
}

const SOLELY: Condition = { question: 'automated-decisions', is: ['solely'] };
const PROFILES: Condition = { question: 'inferences-profiles', is: ['yes'] };
/** Art. 37-2 covers fully automated decisions: bound unless management says a person decides, or there are none. */
const FULLY_AUTOMATED: Condition = { not: { question: 'automated-decisions', is: ['partly', 'none'] } };
/** The right to refuse is excluded where the decision rests on consent, a law or the contract (Art. 15(1) items 1, 2, 4). */
const REFUSAL_AVAILABLE: Condition = { all: [FULLY_AUTOMATED, { not: { question: 'automated-decision-exception', is: ['contract', 'law', 'consent'] } }] };
/** Art. 15(2) is the notice owed when consent is the ground: bound unless management names another ground. */
const CONSENT_GROUND: Condition = { not: { question: 'legal-basis', is: ['contract', 'legal-obligation', 'legitimate-interests', 'public-task', 'other'] } };
/** Art. 33 binds public institutions: only where management says it processes as one. */
const PUBLIC_INSTITUTION: Condition = { question: 'legal-basis', is: ['public-task'] };
/** A council is required (30 or more regular workers), or at least nobody has said it is not. */
const COUNCIL: Condition = { not: { question: 'kr-council-consultation', is: ['fewer-than-30'] } };
const IN_COUNCIL = { appliesIf: COUNCIL } as const;
/** The council was not consulted, does not exist though it must, or management will not say. */
const COUNCIL_NOT_CONSULTED: Condition = isOrOwed('kr-council-consultation', ['not-consulted', 'no-council']);

export const KR_LAYER = {
  id: 'kr',
  instruments: [
    { id: 'pipa', url: LAW_GO_KR },
    { id: 'wpa', url: LAW_GO_KR },
    { id: 'lsa', url: LAW_GO_KR },
  ],
  provisions: [
    // ── PIPA ──────────────────────────────────────────────────────────────────
    article('pipa-art-15-1', 'pipa', '15(1)', 'verified'),
    article('pipa-art-15-2', 'pipa', '15(2)', 'verified', { appliesIf: CONSENT_GROUND }),
    article('pipa-art-17', 'pipa', '17', 'known'),
    // The controller's burden under Art. 22(3) and the PIPC's policy are [V-sec]; the article as a whole [V].
    article('pipa-art-22', 'pipa', '22', 'verified'),
    // Biometric data used to identify a person is sensitive by decree [K]; the article [V].
    article('pipa-art-23', 'pipa', '23', 'verified'),
    article('pipa-art-33', 'pipa', '33', 'known', { appliesIf: PUBLIC_INSTITUTION }),
    article('pipa-art-35', 'pipa', '35', 'known', { discloses: true }),
    article('pipa-art-36', 'pipa', '36', 'known'),
    article('pipa-art-37', 'pipa', '37', 'known'),
    article('pipa-art-37-2-1', 'pipa', '37-2(1)', 'verified', { appliesIf: REFUSAL_AVAILABLE }),
    article('pipa-art-37-2-2', 'pipa', '37-2(2)', 'verified', { discloses: true, appliesIf: FULLY_AUTOMATED }),
    article('pipa-art-37-2-3', 'pipa', '37-2(3)', 'verified', { appliesIf: FULLY_AUTOMATED }),
    article('pipa-art-37-2-4', 'pipa', '37-2(4)', 'verified', { discloses: true, appliesIf: FULLY_AUTOMATED }),
    // ── Workers' Participation Act: none of it binds below 30 regular workers (Art. 4, trap 16) ──
    article('wpa-art-4', 'wpa', '4', 'verified', IN_COUNCIL),
    // Heading read [V], content [K] (row "Art. 21, 22, 14").
    article('wpa-art-14', 'wpa', '14', 'known', { discloses: true, ...IN_COUNCIL }),
    article('wpa-art-20-1-2', 'wpa', '20(1) item 2', 'verified', IN_COUNCIL),
    article('wpa-art-20-1-5', 'wpa', '20(1) item 5', 'verified', IN_COUNCIL),
    article('wpa-art-20-1-8', 'wpa', '20(1) item 8', 'verified', IN_COUNCIL),
    article('wpa-art-20-1-9', 'wpa', '20(1) item 9', 'verified', IN_COUNCIL),
    article('wpa-art-20-1-10', 'wpa', '20(1) item 10', 'verified', IN_COUNCIL),
    article('wpa-art-20-1-14', 'wpa', '20(1) item 14', 'verified', IN_COUNCIL),
    article('wpa-art-20-2', 'wpa', '20(2)', 'verified', IN_COUNCIL),
    // ── Labor Standards Act ────────────────────────────────────────────────────
    article('lsa-art-94', 'lsa', '94', 'secondary', { discloses: true }),
  ],
  backing: {
    // ── Collection ──
    'data-categories': ['pipa-art-15-2', 'pipa-art-35'],
    purpose: ['pipa-art-15-1', 'pipa-art-15-2'],
    'special-category-data': ['pipa-art-23'],
    'special-category-basis': ['pipa-art-23', 'pipa-art-22'],
    'kr-sensitive-consent': ['pipa-art-23', 'pipa-art-22'],
    'legal-basis': ['pipa-art-15-1', 'pipa-art-22'],
    'objection-route': ['pipa-art-37'],
    'worker-notice': ['pipa-art-15-2'],
    'union-activity-tracking': ['pipa-art-23'],
    'inactive-functions': ['wpa-art-20-1-14', 'wpa-art-20-1-9'],
    // ── Analysis ──
    'inferences-profiles': ['pipa-art-35'],
    'emotion-recognition': ['pipa-art-23'],
    'automated-decisions': ['pipa-art-37-2-1', 'pipa-art-37-2-2'],
    'automated-decision-exception': ['pipa-art-37-2-1', 'pipa-art-15-1'],
    'human-review': ['pipa-art-37-2-2', 'pipa-art-37-2-3'],
    'human-reviewer': ['pipa-art-37-2-3'],
    'logic-explanation': ['pipa-art-37-2-2', 'pipa-art-37-2-4'],
    'kr-published-criteria': ['pipa-art-37-2-4'],
    'pay-linked-scores': ['wpa-art-20-1-8'],
    'job-impact': ['wpa-art-20-1-9'],
    // ── Storage and sharing ──
    'third-party-use': ['pipa-art-17'],
    'worker-access-requests': ['pipa-art-35'],
    // ── Off-boarding ──
    'correction-deletion': ['pipa-art-36'],
    'leavers-data': ['pipa-art-35', 'pipa-art-36'],
    // ── Governance ──
    'impact-assessment': ['pipa-art-33'],
    'union-information': ['wpa-art-14'],
    consultation: ['wpa-art-20-1-9', 'wpa-art-20-1-14'],
    'kr-council-consultation': ['wpa-art-4', 'wpa-art-20-1-9', 'wpa-art-20-1-14', 'wpa-art-14'],
    'kr-council-resolution': ['wpa-art-20-2'],
    'kr-rules-of-employment': ['lsa-art-94', 'wpa-art-20-1-10'],
  },
  addQuestions: [
    {
      // §5.2 item 3: separate consent (Art. 23), item by item (Art. 22), or a statute that permits it.
      after: 'special-category-basis',
      question: {
        id: 'kr-sensitive-consent',
        stage: 'collection',
        options: ['separate-consent', 'statute', 'neither'],
        showIf: { any: [isOrGap('special-category-data', ['yes']), { category: ['biometrics'] }] },
      },
    },
    {
      // §5.2 item 4: the criteria and procedures Art. 37-2(4) requires to be published.
      after: 'logic-explanation',
      question: { id: 'kr-published-criteria', stage: 'analysis', options: ['published', 'not-published'], showIf: SOLELY },
    },
    {
      // §5.2 item 1: the council, from 30 regular workers (Art. 4), consulted before installation (Art. 20(1)).
      after: 'consultation',
      question: { id: 'kr-council-consultation', stage: 'governance', options: ['consulted', 'not-consulted', 'no-council', 'fewer-than-30'] },
    },
    {
      // Art. 20(2): a resolution is possible, never required.
      after: 'kr-council-consultation',
      question: {
        id: 'kr-council-resolution',
        stage: 'governance',
        options: ['yes', 'no'],
        showIf: { question: 'kr-council-consultation', is: ['consulted', 'not-consulted'] },
      },
    },
    {
      // §5.2 item 2: a change to the rules of employment (LSA Art. 94).
      after: 'kr-council-resolution',
      question: { id: 'kr-rules-of-employment', stage: 'governance', options: ['not-changed', 'opinion-or-consent-obtained', 'not-obtained'] },
    },
  ],
  ruleBases: {
    'no-union-activity-profiling': ['pipa-art-23'],
    'no-consent-reliance': ['pipa-art-22'],
    'objection-procedure': ['pipa-art-37'],
    'special-category-safeguards': ['pipa-art-23'],
    'worker-notice-compliance': ['pipa-art-15-2'],
    // Explanation and re-processing with human involvement, whatever the ground; the right to
    // refuse only where no consent, law or contract ground is named (trap 15, `appliesIf`).
    'human-review-solely': ['pipa-art-37-2-1', 'pipa-art-37-2-2', 'pipa-art-37-2-3'],
    // Management will not say how far decisions are automated: Art. 37-2 applies if they are fully automated.
    'human-review-undisclosed': ['pipa-art-37-2-2', 'pipa-art-37-2-3'],
    // human-review-partly: Art. 37-2 covers fully automated decisions only; the clause creates the right.
    'explanation-of-decisions': ['pipa-art-37-2-2', 'pipa-art-37-2-4'],
    'individual-access': ['pipa-art-35', 'pipa-art-36', 'pipa-art-37'],
    'no-sale-no-training': ['pipa-art-17'],
    'joint-impact-assessment': ['pipa-art-33'],
    // The council's matters, where a council is required (`appliesIf`). Consultation itself comes
    // with the rules below: Art. 20 is not what the union lacks once the council was consulted.
    'no-activation-without-agreement': ['wpa-art-20-1-9'],
    'pay-criteria-agreement': ['wpa-art-20-1-8'],
    'job-security': ['wpa-art-20-1-9'],
    // Not in the notes (no basis here): retention, vendors, transfers, security and breach, bias,
    // work intensity, job security, the union's expert, periodic review, redress.
  },
  addRules: [
    // Art. 23 with Art. 22: neither separate consent nor a statute for sensitive data.
    {
      id: 'kr-sensitive-consent',
      clause: 'special-category-safeguards',
      when: isOrOwed('kr-sensitive-consent', ['neither']),
      provisions: ['pipa-art-23', 'pipa-art-22'],
    },
    {
      id: 'kr-published-criteria',
      clause: 'explanation-of-decisions',
      when: isOrOwed('kr-published-criteria', ['not-published']),
      provisions: ['pipa-art-37-2-4'],
    },
    // ── The labour-management council (trap 16: consultation, not co-decision) ──
    { id: 'kr-council-required', clause: 'consultation', when: { question: 'kr-council-consultation', is: ['no-council'] }, provisions: ['wpa-art-4'] },
    { id: 'kr-council-new-technology', clause: 'consultation', when: COUNCIL_NOT_CONSULTED, provisions: ['wpa-art-20-1-9'] },
    {
      id: 'kr-council-surveillance',
      clause: 'consultation',
      when: { all: [COUNCIL_NOT_CONSULTED, { category: ['monitoring', 'location', 'biometrics'] }] },
      provisions: ['wpa-art-20-1-14'],
    },
    { id: 'kr-council-recruitment', clause: 'consultation', when: { all: [COUNCIL_NOT_CONSULTED, { category: ['hiring'] }] }, provisions: ['wpa-art-20-1-2'] },
    {
      id: 'kr-council-personnel',
      clause: 'consultation',
      when: { all: [COUNCIL_NOT_CONSULTED, { any: [{ category: ['performance'] }, PROFILES] }] },
      provisions: ['wpa-art-20-1-5'],
    },
    {
      id: 'kr-council-materials',
      clause: 'collective-access',
      when: isOrOwed('union-information', ['no']),
      provisions: ['wpa-art-14'],
    },
    // ── The rules of employment (trap 17: a separate, stronger route) ──
    // Item 10 (work rules) too, where there is a council.
    {
      id: 'kr-rules-of-employment',
      clause: 'consultation',
      when: isOrOwed('kr-rules-of-employment', ['not-obtained']),
      provisions: ['lsa-art-94', 'wpa-art-20-1-10'],
    },
  ],
  terms: ['personal-information-controller', 'pipc', 'sensitive-information', 'labour-management-council', 'worker-surveillance-equipment', 'rules-of-employment'],
} as const satisfies JurisdictionLayer;
