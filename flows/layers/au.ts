/**
 * Australia (Commonwealth): what the Privacy Act 1988, as amended by the Privacy and Other
 * Legislation Amendment Act 2024, the Fair Work Act 2009 and its Regulations, and the model Work
 * Health and Safety Act 2011 change in the core checklist. Legal facts come only from
 * `shared/design/legal-verification-uk-us-ca-au-intl.md` §4, §6.4 and traps 19, 20 and 22, which
 * correct `legal-research.md` §5.12. Flags map [V] verified, [V-sec] secondary, [K] known,
 * [?] uncertain. Words: `locales/<lang>/law-au.json`. Ids are permanent.
 *
 * The employee-records exemption (Privacy Act s. 7B(3)) decides nearly everything: a private
 * employer's acts directly related to the employment relationship and an employee record it holds
 * are outside the Australian Privacy Principles. So the core rules on notice, access, correction,
 * purpose, retention, automated decisions and assessments get no basis here: the documents say the
 * law gives no such right and the clause creates it. What the APPs still reach (trap 19) is asked
 * by this layer's questions, and each APP basis comes with a rule that holds only when it applies:
 * - whose data: job applicants and contractors are not employees for the exemption;
 * - newly collected data, such as a fingerprint template the employer did not hold (Lee);
 * - which employer: Commonwealth agencies' employee records are covered; most businesses with a
 *   turnover of A$3m or less are outside the Act altogether (s. 6D).
 * The Fair Work consultation term binds through the enterprise agreement or award that covers the
 * workers (trap 22): asked by two governance questions, whose answers carry the bases.
 * Each provision that binds only in some of these cases says so (`appliesIf`, written so that an
 * unanswered question excludes nothing): where it does not hold, the proposal, the brief and the
 * letter drop it for that system, and a clause left with no basis says "negotiate it".
 *
 * Links: the notes give no verified per-section page on legislation.gov.au and the Privacy Act's
 * series id is recalled, not checked, so every act links to the register's home page
 * (https://www.legislation.gov.au/, not opened). The WHS Act is the Commonwealth model, which most
 * states and territories have enacted in their own Acts. Lee v Superior Wood links to the Fair
 * Work Commission's own page for the decision, which the notes read.
 *
 * Citation forms: the APPs are Schedule 1 to the Privacy Act ("Privacy Act Sch. 1, APP 3.3"), the
 * tort is its Schedule 2, and the model consultation term is Schedule 2.3 to the Regulations.
 */
import type { Condition, Provision, Verification } from '../../src/engine/flow-types.ts';
import type { JurisdictionLayer } from '../../src/engine/layers.ts';
import { isOrGap, isOrOwed } from '../../src/engine/condition-builders.ts';

const REGISTER_URL = 'https://www.legislation.gov.au/';
const LEE_URL = 'https://www.fwc.gov.au/documents/decisionssigned/html/2019fwcfb2946.htm';
const REVIEWED = '2026-12-02';

function provision(
  id: string,
  instrument: string,
  kind: Provision['kind'],
  pinpoint: string,
  verification: Verification,
  extra: Partial<Pick<Provision, 'discloses' | 'appliesFrom' | 'appliesFromUncertain' | 'appliesIf'>> = {},
): Provision {
  return { id, instrument, kind, pinpoint, url: instrument === 'lee-v-superior-wood' ? LEE_URL : REGISTER_URL, verification, reviewed: REVIEWED, ...extra };
}

/** The Privacy Act reaches the employer: not said to be a small business or a state or territory body. */
const ACT_REACHES_EMPLOYER: Condition = { not: { question: 'au-employer-coverage', is: ['private-small', 'state-public'] } };
/**
 * The APPs reach at least some of the data: applicants or contractors (not employees for the
 * exemption), a hiring system, or a Commonwealth agency, whose employee records are covered.
 */
const APPS_REACH_DATA: Condition = {
  all: [
    ACT_REACHES_EMPLOYER,
    {
      any: [
        { question: 'au-whose-data', is: ['applicants-or-contractors', 'both'] },
        { category: ['hiring'] },
        { question: 'au-employer-coverage', is: ['commonwealth-agency'] },
      ],
    },
  ],
};
/**
 * When each provision binds (`appliesIf`), written so that an unanswered question excludes nothing.
 * The exemption's case: a private employer's current employees only, in a system that is not for
 * hiring. There the APPs give nothing; anywhere else, they may.
 */
const EXEMPT_RECORDS: Condition = {
  all: [
    { question: 'au-whose-data', is: ['current-employees'] },
    { not: { category: ['hiring'] } },
    { not: { question: 'au-employer-coverage', is: ['commonwealth-agency'] } },
  ],
};
const APPS_MAY_APPLY: Condition = { all: [ACT_REACHES_EMPLOYER, { not: EXEMPT_RECORDS }] };
/** APP 3.3 and Lee: anyone outside the exemption, or newly collected data even from current staff. */
const COLLECTION_RULES_APPLY: Condition = {
  all: [ACT_REACHES_EMPLOYER, { not: { all: [EXEMPT_RECORDS, { question: 'au-new-collection', is: ['already-held'] }] } }],
};
/** The exemption itself: a private employer (a state or territory body is outside the Act, a Commonwealth agency is not exempt). */
const PRIVATE_EMPLOYER: Condition = { not: { question: 'au-employer-coverage', is: ['commonwealth-agency', 'state-public'] } };
/** Systems that keep hours or feed pay: what the Fair Work Regulations call employee records. */
const TIME_AND_WAGES: Condition = { any: [{ category: ['scheduling'] }, isOrGap('pay-linked-scores', ['yes'])] };
/** Those records, of employees: not of applicants or contractors, and not monitoring data. */
const EMPLOYEES_TIME_AND_WAGES: Condition = {
  all: [{ not: { category: ['hiring'] } }, { not: { question: 'au-whose-data', is: ['applicants-or-contractors'] } }, TIME_AND_WAGES],
};
const AWARD_FREE = ['award-free'] as const;
const UNDER_AGREEMENT: Condition = { not: { question: 'au-industrial-instrument', is: [...AWARD_FREE, 'modern-award'] } };
/** s. 145A: the award's term on rosters and ordinary hours, so for a rostering system under an award. */
const AWARD_ROSTERS: Condition = { all: [{ not: { question: 'au-industrial-instrument', is: [...AWARD_FREE, 'enterprise-agreement'] } }, { category: ['scheduling'] }] };
const UNDER_AGREEMENT_OR_AWARD: Condition = { not: { question: 'au-industrial-instrument', is: AWARD_FREE } };

/** Sensitive data the employer is collecting now, not records it already holds (Lee). */
const NEW_SENSITIVE_COLLECTION: Condition = { all: [ACT_REACHES_EMPLOYER, isOrGap('au-new-collection', ['new-collection'])] };
const AGREEMENT: Condition = { question: 'au-industrial-instrument', is: ['enterprise-agreement'] };
const AWARD: Condition = { question: 'au-industrial-instrument', is: ['modern-award'] };
/** The change has not been consulted on as the term requires, or management denies that it is major. */
const NOT_CONSULTED = isOrOwed('au-major-change-consultation', ['no', 'not-major-change']);

export const AU_LAYER = {
  id: 'au',
  instruments: [
    { id: 'privacy-act', url: REGISTER_URL },
    { id: 'fair-work-act', url: REGISTER_URL },
    { id: 'fair-work-regulations', url: REGISTER_URL },
    { id: 'whs-act', url: REGISTER_URL },
    { id: 'lee-v-superior-wood', url: LEE_URL },
  ],
  provisions: [
    // ── Privacy Act 1988 ─────────────────────────────────────────────────────────
    // The exemption (OAIC page and a secondary summary) and the small-business exemption (§6.4: a second gap).
    provision('privacy-act-s-7b-3', 'privacy-act', 'section', '7B(3)', 'secondary', { appliesIf: PRIVATE_EMPLOYER }),
    provision('privacy-act-s-6d', 'privacy-act', 'section', '6D', 'secondary'),
    // The statutory tort, in force since 10 June 2025: a court remedy, not an information right (trap 20).
    provision('privacy-act-sch-2', 'privacy-act', 'schedule', '2', 'secondary'),
    // ── The Australian Privacy Principles (Privacy Act Schedule 1) ───────────────
    // APP 3.3 from the "what it leaves covered" row ([V-sec]) and question (a)3.
    provision('app-3-3', 'privacy-act', 'schedule', '1, APP 3.3', 'secondary', { appliesIf: COLLECTION_RULES_APPLY }),
    // APP 12 is cited by the notes' letter list (§4.4(c)) without a row of its own: standard content [K].
    provision('app-12', 'privacy-act', 'schedule', '1, APP 12', 'known', { discloses: true, appliesIf: APPS_MAY_APPLY }),
    // A privacy-policy statement from 10 December 2026, reported by secondary sources only; not a
    // right to an explanation or review, and not owed to the union (§4.4(c): cannot be cited). That it
    // does not reach exempt employee-record acts is the notes' own inference [?]: applied as such.
    provision('app-1-7-1-9', 'privacy-act', 'schedule', '1, APP 1.7–1.9', 'secondary', { appliesFrom: '2026-12-10', appliesFromUncertain: true, appliesIf: APPS_MAY_APPLY }),
    // ── Fair Work Act 2009 and Regulations ───────────────────────────────────────
    provision('fair-work-act-s-205', 'fair-work-act', 'section', '205', 'verified', { discloses: true, appliesIf: UNDER_AGREEMENT }),
    provision('fair-work-act-s-145a', 'fair-work-act', 'section', '145A', 'verified', { discloses: true, appliesIf: AWARD_ROSTERS }),
    // The text was read on a mirror [V], but whether the model term is still Schedule 2.3 of the
    // Regulations or is now determined by the Fair Work Commission is open [?]: the pinpoint is uncertain.
    provision('fair-work-regulations-sch-2-3', 'fair-work-regulations', 'schedule', '2.3', 'uncertain', { discloses: true, appliesIf: UNDER_AGREEMENT }),
    // Time-and-wages records only, not monitoring data. 3.43 read on AustLII, 3.42 on a secondary source.
    provision('fair-work-regulations-reg-3-42', 'fair-work-regulations', 'regulation', '3.42', 'secondary', { discloses: true, appliesIf: EMPLOYEES_TIME_AND_WAGES }),
    provision('fair-work-regulations-reg-3-43', 'fair-work-regulations', 'regulation', '3.43', 'verified', { appliesIf: EMPLOYEES_TIME_AND_WAGES }),
    // ── Work Health and Safety Act 2011 (model) ──────────────────────────────────
    provision('whs-act-ss-47-49', 'whs-act', 'section', '47–49', 'secondary', { discloses: true }),
    // ── Lee v Superior Wood Pty Ltd: headnote and facts read [V], holding from a secondary source ──
    provision('lee-v-superior-wood-2019', 'lee-v-superior-wood', 'case', '[2019] FWCFB 2946', 'verified', { appliesIf: COLLECTION_RULES_APPLY }),
  ],
  backing: {
    // ── Collection ──
    'au-employer-coverage': ['privacy-act-s-6d', 'privacy-act-s-7b-3'],
    'au-whose-data': ['privacy-act-s-7b-3'],
    // The exemption is why the law gives current employees no notice, access or correction: shown beside
    // the questions so the rep sees why the clause must create the right.
    'worker-notice': ['privacy-act-s-7b-3'],
    'special-category-data': ['app-3-3'],
    'au-new-collection': ['app-3-3', 'lee-v-superior-wood-2019'],
    'off-duty-collection': ['privacy-act-sch-2'],
    // ── Analysis ──
    'automated-decisions': ['app-1-7-1-9'],
    'logic-explanation': ['app-1-7-1-9'],
    'work-pace-targets': ['whs-act-ss-47-49'],
    'job-impact': ['whs-act-ss-47-49'],
    // ── Storage and off-boarding ──
    'worker-access-requests': ['privacy-act-s-7b-3', 'app-12', 'fair-work-regulations-reg-3-42', 'fair-work-regulations-reg-3-43'],
    'correction-deletion': ['privacy-act-s-7b-3'],
    // ── Governance ──
    // The consultation term binds only where an agreement or award covers the workers (appliesIf).
    'union-information': ['fair-work-act-s-205', 'fair-work-regulations-sch-2-3'],
    consultation: ['whs-act-ss-47-49', 'fair-work-act-s-205', 'fair-work-act-s-145a'],
    'au-industrial-instrument': ['fair-work-act-s-205', 'fair-work-act-s-145a'],
    'au-major-change-consultation': ['fair-work-act-s-205', 'fair-work-regulations-sch-2-3', 'fair-work-act-s-145a'],
  },
  addQuestions: [
    // Trap 19: build the flow around whose data, which employer, and held or newly collected.
    { after: 'data-categories', question: { id: 'au-employer-coverage', stage: 'collection', options: ['private-large', 'private-small', 'commonwealth-agency', 'state-public'] } },
    { after: 'au-employer-coverage', question: { id: 'au-whose-data', stage: 'collection', options: ['current-employees', 'applicants-or-contractors', 'both'] } },
    {
      after: 'special-category-data',
      question: {
        id: 'au-new-collection',
        stage: 'collection',
        options: ['new-collection', 'already-held'],
        showIf: { any: [{ question: 'special-category-data', is: ['yes'] }, { category: ['biometrics'] }] },
      },
    },
    // Trap 22: the consultation term lives in the agreement or award; cite its clause number.
    { after: 'consultation', question: { id: 'au-industrial-instrument', stage: 'governance', options: ['enterprise-agreement', 'modern-award', 'award-free'] } },
    {
      after: 'au-industrial-instrument',
      question: {
        id: 'au-major-change-consultation',
        stage: 'governance',
        options: ['yes', 'no', 'not-major-change'],
        showIf: UNDER_AGREEMENT_OR_AWARD,
      },
    },
  ],
  // No core rule rests on the Privacy Act for current employees (s. 7B(3)): notice, access, correction,
  // purpose, retention, human review, explanation, impact assessment and bias audit have no basis here
  // (§4.4(b)). The APP and Fair Work bases come with the rules below, which hold only where they apply.
  ruleBases: {
    // WHS consultation on changes that may affect health or safety, including algorithmic pacing.
    'health-safety-intensity': ['whs-act-ss-47-49'],
    // The tort is a court route the redress clause leaves open; it gives no information right.
    'redress-no-retaliation': ['privacy-act-sch-2'],
  },
  addRules: [
    // ── Privacy Act: what the exemption leaves covered ──
    { id: 'au-individual-access-apps', clause: 'individual-access', when: APPS_REACH_DATA, provisions: ['app-12'] },
    // New collection, even from current staff (Lee); sensitive data of applicants or contractors (APP 3.3 alone).
    { id: 'au-sensitive-new-collection', clause: 'special-category-safeguards', when: NEW_SENSITIVE_COLLECTION, provisions: ['app-3-3', 'lee-v-superior-wood-2019'] },
    {
      id: 'au-sensitive-outside-exemption',
      clause: 'special-category-safeguards',
      when: { all: [APPS_REACH_DATA, isOrGap('special-category-data', ['yes'])] },
      provisions: ['app-3-3'],
    },
    // ── Fair Work: time-and-wages records, for systems that record hours or feed pay ──
    {
      id: 'au-individual-access-time-records',
      clause: 'individual-access',
      when: TIME_AND_WAGES,
      provisions: ['fair-work-regulations-reg-3-42', 'fair-work-regulations-reg-3-43'],
    },
    // ── Fair Work: the consultation term of an enterprise agreement (s. 205; the model term) ──
    { id: 'au-consultation-agreement-term', clause: 'consultation', when: { all: [AGREEMENT, NOT_CONSULTED] }, provisions: ['fair-work-act-s-205', 'fair-work-regulations-sch-2-3'] },
    { id: 'au-advance-notice-agreement-term', clause: 'advance-notice', when: { all: [AGREEMENT, NOT_CONSULTED] }, provisions: ['fair-work-regulations-sch-2-3'] },
    {
      id: 'au-collective-access-agreement-term',
      clause: 'collective-access',
      when: { all: [AGREEMENT, { any: [NOT_CONSULTED, isOrOwed('union-information', ['no'])] }] },
      provisions: ['fair-work-act-s-205', 'fair-work-regulations-sch-2-3'],
    },
    { id: 'au-job-security-agreement-term', clause: 'job-security', when: { all: [AGREEMENT, isOrGap('job-impact', ['yes'])] }, provisions: ['fair-work-regulations-sch-2-3'] },
    // Rosters and ordinary hours: the agreement's term (s. 205) or the award's (s. 145A).
    { id: 'au-consultation-rosters-agreement', clause: 'consultation', when: { all: [AGREEMENT, { category: ['scheduling'] }] }, provisions: ['fair-work-act-s-205'] },
    { id: 'au-consultation-rosters-award', clause: 'consultation', when: { all: [AWARD, { category: ['scheduling'] }] }, provisions: ['fair-work-act-s-145a'] },
    // ── WHS: consultation on changes that may affect health or safety ──
    {
      id: 'au-consultation-health-safety',
      clause: 'consultation',
      when: { any: [isOrGap('work-pace-targets', ['yes']), isOrGap('job-impact', ['yes'])] },
      provisions: ['whs-act-ss-47-49'],
    },
  ],
  terms: ['employee-record', 'enterprise-agreement', 'modern-award', 'health-and-safety-representative', 'oaic', 'fair-work-commission'],
} as const satisfies JurisdictionLayer;
