/**
 * India: what the Digital Personal Data Protection Act 2023 (No. 22 of 2023) and its Rules 2025,
 * the IT Act 2000 with the SPDI Rules 2011 that still apply meanwhile, and the Industrial Relations
 * Code 2020 change in the core checklist. Legal facts come only from
 * `shared/design/legal-verification-br-ke-ng-in-kr-eu-national.md` (§4 India, §7.4, §8 traps 1–3),
 * and from `legal-research.md` §5.11 where §7.4 does not correct it. Flags map [V] verified,
 * [V-sec] secondary, [K] known, [?] uncertain: the first flag of each row. Words: `locales/<lang>/law-in.json`.
 *
 * Nearly everything must be negotiated (notes §4.3, trap 1). Processing "for the purposes of
 * employment" needs no consent (s. 7(i)); the rights to a summary (s. 11(1)) and to correction and
 * erasure (s. 12(1)) attach only to processing the worker consented to, so they bind only where
 * the employer says it relies on consent (`appliesIf` on `in-dpdp-basis`; unanswered, they are not
 * cited). No right to object, no portability, no right about automated decisions, no explanation,
 * no special categories, no impact assessment for an ordinary employer (s. 10: Significant Data
 * Fiduciaries only), no duty to consult the union: those core rules carry no basis.
 *
 * Dates (trap 2): the fiduciary duties and the worker's rights apply from the third phase of
 * G.S.R. 843(E), reported as 13 May 2027 (sources give 12, 13 or 14 May): every DPDP provision
 * here has `appliesFrom` 13 May 2027. It is not flagged `appliesFromUncertain`, which says a duty
 * may already apply: that these duties do not apply in 2026 is certain, only the day is not, and
 * the words say so. Until then the IT Act s. 43A and the SPDI
 * Rules 2011 apply; they stop when s. 44(2) takes effect, which the words say (the engine has no
 * end date). The SPDI rule numbers are not in the notes (content [K] only): marked uncertain.
 * The Industrial Disputes Act is repealed (trap 3): the notice of change is IR Code s. 40 with
 * the Third Schedule, in force since 21 November 2025.
 *
 * Letter (notes §4.4): now, IR Code s. 40 and the SPDI privacy policy (rule 4) carry `discloses`;
 * DPDP s. 13 and Rule 14(3) carry it too, and the letter cites them from their start date.
 *
 * Links: the official bases the notes give (MeitY for the DPDP Act, its Rules, the IT Act and the
 * SPDI Rules; the Ministry of Labour for the IR Code), none opened by the notes; no India Code
 * handle is used (the notes warn against unverified ones) and no per-section anchor was tested.
 */
import type { Condition, Provision, Verification } from '../../src/engine/flow-types.ts';
import type { JurisdictionLayer } from '../../src/engine/layers.ts';
import { isOrGap, owed } from '../../src/engine/condition-builders.ts';

const MEITY_URL = 'https://www.meity.gov.in';
const LABOUR_URL = 'https://labour.gov.in';
const REVIEWED = '2026-12-02';
/** The third phase of G.S.R. 843(E): 18 months after 13 November 2025, the exact day only reported. */
const DPDP_PHASE_3 = '2027-05-13';

/** The rights of ss. 5, 11 and 12 attach only to processing the worker consented to. */
const CONSENT_BASED: Condition = { question: 'in-dpdp-basis', is: ['consent', 'both'] };

type Instrument = 'dpdp-act' | 'dpdp-rules' | 'it-act' | 'spdi-rules' | 'ir-code';

function provision(id: string, instrument: Instrument, pinpoint: string, verification: Verification, extra: Partial<Provision> = {}): Provision {
  const kind = instrument === 'dpdp-rules' || instrument === 'spdi-rules' ? 'rule' : 'section';
  const url = instrument === 'ir-code' ? LABOUR_URL : MEITY_URL;
  return { id, instrument, kind, pinpoint, url, verification, reviewed: REVIEWED, ...extra };
}

/** A DPDP provision: in force from the third phase, on a date only reported. */
function dpdp(id: string, instrument: 'dpdp-act' | 'dpdp-rules', pinpoint: string, verification: Verification, extra: Partial<Provision> = {}): Provision {
  return provision(id, instrument, pinpoint, verification, { appliesFrom: DPDP_PHASE_3, ...extra });
}

const DECIDES = { question: 'automated-decisions', is: ['solely', 'partly'] } as const;

export const IN_LAYER = {
  id: 'in',
  instruments: [
    { id: 'dpdp-act', url: MEITY_URL },
    { id: 'dpdp-rules', url: MEITY_URL },
    { id: 'it-act', url: MEITY_URL },
    { id: 'spdi-rules', url: MEITY_URL },
    { id: 'ir-code', url: LABOUR_URL },
  ],
  provisions: [
    // ── DPDP Act 2023: grounds and consent ───────────────────────────────────────
    dpdp('dpdp-s-4', 'dpdp-act', '4', 'verified'),
    // The notice goes with a request for consent; it does not apply to processing under s. 7.
    dpdp('dpdp-s-5', 'dpdp-act', '5', 'secondary', { appliesIf: CONSENT_BASED }),
    dpdp('dpdp-s-6', 'dpdp-act', '6', 'secondary'),
    dpdp('dpdp-s-7-i', 'dpdp-act', '7(i)', 'verified'),
    // ── DPDP Act: the fiduciary's duties, which apply to s. 7 processing too ────────
    dpdp('dpdp-s-8-3', 'dpdp-act', '8(3)', 'secondary'),
    dpdp('dpdp-s-8-5', 'dpdp-act', '8(5)', 'known'),
    dpdp('dpdp-s-8-6', 'dpdp-act', '8(6)', 'known'),
    dpdp('dpdp-s-8-7', 'dpdp-act', '8(7)', 'verified'),
    dpdp('dpdp-s-8-9', 'dpdp-act', '8(9)', 'known'),
    dpdp('dpdp-s-8-10', 'dpdp-act', '8(10)', 'known'),
    // Significant Data Fiduciaries only: no impact assessment for an ordinary employer.
    dpdp('dpdp-s-10', 'dpdp-act', '10', 'known'),
    // ── DPDP Act: the worker's rights (ss. 11–12 only for consent-based processing, trap 1) ──
    dpdp('dpdp-s-11-1', 'dpdp-act', '11(1)', 'verified', { appliesIf: CONSENT_BASED }),
    dpdp('dpdp-s-12-1', 'dpdp-act', '12(1)', 'verified', { appliesIf: CONSENT_BASED }),
    dpdp('dpdp-s-13', 'dpdp-act', '13', 'known', { discloses: true }),
    dpdp('dpdp-rules-r-14-3', 'dpdp-rules', '14(3)', 'verified', { discloses: true }),
    // ── Until May 2027: IT Act s. 43A and the SPDI Rules 2011 (rule numbers not in the notes) ──
    provision('it-act-s-43a', 'it-act', '43A', 'secondary'),
    provision('spdi-rules-r-4', 'spdi-rules', '4', 'uncertain', { discloses: true }),
    provision('spdi-rules-r-5-1', 'spdi-rules', '5(1)', 'uncertain'),
    // ── Industrial Relations Code 2020, in force 21 November 2025 ─────────────────
    provision('ir-code-s-3', 'ir-code', '3', 'secondary'),
    provision('ir-code-s-4', 'ir-code', '4', 'secondary'),
    // Owed only where the system changes a Third-Schedule matter: not cited where management says it changes none.
    provision('ir-code-s-40', 'ir-code', '40', 'secondary', { discloses: true, appliesIf: { not: { question: 'in-notice-of-change', is: ['no-change'] } } }),
  ],
  backing: {
    // ── Collection ──
    'data-categories': ['spdi-rules-r-4'],
    purpose: ['dpdp-s-4', 'dpdp-s-7-i', 'spdi-rules-r-4'],
    'special-category-data': ['it-act-s-43a', 'spdi-rules-r-5-1'],
    'special-category-basis': ['spdi-rules-r-5-1'],
    'in-spdi-consent': ['spdi-rules-r-5-1', 'it-act-s-43a'],
    'legal-basis': ['dpdp-s-4', 'dpdp-s-7-i'],
    'in-dpdp-basis': ['dpdp-s-7-i', 'dpdp-s-6', 'dpdp-s-4'],
    'worker-notice': ['dpdp-s-5', 'spdi-rules-r-4'],
    // ── Analysis ──
    'inferences-profiles': ['dpdp-s-8-3'],
    'automated-decisions': ['dpdp-s-8-3'],
    'work-pace-targets': ['ir-code-s-40'],
    'pay-linked-scores': ['dpdp-s-8-3'],
    'job-impact': ['ir-code-s-40'],
    'in-notice-of-change': ['ir-code-s-40'],
    // ── Storage and sharing ──
    'internal-access': ['dpdp-s-8-5'],
    'breach-notice': ['dpdp-s-8-5', 'dpdp-s-8-6', 'it-act-s-43a'],
    'retention-period': ['dpdp-s-8-7'],
    'worker-access-requests': ['dpdp-s-11-1'],
    'in-grievance-contact': ['dpdp-s-8-9', 'dpdp-s-8-10', 'dpdp-s-13', 'dpdp-rules-r-14-3', 'ir-code-s-4'],
    // ── Off-boarding ──
    'correction-deletion': ['dpdp-s-12-1', 'dpdp-s-8-3'],
    'leavers-data': ['dpdp-s-8-7'],
    // ── Governance ──
    'impact-assessment': ['dpdp-s-10'],
    consultation: ['ir-code-s-40', 'ir-code-s-3'],
  },
  addQuestions: [
    {
      // Notes §4.2 item 1: s. 7(i) or consent, per system; it decides whether ss. 5, 11 and 12 apply.
      after: 'legal-basis',
      question: { id: 'in-dpdp-basis', stage: 'collection', options: ['employment', 'consent', 'both'] },
    },
    {
      // Notes §4.2 item 6: written consent for sensitive data under the SPDI Rules, until May 2027.
      after: 'special-category-basis',
      question: { id: 'in-spdi-consent', stage: 'collection', options: ['yes', 'no'], showIf: { question: 'special-category-data', is: ['yes'] } },
    },
    {
      // Notes §4.2 item 3: a Third-Schedule change needs 21 days' notice under IR Code s. 40.
      after: 'job-impact',
      question: { id: 'in-notice-of-change', stage: 'analysis', options: ['given', 'not-given', 'no-change'] },
    },
    {
      // Notes §4.2 item 2: contractual rights in place of ss. 11–12 where s. 7(i) is used.
      after: 'worker-access-requests',
      question: { id: 'in-contractual-access', stage: 'storage', options: ['yes', 'no'] },
    },
    {
      // Notes §4.2 item 5: the contact of s. 8(9), and grievances answered well inside 90 days.
      after: 'in-contractual-access',
      question: { id: 'in-grievance-contact', stage: 'storage' },
    },
  ],
  ruleBases: {
    // advance-notice, consultation: no duty to consult on data or AI; the notice of change comes with the rule below.
    'worker-notice-compliance': ['spdi-rules-r-4', 'dpdp-s-5'],
    'no-consent-reliance': ['dpdp-s-6'],
    // No special categories in the DPDP Act; the SPDI Rules until May 2027.
    'special-category-safeguards': ['spdi-rules-r-5-1', 'it-act-s-43a'],
    // ss. 11–12 bind only for consent-based processing (appliesIf); otherwise the clause creates the right.
    'individual-access': ['dpdp-s-11-1', 'dpdp-s-12-1'],
    'retention-deletion': ['dpdp-s-8-7'],
    'security-breach-notice': ['dpdp-s-8-5', 'dpdp-s-8-6', 'it-act-s-43a'],
    'redress-no-retaliation': ['dpdp-s-13', 'dpdp-rules-r-14-3'],
    // objection-procedure, human-review-*, explanation-of-decisions, joint-impact-assessment,
    // collective-access, bias-audit and the rest: the law gives no such right here.
  },
  addRules: [
    // A Third-Schedule change without the 21 days' notice of change (IR Code s. 40).
    { id: 'in-notice-of-change', clause: 'advance-notice', when: isOrGap('in-notice-of-change', ['not-given']), provisions: ['ir-code-s-40'] },
    // Data used for decisions about the worker must be complete, accurate and consistent (s. 8(3)).
    {
      id: 'in-accurate-decision-data',
      clause: 'individual-access',
      when: { any: [DECIDES, { question: 'inferences-profiles', is: ['yes'] }, { question: 'pay-linked-scores', is: ['yes'] }] },
      provisions: ['dpdp-s-8-3'],
    },
    // No contractual access and correction promised where s. 7(i) leaves none in law: the clause creates it.
    { id: 'in-contractual-access', clause: 'individual-access', when: isOrGap('in-contractual-access', ['no']), provisions: [] },
    // No contact or grievance route named: ss. 8(9) and 13.
    { id: 'in-grievance-contact', clause: 'individual-access', when: owed('in-grievance-contact'), provisions: ['dpdp-s-8-9', 'dpdp-s-13'] },
  ],
  terms: ['data-principal', 'data-fiduciary', 'significant-data-fiduciary', 'data-protection-board', 'notice-of-change', 'works-committee'],
} as const satisfies JurisdictionLayer;
