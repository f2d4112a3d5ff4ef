/**
 * Nigeria: what the Nigeria Data Protection Act 2023, the NDPC's General Application and
 * Implementation Directive 2025 (GAID) and the Labour Act change in the core checklist. Legal
 * facts come only from `shared/design/legal-verification-br-ke-ng-in-kr-eu-national.md` (§3,
 * §7.3 and the traps 12–14 of §8), which corrects `legal-research.md` §5.10. Flags map
 * [V] verified, [V-sec] secondary, [K] known, [?] uncertain. Words: `locales/<lang>/law-ng.json`.
 * Ids are permanent.
 *
 * Links: the notes give ndpc.gov.ng as the official base for the Act (the Act's number was not
 * confirmed [?], so its title carries none) and for the GAID, the NDPC's own instrument; no
 * per-section link was tested and none was opened for this layer (the Act was read on
 * techmeetslaw.org and lawglobalhub.com, which are mirrors). The notes give no official link for
 * the Labour Act: it links to the Federal Ministry of Labour and Employment, which administers it
 * (labour.gov.ng, not opened), as the South African layer does for its labour statutes. The
 * Constitution (ss. 37, 40, 254C) is left out: the notes give it no official link.
 *
 * GAID: only Art. 3(3) has a number in the notes (the NDPR 2019 and its 2020 framework are no
 * longer the operative framework, trap 12). Its DPIA, DPO and audit duties for controllers "of
 * major importance" have no article number in the notes: they are asked about and described in
 * the words, never cited with an invented number. Its employment articles were not checked [?].
 *
 * What the law does not give (§3.3): no duty to consult or bargain with unions on monitoring or
 * AI, no collective right to information (every NDPA right is individual), no explicit right to
 * an explanation of an automated decision [?], no duty to give the DPIA to workers or unions.
 * Those core rules keep no basis. s. 37(3) is broader than the GDPR's Art. 22(3): its safeguards
 * hold whichever exception the employer relies on (trap 14). The Act's term is "data privacy
 * impact assessment" (trap 13).
 *
 * The letter (`discloses`) cites as a duty what §3.4 lets it: ss. 27, 34, 36, 37(3) and 38,
 * individual rights (the union attaches signed authorisations, since no provision on exercise
 * through a representative was found [?]). s. 28 and NDPC registration are asked about, not cited
 * as obliging an answer; s. 28 (the copy), s. 40 and the Labour Act beyond s. 20 never are.
 */
import type { Condition, Provision, Verification } from '../../src/engine/flow-types.ts';
import type { AddedQuestion, JurisdictionLayer } from '../../src/engine/layers.ts';
import { isOrGap } from '../../src/engine/condition-builders.ts';

const NDPC_URL = 'https://ndpc.gov.ng/';
const LABOUR_MINISTRY_URL = 'https://labour.gov.ng/';
const REVIEWED = '2026-12-02';

type Extra = Partial<Pick<Provision, 'discloses' | 'appliesIf'>>;

/** A section of the NDPA (`s. 37(3)`), linked to the NDPC. */
function ndpa(id: string, pinpoint: string, verification: Verification, extra: Extra = {}): Provision {
  return { id, instrument: 'ng-ndpa', kind: 'section', pinpoint, url: NDPC_URL, verification, reviewed: REVIEWED, ...extra };
}

/** A section of the Labour Act, linked to the ministry that administers it. */
function labourAct(id: string, pinpoint: string, verification: Verification, extra: Extra = {}): Provision {
  return { id, instrument: 'ng-labour-act', kind: 'section', pinpoint, url: LABOUR_MINISTRY_URL, verification, reviewed: REVIEWED, ...extra };
}

/** The letter cites it as a duty (§3.4). */
const OWED: Extra = { discloses: true };

/** A question this law adds, placed right after `after`. */
const followUp = (after: string, question: AddedQuestion['question']): AddedQuestion => ({ after, question });

/** Posts may go and the union has not been told the reasons and extent (Labour Act s. 20), or management will not say. */
const REDUNDANCY_NOT_INFORMED: Condition = isOrGap('ng-redundancy-information', ['not-informed']);

export const NG_LAYER = {
  id: 'ng',
  instruments: [
    { id: 'ng-ndpa', url: NDPC_URL },
    { id: 'ng-gaid', url: NDPC_URL },
    { id: 'ng-labour-act', url: LABOUR_MINISTRY_URL },
  ],
  provisions: [
    // ── Nigeria Data Protection Act 2023: principles, bases, consent, notice ──
    ndpa('ng-ndpa-s-24', '24', 'known'),
    ndpa('ng-ndpa-s-25', '25', 'secondary'),
    ndpa('ng-ndpa-s-26', '26', 'known'),
    ndpa('ng-ndpa-s-27', '27', 'secondary', OWED),
    // "Data privacy impact assessment" (trap 13): s. 28(1) quoted by a secondary source.
    ndpa('ng-ndpa-s-28', '28', 'secondary'),
    ndpa('ng-ndpa-s-30', '30', 'secondary'),
    // ── Rights ──
    ndpa('ng-ndpa-s-34', '34', 'secondary', OWED),
    ndpa('ng-ndpa-s-35', '35', 'known'),
    ndpa('ng-ndpa-s-36', '36', 'verified', OWED),
    ndpa('ng-ndpa-s-37-1-2', '37(1)–(2)', 'verified'),
    // Not limited to the contract and consent exceptions (trap 14).
    ndpa('ng-ndpa-s-37-3', '37(3)', 'verified', OWED),
    ndpa('ng-ndpa-s-38', '38', 'known', OWED),
    // ── Security, breaches, transfers, definitions ──
    ndpa('ng-ndpa-s-39', '39', 'known'),
    ndpa('ng-ndpa-s-40', '40', 'verified'),
    ndpa('ng-ndpa-ss-41-43', '41–43', 'known'),
    // The definition of sensitive personal data (trade-union membership, biometric and health data) [K].
    ndpa('ng-ndpa-s-65', '65', 'known'),
    // ── GAID 2025: the operative framework since 19 Sep 2025, instead of the NDPR (trap 12) ──
    { id: 'ng-gaid-art-3-3', instrument: 'ng-gaid', kind: 'article', pinpoint: '3(3)', url: NDPC_URL, verification: 'secondary', reviewed: REVIEWED },
    // ── Labour Act (Cap. L1 LFN 2004) ──
    labourAct('ng-labour-act-s-9-6', '9(6)', 'secondary'),
    labourAct('ng-labour-act-s-20', '20', 'known', {
      appliesIf: { not: { question: 'ng-redundancy-information', is: ['no-redundancy'] } },
    }),
  ],
  backing: {
    // ── Collection ──
    'data-categories': ['ng-ndpa-s-24', 'ng-ndpa-s-27'],
    purpose: ['ng-ndpa-s-24', 'ng-ndpa-s-27'],
    'special-category-data': ['ng-ndpa-s-30', 'ng-ndpa-s-65'],
    'special-category-basis': ['ng-ndpa-s-30'],
    'legal-basis': ['ng-ndpa-s-25', 'ng-ndpa-s-26', 'ng-ndpa-s-27'],
    'objection-route': ['ng-ndpa-s-36'],
    'ng-legitimate-interest-balancing': ['ng-ndpa-s-25', 'ng-ndpa-s-24'],
    'worker-notice': ['ng-ndpa-s-27'],
    'off-duty-collection': ['ng-ndpa-s-24'],
    'secondary-uses': ['ng-ndpa-s-24', 'ng-ndpa-s-27'],
    'union-activity-tracking': ['ng-ndpa-s-30', 'ng-ndpa-s-65', 'ng-labour-act-s-9-6'],
    'inactive-functions': ['ng-ndpa-s-28'],
    // ── Analysis ──
    'inferences-profiles': ['ng-ndpa-s-37-1-2', 'ng-ndpa-s-34'],
    'emotion-recognition': ['ng-ndpa-s-24', 'ng-ndpa-s-28'],
    'automated-decisions': ['ng-ndpa-s-37-1-2', 'ng-ndpa-s-27'],
    'automated-decision-exception': ['ng-ndpa-s-37-1-2'],
    'ng-automated-safeguards': ['ng-ndpa-s-37-3'],
    'human-review': ['ng-ndpa-s-37-3'],
    // human-reviewer: s. 37(3) names the safeguard, not who gives it or how: unbacked, negotiate it.
    // logic-explanation: no explicit right to an explanation [?] (s. 34 not read): unbacked, negotiate it.
    'job-impact': ['ng-labour-act-s-20'],
    'ng-redundancy-information': ['ng-labour-act-s-20'],
    // ── Storage and sharing ──
    'storage-location': ['ng-ndpa-ss-41-43', 'ng-ndpa-s-27'],
    'cross-border-transfers': ['ng-ndpa-ss-41-43'],
    'transfer-safeguards': ['ng-ndpa-ss-41-43'],
    'internal-access': ['ng-ndpa-s-39'],
    'vendor-involved': ['ng-ndpa-s-27'],
    'third-party-use': ['ng-ndpa-s-24', 'ng-ndpa-s-27'],
    'breach-notice': ['ng-ndpa-s-40', 'ng-ndpa-s-39'],
    'retention-period': ['ng-ndpa-s-24', 'ng-ndpa-s-27'],
    'worker-access-requests': ['ng-ndpa-s-34'],
    // ── Off-boarding ──
    'correction-deletion': ['ng-ndpa-s-34'],
    'leavers-data': ['ng-ndpa-s-24', 'ng-ndpa-s-34', 'ng-ndpa-s-38'],
    'training-reuse': ['ng-ndpa-s-24'],
    // ── Governance ──
    'impact-assessment': ['ng-ndpa-s-28', 'ng-gaid-art-3-3'],
    // reps-views-sought, impact-assessment-shared: no duty to involve the union or give it the DPIA (§3.3).
    'ng-major-importance': ['ng-gaid-art-3-3'],
    // union-information, consultation: no collective right to information, no duty to consult (§3.3).
  },
  addQuestions: [
    // s. 25: where legitimate interest is relied on for monitoring, the balancing record.
    followUp('objection-route', {
      id: 'ng-legitimate-interest-balancing',
      stage: 'collection',
      options: ['yes', 'no'],
      showIf: { question: 'legal-basis', is: ['legitimate-interests'] },
    }),
    // s. 37(3): human intervention, the worker's view and a challenge, whatever the exception (trap 14).
    followUp('automated-decision-exception', {
      id: 'ng-automated-safeguards',
      stage: 'analysis',
      options: ['all-three', 'some', 'none'],
      showIf: { question: 'automated-decisions', is: ['solely'] },
    }),
    // Labour Act s. 20: the union or workers' representative told the reasons for and extent of a redundancy.
    followUp('job-impact', {
      id: 'ng-redundancy-information',
      stage: 'analysis',
      options: ['informed', 'not-informed', 'no-redundancy'],
      showIf: { question: 'job-impact', is: ['yes'] },
    }),
    // GAID: registration, DPO and compliance audit returns for a controller of major importance.
    followUp('impact-assessment-shared', {
      id: 'ng-major-importance',
      stage: 'governance',
      options: ['in-place', 'partly-in-place', 'not-in-place', 'not-major-importance'],
    }),
  ],
  ruleBases: {
    // advance-notice, job-security: the Labour Act s. 20 information comes with the redundancy rules below.
    'worker-notice-compliance': ['ng-ndpa-s-27'],
    // consultation: no duty to consult or bargain on monitoring or AI (§3.3): no basis.
    'purpose-limitation': ['ng-ndpa-s-24'],
    'no-emotion-recognition': ['ng-ndpa-s-24'],
    'no-off-duty-monitoring': ['ng-ndpa-s-24'],
    'no-union-activity-profiling': ['ng-ndpa-s-30', 'ng-ndpa-s-65', 'ng-labour-act-s-9-6'],
    'data-minimisation': ['ng-ndpa-s-24'],
    'no-consent-reliance': ['ng-ndpa-s-26', 'ng-ndpa-s-35'],
    'objection-procedure': ['ng-ndpa-s-36'],
    'special-category-safeguards': ['ng-ndpa-s-30', 'ng-ndpa-s-65'],
    'joint-impact-assessment': ['ng-ndpa-s-28'],
    'human-review-solely': ['ng-ndpa-s-37-1-2', 'ng-ndpa-s-37-3'],
    // human-review-partly, human-review-undisclosed: s. 37 covers decisions based solely on automated processing.
    // explanation-of-decisions: no explicit right to an explanation of the logic [?].
    'individual-access': ['ng-ndpa-s-34', 'ng-ndpa-s-38'],
    // collective-access: every NDPA right is individual; no disclosure duty to the union.
    'retention-deletion': ['ng-ndpa-s-24', 'ng-ndpa-s-34'],
    'no-sale-no-training': ['ng-ndpa-s-24'],
    'cross-border-transfers': ['ng-ndpa-ss-41-43'],
    // 72 hours to the Commission; the people at high risk immediately; the union is told of nothing by law.
    'security-breach-notice': ['ng-ndpa-s-39', 'ng-ndpa-s-40'],
    'redress-no-retaliation': ['ng-labour-act-s-9-6'],
  },
  addRules: [
    // s. 25 legitimate interest with no balancing record, or none shown: the objection procedure, on s. 36.
    {
      id: 'ng-objection-no-balancing',
      clause: 'objection-procedure',
      when: isOrGap('ng-legitimate-interest-balancing', ['no']),
      provisions: ['ng-ndpa-s-36', 'ng-ndpa-s-25'],
    },
    // Labour Act s. 20: the reasons for and the extent of the redundancy, to the union or workers' representative.
    { id: 'ng-advance-notice-redundancy', clause: 'advance-notice', when: REDUNDANCY_NOT_INFORMED, provisions: ['ng-labour-act-s-20'] },
    { id: 'ng-job-security-redundancy', clause: 'job-security', when: REDUNDANCY_NOT_INFORMED, provisions: ['ng-labour-act-s-20'] },
  ],
  terms: ['ndpc', 'data-controller-of-major-importance', 'dpo', 'gaid', 'workers-representative', 'nicn'],
} as const satisfies JurisdictionLayer;
