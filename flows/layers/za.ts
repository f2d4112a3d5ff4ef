/**
 * South Africa: what POPIA (Act 4 of 2013), its 2018 Regulations (as amended on 17 April 2025)
 * and the labour statutes change in the core checklist. Legal facts come only from
 * `shared/design/legal-verification-eu-za.md` and the union-side review
 * `shared/design/legal-review-eu-za.md` (tables (a) B1–B22, (b), (c), D7–D12, (e)); flags map
 * [V] verified, [V-sec] secondary, [K] known, [?] uncertain. Words: `locales/<lang>/law-za.json`.
 *
 * Links (none invented; the notes say which could not be opened):
 * - POPIA: the Information Regulator's POPIA page for the Act, because the official Gazette PDF
 *   could not be opened [?]. It does not reproduce each section (review D12); a per-section page
 *   is used only where the notes verified one (s. 26, on the Regulator's knowledge base).
 * - LRA: s. 16 links to the Department of Employment and Labour's read-online page for s. 16 [V].
 *   Every other section links to the Act as published in the Government Gazette, the official
 *   link the notes give for the whole Act (seen there as `http://www.info.gov.za/…`, an old
 *   government address; written with https, which the app requires, and not opened: check it).
 *   Not the s. 16 page any more for ss. 80, 84 and 85 (review B22).
 * - EEA, OHSA and BCEA: the notes give no official link, so the Department of Employment and
 *   Labour, which administers them, is linked; the level is what the review flags.
 *
 * Union-facing duty (review B21, fix 4): only LRA s. 16(2) and s. 16(3) oblige the employer to
 * answer the union, so they alone carry `discloses`. POPIA's notice and access rights are owed
 * to each worker and no longer tell the letter that the employer "must provide" to the union.
 * s. 16 binds only towards a majority union (s. 16(1)) or one granted the rights: the layer adds
 * a governance question on representativeness, and s. 16(2) and 16(3) apply only where the union
 * has not said it is a minority union (`appliesIf`; unanswered, they still apply).
 */
import { OUTSTANDING_STATUSES } from '../../src/engine/flow-types.ts';
import type { Condition, Provision, Verification } from '../../src/engine/flow-types.ts';
import type { JurisdictionLayer } from '../../src/engine/layers.ts';
import { isOrGap } from '../../src/engine/condition-builders.ts';

const POPIA_URL = 'https://inforegulator.org.za/popia';
const POPIA_S26_URL = 'https://inforegulator.org.za/knowledge-base/prohibition-on-processing-of-special-personal-information/';
const LRA_S16_URL = 'https://www.labour.gov.za/legislation/acts/labour-relations/read-online/amended-labour-relations-act-16';
const LRA_GAZETTE_URL = 'https://www.info.gov.za/gazette/acts/1995/a66-95.htm';
const LABOUR_DEPT_URL = 'https://www.labour.gov.za/';
const REVIEWED = '2026-11-30';

function section(
  id: string,
  instrument: string,
  pinpoint: string,
  url: string,
  verification: Verification,
  extra: Partial<Pick<Provision, 'discloses' | 'appliesIf'>> = {},
): Provision {
  return { id, instrument, kind: 'section', pinpoint, url, verification, reviewed: REVIEWED, ...extra };
}

function regulation(id: string, pinpoint: string, verification: Verification): Provision {
  return { id, instrument: 'popia-regulations-2018', kind: 'regulation', pinpoint, url: POPIA_URL, verification, reviewed: REVIEWED };
}

/** s. 16 binds towards a majority union or one granted its rights, not towards a minority union. */
const SECTION_16_UNION: Condition = { not: { question: 'union-representativeness', is: ['minority'] } };

/** The union-facing duty to disclose, for every question about the system (LRA s. 16(3)). */
const UNION = ['lra-s-16-3'] as const;
/** Questions a shop steward also needs to represent members in grievances and discipline (s. 16(2)). */
const STEWARD = ['lra-s-16-2', 'lra-s-16-3'] as const;

export const ZA_LAYER = {
  id: 'za',
  instruments: [
    { id: 'popia', url: POPIA_URL },
    { id: 'popia-regulations-2018', url: POPIA_URL },
    { id: 'lra', url: LRA_GAZETTE_URL },
    { id: 'eea', url: LABOUR_DEPT_URL },
    { id: 'ohsa', url: LABOUR_DEPT_URL },
    { id: 'bcea', url: LABOUR_DEPT_URL },
  ],
  provisions: [
    // ── POPIA: the conditions for lawful processing (Chapter 3) ──────────────────
    section('popia-s-4', 'popia', '4', POPIA_URL, 'secondary'),
    // (a)–(d) read in the Gazette; the automated-decision, complaint and civil items only in secondary sources (B1, D9).
    section('popia-s-5', 'popia', '5', POPIA_URL, 'secondary'),
    section('popia-s-8', 'popia', '8', POPIA_URL, 'secondary'),
    // s. 9(b) (reasonable manner, privacy) and s. 10 (minimality) replace the range ss. 9–12 (B2);
    // read by the review on the Gazette facsimile, held at the level the notes give the condition.
    section('popia-s-9-b', 'popia', '9(b)', POPIA_URL, 'secondary'),
    section('popia-s-10', 'popia', '10', POPIA_URL, 'secondary'),
    section('popia-s-11-1', 'popia', '11(1)', POPIA_URL, 'verified'),
    section('popia-s-11-2', 'popia', '11(2)', POPIA_URL, 'verified'),
    section('popia-s-11-3-a', 'popia', '11(3)(a)', POPIA_URL, 'verified'),
    section('popia-s-11-4', 'popia', '11(4)', POPIA_URL, 'verified'),
    // "ss. 13–14" is split: s. 13 is purpose, s. 14 retention and restriction of records (B4, B11, fix 3).
    section('popia-s-13', 'popia', '13', POPIA_URL, 'secondary'),
    // s. 14 text read by the review (acts.co.za s. 14); the notes did not cover it.
    section('popia-s-14-1', 'popia', '14(1)', POPIA_URL, 'verified'),
    section('popia-s-14-3', 'popia', '14(3)', POPIA_URL, 'verified'),
    section('popia-s-14-4', 'popia', '14(4)', POPIA_URL, 'verified'),
    section('popia-s-15', 'popia', '15', POPIA_URL, 'secondary'),
    section('popia-s-16', 'popia', '16', POPIA_URL, 'secondary'),
    // Full text read by the review (B7); owed to workers, not to the union (fix 4).
    section('popia-s-18', 'popia', '18', POPIA_URL, 'verified'),
    section('popia-s-18-1-g', 'popia', '18(1)(g)', POPIA_URL, 'verified'),
    section('popia-ss-19-22', 'popia', '19–22', POPIA_URL, 'secondary'),
    // Operators (B8): s. 20 authorisation and confidentiality; s. 21 written contract and notice of a compromise.
    section('popia-s-20', 'popia', '20', POPIA_URL, 'secondary'),
    section('popia-s-21', 'popia', '21', POPIA_URL, 'verified'),
    section('popia-s-21-2', 'popia', '21(2)', POPIA_URL, 'verified'),
    section('popia-s-22', 'popia', '22', POPIA_URL, 'secondary'),
    section('popia-s-23', 'popia', '23', POPIA_URL, 'verified'),
    section('popia-s-24', 'popia', '24', POPIA_URL, 'verified'),
    // ── POPIA: special personal information ───────────────────────────────────────
    section('popia-s-26', 'popia', '26', POPIA_S26_URL, 'verified'),
    section('popia-s-27', 'popia', '27', POPIA_URL, 'secondary'),
    section('popia-s-30', 'popia', '30', POPIA_URL, 'verified'),
    section('popia-s-32', 'popia', '32', POPIA_URL, 'known'),
    // Text read by the review (B14): biometrics, and personnel rules under labour legislation.
    section('popia-s-33', 'popia', '33', POPIA_URL, 'verified'),
    // ── POPIA: information officer, prior authorisation, automated decisions, transfers, complaints ──
    section('popia-s-55', 'popia', '55', POPIA_URL, 'verified'),
    section('popia-s-57-1-d', 'popia', '57(1)(d)', POPIA_URL, 'verified'),
    section('popia-s-71-1', 'popia', '71(1)', POPIA_URL, 'verified'),
    section('popia-s-71-2', 'popia', '71(2)', POPIA_URL, 'verified'),
    // Scope: the "appropriate measures" limb, s. 71(2)(a)(ii), not every use of the contract route (B18).
    section('popia-s-71-3', 'popia', '71(3)', POPIA_URL, 'verified'),
    // (b)–(e) read in the Gazette, (a) only in a secondary source (B19, D9).
    section('popia-s-72-1', 'popia', '72(1)', POPIA_URL, 'secondary'),
    section('popia-s-74', 'popia', '74', POPIA_URL, 'known'),
    // ── POPIA Regulations 2018, as amended by GN 6126 (17 April 2025) ────────────
    regulation('popia-regs-reg-4-1-a', '4(1)(a)', 'verified'),
    regulation('popia-regs-reg-4-1-b', '4(1)(b)', 'verified'),
    // ── Labour Relations Act 66 of 1995 ──────────────────────────────────────────
    section('lra-s-4', 'lra', '4', LRA_GAZETTE_URL, 'known'),
    section('lra-s-5', 'lra', '5', LRA_GAZETTE_URL, 'secondary'),
    section('lra-s-14-5-b', 'lra', '14(5)(b)', LRA_GAZETTE_URL, 'secondary'),
    section('lra-s-16-1', 'lra', '16(1)', LRA_S16_URL, 'verified'),
    section('lra-s-16-2', 'lra', '16(2)', LRA_S16_URL, 'verified', { discloses: true, appliesIf: SECTION_16_UNION }),
    section('lra-s-16-3', 'lra', '16(3)', LRA_S16_URL, 'verified', { discloses: true, appliesIf: SECTION_16_UNION }),
    // Inserted in 2014 (review B21); the notes could not check it [?]. Not in the 1995 Gazette text.
    section('lra-s-21-8c', 'lra', '21(8C)', LABOUR_DEPT_URL, 'uncertain'),
    section('lra-s-24', 'lra', '24', LRA_GAZETTE_URL, 'known'),
    // The 100-employee threshold, cited on its own at the level the notes give it (B22, D8).
    section('lra-s-80-1', 'lra', '80(1)', LRA_GAZETTE_URL, 'secondary'),
    section('lra-s-84-1-a', 'lra', '84(1)(a)', LRA_GAZETTE_URL, 'verified'),
    section('lra-s-84-1-h', 'lra', '84(1)(h)', LRA_GAZETTE_URL, 'verified'),
    section('lra-s-85', 'lra', '85', LRA_GAZETTE_URL, 'verified'),
    section('lra-s-187-1-d', 'lra', '187(1)(d)', LRA_GAZETTE_URL, 'known'),
    section('lra-s-189', 'lra', '189', LRA_GAZETTE_URL, 'known'),
    // ── Employment Equity Act 55 of 1998 (C28, fix 2) ─────────────────────────────
    section('eea-s-6', 'eea', '6', LABOUR_DEPT_URL, 'known'),
    // s. 8(a)–(c); s. 8(d) (HPCSA certification) is not in force (notes, trap 22) and not cited.
    section('eea-s-8', 'eea', '8', LABOUR_DEPT_URL, 'secondary'),
    // ── Occupational Health and Safety Act 85 of 1993 (fix 2) ─────────────────────
    section('ohsa-s-8', 'ohsa', '8', LABOUR_DEPT_URL, 'secondary'),
    section('ohsa-s-19', 'ohsa', '19', LABOUR_DEPT_URL, 'secondary'),
    // ── Basic Conditions of Employment Act 75 of 1997 (review (b), health-safety-intensity) ──
    section('bcea-s-14', 'bcea', '14', LABOUR_DEPT_URL, 'known'),
  ],
  backing: {
    // ── Collection ──
    'data-categories': ['popia-s-18', 'popia-s-10', ...STEWARD],
    purpose: ['popia-s-13', 'popia-s-18', ...STEWARD],
    'special-category-data': ['popia-s-26', 'popia-s-27', 'popia-s-32', 'popia-s-33', ...UNION],
    'special-category-basis': ['popia-s-27', 'popia-s-32', 'popia-s-33', ...UNION],
    'legal-basis': ['popia-s-11-1', 'popia-s-11-2', ...UNION],
    'objection-route': ['popia-s-11-3-a', 'popia-s-11-4', ...UNION],
    'worker-notice': ['popia-s-18', ...UNION],
    'off-duty-collection': ['popia-s-9-b', 'popia-s-10', ...STEWARD],
    'secondary-uses': ['popia-s-13', 'popia-s-15', ...STEWARD],
    'union-activity-tracking': ['popia-s-26', 'popia-s-30', 'lra-s-4', 'lra-s-5', ...STEWARD],
    'inactive-functions': [...UNION],
    // ── Analysis ──
    'inferences-profiles': ['popia-s-71-1', 'popia-s-16', ...STEWARD],
    'emotion-recognition': ['popia-s-9-b', 'popia-s-10', 'popia-s-26', ...STEWARD],
    'automated-decisions': ['popia-s-71-1', ...STEWARD],
    'automated-decision-exception': ['popia-s-71-2', ...STEWARD],
    'representations-and-logic': ['popia-s-71-3', ...STEWARD],
    'human-review': ['popia-s-71-1', 'popia-s-71-2', ...STEWARD],
    'human-reviewer': [...STEWARD],
    'logic-explanation': ['popia-s-71-3', ...STEWARD],
    'bias-testing': ['eea-s-8', 'eea-s-6', ...UNION],
    'bias-test-results': ['eea-s-8', ...UNION],
    'work-pace-targets': ['ohsa-s-8', 'bcea-s-14', ...STEWARD],
    'pay-linked-scores': ['lra-s-84-1-h', ...STEWARD],
    'job-impact': ['lra-s-189', 'lra-s-84-1-a', ...STEWARD],
    // ── Storage and sharing ──
    'storage-location': ['popia-s-18-1-g', 'popia-ss-19-22', ...UNION],
    'cross-border-transfers': ['popia-s-72-1', 'popia-s-18-1-g', ...UNION],
    'transfer-safeguards': ['popia-s-72-1', 'popia-s-57-1-d', ...UNION],
    'internal-access': ['popia-ss-19-22', 'popia-s-23', ...STEWARD],
    'vendor-involved': ['popia-s-20', 'popia-s-21', ...UNION],
    'vendor-contract': ['popia-s-21', ...UNION],
    'third-party-use': ['popia-s-15', 'popia-s-20', ...UNION],
    'breach-notice': ['popia-s-22', 'popia-s-21-2', 'popia-ss-19-22', ...UNION],
    'retention-period': ['popia-s-14-1', 'popia-s-14-3', 'popia-s-14-4', 'popia-s-24', ...STEWARD],
    'worker-access-requests': ['popia-s-23', 'popia-s-5', ...STEWARD],
    // ── Off-boarding ──
    'correction-deletion': ['popia-s-24', 'popia-s-5', ...STEWARD],
    'leavers-data': ['popia-s-14-1', 'popia-s-14-3', 'popia-s-14-4', 'popia-s-24', ...STEWARD],
    'training-reuse': ['popia-s-15', ...UNION],
    // ── Governance ──
    'impact-assessment': ['popia-regs-reg-4-1-b', 'popia-s-55', 'popia-s-4', ...UNION],
    'reps-views-sought': [...UNION],
    'impact-assessment-shared': [...UNION],
    'union-representativeness': ['lra-s-16-1', 'lra-s-21-8c'],
    'union-information': [...STEWARD],
    consultation: [...UNION],
    'workplace-forum': ['lra-s-80-1', 'lra-s-84-1-a', 'lra-s-85', ...UNION],
    'audit-review': ['popia-regs-reg-4-1-a', 'popia-s-8', ...UNION],
  },
  addQuestions: [
    {
      // s. 71(3): asked only where the company relies on the contract exception (B18 scope in the words and options).
      after: 'automated-decision-exception',
      question: {
        id: 'representations-and-logic',
        stage: 'analysis',
        options: ['yes', 'request-met', 'no'],
        showIf: { question: 'automated-decision-exception', is: ['contract'] },
      },
    },
    {
      // C29: whether s. 16 binds depends on it (majority, s. 16(1); rights granted, s. 21(8C) [?] or by agreement).
      after: 'impact-assessment-shared',
      question: { id: 'union-representativeness', stage: 'governance', options: ['majority', 'granted-s16-rights', 'minority'] },
    },
    {
      after: 'consultation',
      question: { id: 'workplace-forum', stage: 'governance', options: ['consulted', 'not-consulted', 'no-forum'] },
    },
  ],
  changeQuestions: {
    // POPIA s. 71(2) has two exceptions and no consent exception (B17, notes trap 13).
    'automated-decision-exception': { options: ['contract', 'law', 'none'] },
  },
  ruleBases: {
    // Notice to the union before changes: partly supported by s. 16(3) (review (b)).
    'advance-notice': ['lra-s-16-3'],
    // C10: a defective notice to workers calls for a compliant s. 18 notice.
    'worker-notice-compliance': ['popia-s-18'],
    // `consultation` has no basis of its own: no statute gives the union a general right to be consulted
    // on a data system. The forum (ss. 84–85) and retrenchment (s. 189) bases come with the rules below.
    'purpose-limitation': ['popia-s-13', 'popia-s-15'],
    // POPIA does not ban emotion recognition; ss. 9–10 support the ban (review (b)).
    'no-emotion-recognition': ['popia-s-9-b', 'popia-s-10'],
    'no-off-duty-monitoring': ['popia-s-9-b', 'popia-s-10'],
    'no-union-activity-profiling': ['popia-s-26', 'popia-s-30', 'lra-s-4', 'lra-s-5', 'lra-s-187-1-d'],
    'data-minimisation': ['popia-s-10', 'popia-s-9-b'],
    'no-consent-reliance': ['popia-s-11-2'],
    'objection-procedure': ['popia-s-11-3-a', 'popia-s-11-4'],
    // C30: s. 33 (biometrics, personnel rules under labour legislation) and s. 32 (health).
    'special-category-safeguards': ['popia-s-26', 'popia-s-27', 'popia-s-32', 'popia-s-33'],
    'joint-impact-assessment': ['popia-regs-reg-4-1-b'],
    'human-review-solely': ['popia-s-71-1', 'popia-s-71-2'],
    // human-review-partly, human-review-undisclosed: s. 71 covers solely automated decisions only; the clause creates the right.
    // explanation-of-decisions: s. 71(3) only under the contract route, through the rule below.
    'individual-access': ['popia-s-23', 'popia-s-24', 'popia-s-5'],
    'collective-access': ['lra-s-16-3'],
    // Fix 3: the retention limit is s. 14; s. 24 (destruction on request) is the second basis.
    'retention-deletion': ['popia-s-14-1', 'popia-s-14-3', 'popia-s-14-4', 'popia-s-24'],
    'no-sale-no-training': ['popia-s-15', 'popia-s-20'],
    // Fix 2: not "no statutory right".
    'vendor-safeguards': ['popia-s-20', 'popia-s-21'],
    'cross-border-transfers': ['popia-s-72-1'],
    // The 72 hours are contractual; POPIA says "as soon as reasonably possible" (review (b)).
    'security-breach-notice': ['popia-s-22', 'popia-s-21-2'],
    // Fix 2: EEA s. 6 for every system; s. 8 (assessments) through the rule below.
    'bias-audit': ['eea-s-6'],
    // Fix 2: OHSA s. 8 and s. 19; BCEA s. 14 for breaks [K].
    'health-safety-intensity': ['ohsa-s-8', 'ohsa-s-19', 'bcea-s-14'],
    // pay-criteria-agreement: s. 84(1)(h) needs a workplace forum, so it comes with the rule below.
    'job-security': ['lra-s-189'],
    // Fix 2: the training sentence rests on s. 14(5)(b) (shop stewards of a majority union).
    'union-expert': ['lra-s-14-5-b'],
    'periodic-review': ['popia-regs-reg-4-1-a'],
    'redress-no-retaliation': ['popia-s-74', 'lra-s-5', 'lra-s-24'],
  },
  changeRules: {
    // The exception question has no consent option here (s. 71(2)): consent is tested on the legal basis only.
    'no-consent-reliance': { when: { question: 'legal-basis', is: ['consent'] } },
  },
  addRules: [
    // A forum that was not consulted: ss. 84(1)(a) and 85 apply (they give the forum a consensus-seeking process).
    {
      id: 'za-consultation-forum-not-consulted',
      clause: 'consultation',
      when: { question: 'workplace-forum', is: ['not-consulted'] },
      provisions: ['lra-s-84-1-a', 'lra-s-85'],
    },
    // C24: management will not say whether a forum exists or was consulted. The sections apply if one
    // exists; their summaries (and s. 80(1)'s threshold) state that condition.
    {
      id: 'za-consultation-forum-unknown',
      clause: 'consultation',
      when: { question: 'workplace-forum', status: OUTSTANDING_STATUSES },
      provisions: ['lra-s-84-1-a', 'lra-s-85', 'lra-s-80-1'],
    },
    // Jobs changed or lost: s. 189 consultation where dismissals for operational requirements are contemplated.
    { id: 'za-consultation-dismissals', clause: 'consultation', when: isOrGap('job-impact', ['yes']), provisions: ['lra-s-189'] },
    // C25: s. 71(3) whenever the contract exception is relied on, except where the worker's own request was met (B18).
    {
      id: 'za-explanation-contract-route',
      clause: 'explanation-of-decisions',
      when: {
        all: [{ question: 'automated-decision-exception', is: ['contract'] }, { not: { question: 'representations-and-logic', is: ['request-met'] } }],
      },
      provisions: ['popia-s-71-3'],
    },
    // Special personal information sent abroad also needs the Regulator's prior authorisation (s. 57(1)(d)).
    {
      id: 'za-cross-border-special-information',
      clause: 'cross-border-transfers',
      when: {
        all: [
          { any: [isOrGap('cross-border-transfers', ['yes']), { question: 'transfer-safeguards', status: OUTSTANDING_STATUSES }] },
          { question: 'special-category-data', is: ['yes'] },
        ],
      },
      provisions: ['popia-s-72-1', 'popia-s-57-1-d'],
      facts: { dataLocation: 'storage-location' },
    },
    // C28: assessment-type systems (hiring, performance, scoring) fall under EEA s. 8.
    {
      id: 'za-bias-audit-assessments',
      clause: 'bias-audit',
      when: {
        all: [
          { any: [isOrGap('bias-testing', ['no']), isOrGap('bias-test-results', ['no'])] },
          { any: [{ category: ['hiring', 'performance'] }, { question: 'inferences-profiles', is: ['yes'] }] },
        ],
      },
      provisions: ['eea-s-8'],
    },
    // C27: merit and bonus criteria are a forum matter (s. 84(1)(h)) unless management says there is no forum.
    {
      id: 'za-pay-criteria-forum',
      clause: 'pay-criteria-agreement',
      when: { all: [isOrGap('pay-linked-scores', ['yes']), { not: { question: 'workplace-forum', is: ['no-forum'] } }] },
      provisions: ['lra-s-84-1-h'],
    },
    // D7: a union without s. 16 rights gets disclosure only by agreement; the clause creates it.
    { id: 'za-collective-access-minority', clause: 'collective-access', when: isOrGap('union-representativeness', ['minority']), provisions: [] },
  ],
  terms: ['information-officer', 'information-regulator', 'responsible-party', 'operator', 'workplace-forum', 'shop-steward', 'ccma'],
} as const satisfies JurisdictionLayer;
