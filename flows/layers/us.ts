/**
 * United States, federal: what the National Labor Relations Act (29 U.S.C. §§151–169) and the
 * Board and court decisions under it change in the core checklist. Legal facts come only from
 * `shared/design/legal-verification-uk-us-ca-au-intl.md` §2.1, §2.6, §6.2 and traps 7–8; flags map
 * [V] → 'verified', [V-sec] → 'secondary', [K] → 'known', [?] → 'uncertain'.
 * Words: `locales/<lang>/law-us.json`. Ids are permanent.
 *
 * There is no general federal privacy law for workplace data: no federal right to access, correct
 * or delete it, no limit on automated decisions or monitoring, no human-review right, no bias
 * audit (§2.6 (b)). Those core rules get no basis here: the clause creates the right.
 *
 * The lever is the duty to bargain in good faith (s. 8(a)(5), s. 8(d)) and, as part of it, the
 * duty to furnish relevant information (Truitt, Acme). It exists only towards a certified or
 * recognised union (trap 7): each bargaining provision applies only where the union has not said
 * it is not yet certified or recognised (`appliesIf` on this layer's `union-recognised`;
 * unanswered, it still applies). s. 7 and s. 8(a)(1) protect concerted activity with or without a
 * union, so they carry no condition. GC Memo 23-02 was rescinded on 14 Feb 2025 and is not cited
 * (trap 8).
 *
 * Links (none invented): the notes give https://uscode.house.gov/ for the NLRA and the LMRA, not
 * opened, and no per-section page; Board decisions link to the NLRB's board-decisions listing,
 * where the opening of Anheuser-Busch was seen. The notes give no official host for the Supreme
 * Court and D.C. Circuit judgments, so each links to the statute it construes, on uscode.house.gov.
 */
import type { Condition, Provision, Verification } from '../../src/engine/flow-types.ts';
import type { JurisdictionLayer } from '../../src/engine/layers.ts';
import { isOrOwed } from '../../src/engine/condition-builders.ts';

const USCODE_URL = 'https://uscode.house.gov/';
const NLRB_DECISIONS_URL = 'https://www.nlrb.gov/cases-decisions/decisions/board-decisions';
const REVIEWED = '2026-12-02';

/** The bargaining duty binds towards a certified or recognised union, not before (trap 7). */
const RECOGNISED: Condition = { not: { question: 'union-recognised', is: ['not-yet'] } };

function section(id: string, instrument: string, pinpoint: string, verification: Verification, extra: Partial<Provision> = {}): Provision {
  return { id, instrument, kind: 'section', pinpoint, url: USCODE_URL, verification, reviewed: REVIEWED, ...extra };
}

/** A judgment: the instrument is the case, the pinpoint its report. */
function judgment(id: string, pinpoint: string, url: string, verification: Verification, extra: Partial<Provision> = {}): Provision {
  return { id, instrument: id, kind: 'case', pinpoint, url, verification, reviewed: REVIEWED, appliesIf: RECOGNISED, ...extra };
}

/**
 * The duty to furnish information, cited beside every question about the system (§2.6 (c)); the
 * state overlays cite it beside the questions they add about members' data.
 */
export const INFORMATION = ['nlra-s-8-a-5', 'truitt', 'acme-industrial'] as const;
/** A mandatory subject of bargaining: wages, hours and other terms and conditions (s. 8(d)). */
const TERMS = [...INFORMATION, 'nlra-s-8-d'] as const;
/** Individual scores and test material: the union may need consent or anonymised data (Detroit Edison). */
const SCORES = [...INFORMATION, 'detroit-edison'] as const;

export const US_LAYER = {
  id: 'us',
  instruments: [
    { id: 'nlra', url: USCODE_URL },
    { id: 'lmra', url: USCODE_URL },
    { id: 'truitt', url: USCODE_URL },
    { id: 'acme-industrial', url: USCODE_URL },
    { id: 'detroit-edison', url: USCODE_URL },
    { id: 'katz', url: USCODE_URL },
    { id: 'first-national-maintenance', url: USCODE_URL },
    { id: 'brewers-maltsters', url: USCODE_URL },
    { id: 'colgate-palmolive', url: NLRB_DECISIONS_URL },
    { id: 'anheuser-busch', url: NLRB_DECISIONS_URL },
  ],
  provisions: [
    // ── NLRA ──────────────────────────────────────────────────────────────────
    // §157: wording read in several consistent copies [V]; concerted activity is protected without a union.
    section('nlra-s-7', 'nlra', '7', 'verified'),
    section('nlra-s-8-a-1', 'nlra', '8(a)(1)', 'known'),
    // The duty to bargain and, within it, to furnish information: only towards a certified or recognised union.
    section('nlra-s-8-a-5', 'nlra', '8(a)(5)', 'known', { discloses: true, appliesIf: RECOGNISED }),
    section('nlra-s-8-d', 'nlra', '8(d)', 'secondary', { discloses: true, appliesIf: RECOGNISED }),
    // Known through Walton (us-il); an agreement exists only with a recognised union.
    section('lmra-s-301', 'lmra', '301', 'secondary', { appliesIf: RECOGNISED }),
    // ── The duty to furnish information ───────────────────────────────────────
    judgment('truitt', '351 U.S. 149 (1956)', USCODE_URL, 'secondary', { discloses: true }),
    judgment('acme-industrial', '385 U.S. 432 (1967)', USCODE_URL, 'secondary', { discloses: true }),
    // Timeliness: a late answer breaches the Act too.
    judgment('brewers-maltsters', '414 F.3d 36 (D.C. Cir. 2005)', USCODE_URL, 'secondary'),
    // A limit, not a right: individual test scores and test items may be withheld without consent.
    judgment('detroit-edison', '440 U.S. 301 (1979)', USCODE_URL, 'known'),
    // ── Bargaining over surveillance and unilateral change ───────────────────
    judgment('colgate-palmolive', '323 NLRB 515 (1997)', NLRB_DECISIONS_URL, 'secondary'),
    judgment('anheuser-busch', '342 NLRB 560 (2004)', NLRB_DECISIONS_URL, 'verified'),
    judgment('katz', '369 U.S. 736 (1962)', USCODE_URL, 'known'),
    judgment('first-national-maintenance', '452 U.S. 666 (1981)', USCODE_URL, 'known'),
  ],
  backing: {
    // ── Collection ── (no lawful-basis, objection or special-category rule in federal law: unbacked)
    'data-categories': [...INFORMATION, 'colgate-palmolive'],
    purpose: [...INFORMATION],
    'special-category-data': [...INFORMATION],
    'worker-notice': [...INFORMATION],
    'off-duty-collection': [...INFORMATION],
    'secondary-uses': [...INFORMATION],
    'union-activity-tracking': ['nlra-s-7', 'nlra-s-8-a-1', ...INFORMATION],
    'inactive-functions': [...INFORMATION, 'katz'],
    // ── Analysis ──
    'inferences-profiles': [...SCORES],
    'emotion-recognition': [...INFORMATION],
    'automated-decisions': [...INFORMATION],
    'human-review': [...INFORMATION],
    'human-reviewer': [...INFORMATION],
    'logic-explanation': [...SCORES],
    'bias-testing': [...INFORMATION],
    'bias-test-results': [...SCORES],
    'work-pace-targets': [...TERMS],
    'pay-linked-scores': [...TERMS, 'detroit-edison'],
    'job-impact': [...TERMS, 'first-national-maintenance'],
    // ── Storage and sharing ──
    'storage-location': [...INFORMATION],
    'cross-border-transfers': [...INFORMATION],
    'internal-access': [...INFORMATION],
    'vendor-involved': [...INFORMATION],
    'vendor-contract': [...INFORMATION],
    'third-party-use': [...INFORMATION],
    'breach-notice': [...INFORMATION],
    'retention-period': [...INFORMATION],
    // No federal right of access, correction or deletion: the procedure is asked about, not owed to each worker.
    'worker-access-requests': [...INFORMATION],
    // ── Off-boarding ──
    'correction-deletion': [...INFORMATION],
    'leavers-data': [...INFORMATION],
    'training-reuse': [...INFORMATION],
    // ── Governance ──
    'impact-assessment': [...INFORMATION],
    'impact-assessment-shared': [...INFORMATION],
    'union-recognised': ['nlra-s-7', 'nlra-s-8-a-5'],
    'nlra-bargain-before-change': ['nlra-s-8-a-5', 'nlra-s-8-d', 'katz', 'colgate-palmolive', 'anheuser-busch'],
    'nlra-information-request': [...INFORMATION, 'brewers-maltsters'],
    'nlra-confidentiality-claim': [...INFORMATION, 'detroit-edison'],
    'union-information': [...INFORMATION, 'brewers-maltsters'],
    consultation: ['nlra-s-8-a-5', 'nlra-s-8-d', 'katz'],
    'audit-review': [...INFORMATION],
  },
  addQuestions: [
    // The rep's own answer, asked once per system: every bargaining right turns on it (trap 7).
    { after: 'impact-assessment-shared', question: { id: 'union-recognised', stage: 'governance', options: ['certified-or-recognised', 'not-yet'] } },
    {
      // §2.6 (a) 1: a change to terms and conditions is bargained before it is made (Katz).
      after: 'union-recognised',
      question: { id: 'nlra-bargain-before-change', stage: 'governance', options: ['yes', 'no'], showIf: RECOGNISED },
    },
    {
      // §2.6 (a) 1: the written information request under s. 8(a)(5), with a deadline.
      after: 'nlra-bargain-before-change',
      question: {
        id: 'nlra-information-request',
        stage: 'governance',
        options: ['answered-in-full', 'answered-in-part', 'not-answered', 'not-sent'],
        showIf: RECOGNISED,
      },
    },
    {
      // Confidentiality and privacy claims must be accommodated, not a blanket refusal (Acme; Detroit Edison).
      after: 'nlra-information-request',
      question: {
        id: 'nlra-confidentiality-claim',
        stage: 'governance',
        options: ['no-claim', 'accommodation-offered', 'blanket-refusal'],
        showIf: RECOGNISED,
      },
    },
  ],
  ruleBases: {
    // Notice and bargaining before a change: no unilateral change (Katz); cameras bargained first (Anheuser-Busch).
    'advance-notice': ['nlra-s-8-a-5', 'katz', 'anheuser-busch'],
    consultation: ['nlra-s-8-a-5', 'nlra-s-8-d', 'katz', 'colgate-palmolive'],
    'no-activation-without-agreement': ['katz', 'colgate-palmolive'],
    // Surveillance of union or concerted activity, with or without a union.
    'no-union-activity-profiling': ['nlra-s-7', 'nlra-s-8-a-1'],
    'collective-access': ['nlra-s-8-a-5', 'truitt', 'acme-industrial'],
    'health-safety-intensity': ['nlra-s-8-d'],
    'pay-criteria-agreement': ['nlra-s-8-d'],
    // Core decisions may be the employer's; their effects are bargained.
    'job-security': ['nlra-s-8-d', 'first-national-maintenance'],
    'redress-no-retaliation': ['nlra-s-8-a-1', 'lmra-s-301'],
    // No basis (§2.6 (b), negotiate it): human review, explanation, individual access, correction
    // and deletion, retention, minimisation, purpose, notice to workers, bias audit, impact assessment.
  },
  addRules: [
    {
      id: 'us-bargain-before-change',
      clause: 'consultation',
      when: isOrOwed('nlra-bargain-before-change', ['no']),
      provisions: ['nlra-s-8-a-5', 'nlra-s-8-d', 'katz'],
    },
    {
      id: 'us-notice-before-change',
      clause: 'advance-notice',
      when: isOrOwed('nlra-bargain-before-change', ['no']),
      provisions: ['katz', 'anheuser-busch'],
    },
    {
      // A request answered late or in part breaches the duty too (Brewers & Maltsters).
      id: 'us-information-request',
      clause: 'collective-access',
      when: isOrOwed('nlra-information-request', ['answered-in-part', 'not-answered']),
      provisions: ['truitt', 'acme-industrial', 'brewers-maltsters'],
    },
    {
      // The collective clause asks for aggregated or anonymised data: the accommodation Detroit Edison allows for.
      id: 'us-confidentiality-accommodation',
      clause: 'collective-access',
      when: isOrOwed('nlra-confidentiality-claim', ['blanket-refusal']),
      provisions: ['acme-industrial', 'detroit-edison'],
    },
  ],
  terms: ['nlrb', 'bargaining-unit', 'mandatory-subject', 'information-request', 'unfair-labor-practice'],
} as const satisfies JurisdictionLayer;
