/**
 * Kenya: what the Data Protection Act 2019 (No. 24 of 2019), the Data Protection (General)
 * Regulations 2021 (LN 263/2021), the Employment Act 2007 and the Constitution change in the core
 * checklist. Legal facts come only from `shared/design/legal-verification-br-ke-ng-in-kr-eu-national.md`
 * (§2, §7.2 and the traps 8–11 of §8), which corrects `legal-research.md` §5.9; s. 41 (data
 * protection by design and by default) is taken from §5.9, which the check did not correct, at the
 * level it gives its content. Flags map [V] verified, [V-sec] secondary, [K] known, [?] uncertain.
 * Words: `locales/<lang>/law-ke.json`. Ids are permanent.
 *
 * Links: the notes give kenyalaw.org (Laws of Kenya) as the official base for the Act, the
 * regulations, the Employment Act and the Constitution, and no per-section link was tested, so
 * every provision links there. None of these links was opened for this layer; the Act itself was
 * read in a gazette facsimile (ictpolicyafrica.org) and ss. 25–27 on the ODPC's data-subjects page,
 * which are mirrors, not the links shown. The High Court judgment Ondieki v Maeda is known only
 * through a law-firm summary: it is linked to kenyalaw.org, which publishes the courts' judgments,
 * without a tested address and with its date as its citation (no law-report reference was read).
 *
 * What the law does not give (notes §2.3): no duty to consult or bargain with a union before
 * introducing monitoring or AI; no statutory duty to disclose information to a union found in the
 * Labour Relations Act [?] (so the LRA has no provision here, only a mention in the words); no
 * right to receive the DPIA; no explicit right to an explanation of an automated decision. Those
 * core rules keep no basis. s. 35 gives written notice and reconsideration or a new decision, not
 * the GDPR's list of safeguards (trap 8); s. 31 is the DPIA and s. 35 the automated decision
 * (trap 10); s. 37 is commercial use, cited only against the sale or re-use of workers' data
 * (trap 11).
 *
 * The letter (`discloses`) cites as a duty only what the notes' §2.4 lists: the individual rights
 * the union can exercise for members who give it written authority (s. 27(c)): s. 26(a) and (b),
 * reg. 9, s. 29, s. 35(3)–(4), s. 36, s. 40 and reg. 12. s. 31 and s. 49(1) are asked about, not
 * cited as obliging an answer; the DPIA copy, s. 43 and the LRA never are.
 */
import { GAP_STATUSES, type Condition, type PinpointKind, type Provision, type Stage, type Verification } from '../../src/engine/flow-types.ts';
import type { AddedQuestion, JurisdictionLayer } from '../../src/engine/layers.ts';
import { isOrGap } from '../../src/engine/condition-builders.ts';

const KENYA_LAW_URL = 'https://kenyalaw.org/';
const REVIEWED = '2026-12-02';

function provision(
  id: string,
  instrument: string,
  kind: PinpointKind,
  pinpoint: string,
  verification: Verification,
  extra: Partial<Pick<Provision, 'discloses' | 'appliesIf'>> = {},
): Provision {
  return { id, instrument, kind, pinpoint, url: KENYA_LAW_URL, verification, reviewed: REVIEWED, ...extra };
}

const DUTY = { discloses: true } as const;

/** A question this law adds after `after`, asked when `showIf` holds. */
function asked(after: string, id: string, stage: Stage, options: readonly string[], showIf?: Condition): AddedQuestion {
  return { after, question: { id, stage, options, ...(showIf ? { showIf } : {}) } };
}

/** Posts may go and the union has not had the Employment Act s. 40(1) notice (or will not say). */
const REDUNDANCY_NOT_NOTIFIED: Condition = isOrGap('ke-redundancy-notice', ['not-notified']);
const BIAS_UNTESTED: Condition = { any: [isOrGap('bias-testing', ['no']), isOrGap('bias-test-results', ['no'])] };

export const KE_LAYER = {
  id: 'ke',
  instruments: [
    { id: 'ke-dpa', url: KENYA_LAW_URL },
    { id: 'ke-dpa-general-regulations', url: KENYA_LAW_URL },
    { id: 'ke-employment-act', url: KENYA_LAW_URL },
    { id: 'ke-constitution', url: KENYA_LAW_URL },
    { id: 'ke-ondieki-v-maeda', url: KENYA_LAW_URL },
  ],
  provisions: [
    // ── Data Protection Act 2019: principles, rights, notice, lawful processing ──
    provision('ke-dpa-s-25', 'ke-dpa', 'section', '25', 'verified'),
    provision('ke-dpa-s-26', 'ke-dpa', 'section', '26', 'verified'),
    provision('ke-dpa-s-26-a', 'ke-dpa', 'section', '26(a)', 'verified', DUTY),
    provision('ke-dpa-s-26-b', 'ke-dpa', 'section', '26(b)', 'verified', DUTY),
    provision('ke-dpa-s-27-c', 'ke-dpa', 'section', '27(c)', 'verified'),
    provision('ke-dpa-s-29', 'ke-dpa', 'section', '29', 'known', DUTY),
    provision('ke-dpa-s-30', 'ke-dpa', 'section', '30', 'verified'),
    // ── DPIA: s. 31 (not s. 35, trap 10), the Commissioner consulted, the report 60 days ahead ──
    provision('ke-dpa-s-31', 'ke-dpa', 'section', '31', 'verified'),
    provision('ke-dpa-s-31-3', 'ke-dpa', 'section', '31(3)', 'verified'),
    provision('ke-dpa-s-31-5', 'ke-dpa', 'section', '31(5)', 'verified'),
    provision('ke-dpa-s-32', 'ke-dpa', 'section', '32', 'verified'),
    // ── Automated decisions: s. 35(1)–(2) not read [K]; (3)–(5) read in the gazette facsimile ──
    provision('ke-dpa-s-35-1-2', 'ke-dpa', 'section', '35(1)–(2)', 'known'),
    provision('ke-dpa-s-35-3-4', 'ke-dpa', 'section', '35(3)–(4)', 'verified', DUTY),
    provision('ke-dpa-s-35-5', 'ke-dpa', 'section', '35(5)', 'verified'),
    provision('ke-dpa-s-36', 'ke-dpa', 'section', '36', 'verified', DUTY),
    // Commercial use of personal data (trap 11): subsection (1) read.
    provision('ke-dpa-s-37-1', 'ke-dpa', 'section', '37(1)', 'verified'),
    // Headings read, content [K].
    provision('ke-dpa-s-38', 'ke-dpa', 'section', '38', 'known'),
    provision('ke-dpa-s-39', 'ke-dpa', 'section', '39', 'known'),
    provision('ke-dpa-s-40', 'ke-dpa', 'section', '40', 'known', DUTY),
    // From legal-research §5.9 (headings [V], content [K]); the check did not revisit it.
    provision('ke-dpa-s-41', 'ke-dpa', 'section', '41', 'known'),
    provision('ke-dpa-s-43', 'ke-dpa', 'section', '43', 'known'),
    // ── Transfers out of Kenya and local processing ──
    provision('ke-dpa-s-48', 'ke-dpa', 'section', '48', 'secondary'),
    // Binds only for sensitive data: not cited once management says the system holds none.
    provision('ke-dpa-s-49-1', 'ke-dpa', 'section', '49(1)', 'secondary', { appliesIf: { not: { question: 'special-category-data', is: ['no'] } } }),
    provision('ke-dpa-s-49-2-3', 'ke-dpa', 'section', '49(2)–(3)', 'verified'),
    provision('ke-dpa-s-50', 'ke-dpa', 'section', '50', 'verified'),
    // The ODPC row flags the Office's existence [V]; complaints under s. 56 are not read, so [K].
    provision('ke-dpa-s-56', 'ke-dpa', 'section', '56', 'known'),
    // ── Data Protection (General) Regulations 2021: deadlines reported [V-sec]; reg. 40 read [V] ──
    provision('ke-dpa-regs-reg-9', 'ke-dpa-general-regulations', 'regulation', '9', 'secondary', DUTY),
    provision('ke-dpa-regs-reg-12', 'ke-dpa-general-regulations', 'regulation', '12', 'secondary', DUTY),
    // Only the heading was read [V]; what it requires (checks for bias) is reported [V-sec], and that is what is cited.
    provision('ke-dpa-regs-reg-22', 'ke-dpa-general-regulations', 'regulation', '22', 'secondary'),
    provision('ke-dpa-regs-reg-40', 'ke-dpa-general-regulations', 'regulation', '40', 'verified'),
    // ── Employment Act 2007 (Cap. 226): redundancy notice to the union and the labour officer ──
    // Binds only where posts may go: not cited once management says no post will be made redundant.
    provision('ke-employment-act-s-40-1', 'ke-employment-act', 'section', '40(1)', 'secondary', {
      appliesIf: { not: { question: 'ke-redundancy-notice', is: ['no-redundancy'] } },
    }),
    // ── Constitution of Kenya 2010 ──
    provision('ke-constitution-art-31', 'ke-constitution', 'article', '31(c)–(d)', 'verified'),
    provision('ke-constitution-art-41', 'ke-constitution', 'article', '41', 'known'),
    // ── Case law: the CCTV operator as a data controller ──
    provision('ke-ondieki-v-maeda-2023', 'ke-ondieki-v-maeda', 'case', 'High Court, 31 May 2023', 'secondary'),
  ],
  backing: {
    // ── Collection ──
    'data-categories': ['ke-dpa-s-25', 'ke-dpa-s-41', 'ke-dpa-s-29'],
    purpose: ['ke-dpa-s-25', 'ke-dpa-s-26-a', 'ke-dpa-s-29'],
    'special-category-data': ['ke-dpa-s-25', 'ke-dpa-s-31'],
    'special-category-basis': ['ke-dpa-s-30', 'ke-dpa-s-25'],
    'legal-basis': ['ke-dpa-s-30', 'ke-dpa-s-32'],
    'objection-route': ['ke-dpa-s-36', 'ke-dpa-s-26', 'ke-dpa-s-27-c'],
    'worker-notice': ['ke-dpa-s-29', 'ke-dpa-s-26-a'],
    'off-duty-collection': ['ke-dpa-s-25', 'ke-constitution-art-31'],
    'secondary-uses': ['ke-dpa-s-25', 'ke-dpa-s-26-a'],
    'union-activity-tracking': ['ke-constitution-art-41', 'ke-dpa-s-25'],
    'inactive-functions': ['ke-dpa-s-31', 'ke-dpa-s-41'],
    // ── Analysis ──
    'inferences-profiles': ['ke-dpa-s-35-1-2', 'ke-dpa-s-26-b'],
    'emotion-recognition': ['ke-dpa-s-25', 'ke-dpa-s-31'],
    'automated-decisions': ['ke-dpa-s-35-1-2', 'ke-dpa-s-35-3-4'],
    'automated-decision-exception': ['ke-dpa-s-35-1-2'],
    'ke-automated-decision-notice': ['ke-dpa-s-35-3-4', 'ke-dpa-s-35-5'],
    'human-review': ['ke-dpa-s-35-3-4'],
    // human-reviewer: the Act says nothing of who reconsiders, with what training or power: unbacked, negotiate it.
    // logic-explanation: no explicit right to an explanation (notes §2.3): unbacked, negotiate it.
    'bias-testing': ['ke-dpa-regs-reg-22', 'ke-dpa-s-35-5'],
    'job-impact': ['ke-employment-act-s-40-1'],
    'ke-redundancy-notice': ['ke-employment-act-s-40-1'],
    // ── Storage and sharing ──
    'storage-location': ['ke-dpa-s-29', 'ke-dpa-s-48', 'ke-dpa-s-50'],
    'cross-border-transfers': ['ke-dpa-s-48', 'ke-dpa-s-49-1', 'ke-dpa-regs-reg-40'],
    'transfer-safeguards': ['ke-dpa-s-48', 'ke-dpa-regs-reg-40', 'ke-dpa-s-49-2-3'],
    'ke-sensitive-transfer-consent': ['ke-dpa-s-49-1', 'ke-dpa-regs-reg-40'],
    'internal-access': ['ke-dpa-s-41'],
    'vendor-involved': ['ke-dpa-s-29'],
    'third-party-use': ['ke-dpa-s-37-1', 'ke-dpa-s-25'],
    'breach-notice': ['ke-dpa-s-43'],
    'retention-period': ['ke-dpa-s-39'],
    'worker-access-requests': ['ke-dpa-s-26-b', 'ke-dpa-s-27-c', 'ke-dpa-regs-reg-9'],
    'ke-union-authorised-requests': ['ke-dpa-s-27-c', 'ke-dpa-regs-reg-9'],
    // ── Off-boarding ──
    'correction-deletion': ['ke-dpa-s-26', 'ke-dpa-s-40', 'ke-dpa-regs-reg-12'],
    'leavers-data': ['ke-dpa-s-39', 'ke-dpa-s-38', 'ke-dpa-s-40'],
    'training-reuse': ['ke-dpa-s-25', 'ke-dpa-s-37-1'],
    // ── Governance ──
    'impact-assessment': ['ke-dpa-s-31', 'ke-dpa-s-31-3'],
    'ke-dpia-submitted': ['ke-dpa-s-31-5', 'ke-dpa-s-31-3'],
    // impact-assessment-shared, reps-views-sought: no right to the DPIA or to be heard in it (§2.3).
    'ke-odpc-registration': ['ke-ondieki-v-maeda-2023'],
    // union-information: no disclosure duty found in the LRA [?]: unbacked.
    // The right to bargain collectively (Art. 41) is no duty to consult on a system: the rule keeps no basis.
    consultation: ['ke-constitution-art-41'],
  },
  addQuestions: [
    // s. 35(3): written notice of each solely automated decision; s. 35(4): reconsideration or a new decision.
    asked('automated-decision-exception', 'ke-automated-decision-notice', 'analysis', ['notice-and-route', 'notice-only', 'no'], {
      question: 'automated-decisions',
      is: ['solely'],
    }),
    // Employment Act s. 40(1): one month's notice to the union and the labour officer before a redundancy.
    asked('job-impact', 'ke-redundancy-notice', 'analysis', ['notified', 'not-notified', 'no-redundancy'], { question: 'job-impact', is: ['yes'] }),
    // s. 49(1): sensitive data may leave Kenya only with the worker's consent; reg. 40 lists the transfer bases.
    asked('transfer-safeguards', 'ke-sensitive-transfer-consent', 'storage', ['consent-and-safeguards', 'safeguards-only', 'no'], {
      all: [{ question: 'cross-border-transfers', is: ['yes'] }, { question: 'special-category-data', is: ['yes'] }],
    }),
    // s. 27(c): a person duly authorised by the worker may exercise the rights; reg. 9: 7 days for access [V-sec].
    asked('worker-access-requests', 'ke-union-authorised-requests', 'storage', ['yes', 'no']),
    // s. 31(5): the DPIA report goes to the Data Commissioner 60 days before the processing.
    asked('impact-assessment', 'ke-dpia-submitted', 'governance', ['submitted-60-days', 'submitted-late', 'not-submitted'], {
      question: 'impact-assessment',
      is: ['yes', 'in-progress'],
    }),
    // Registration with the ODPC (the Registration Regulations 2021 are not in the notes by number): backed by the case.
    asked('impact-assessment-shared', 'ke-odpc-registration', 'governance', ['registered-covers', 'registered-unclear', 'not-registered']),
  ],
  ruleBases: {
    // advance-notice and job-security: the Employment Act s. 40(1) notice comes with the redundancy rules below.
    'worker-notice-compliance': ['ke-dpa-s-29', 'ke-dpa-s-26-a'],
    // consultation: no duty to consult or bargain before introducing monitoring or AI (§2.3): no basis.
    'purpose-limitation': ['ke-dpa-s-25'],
    // The DPA bans no technique; the principles support the ban.
    'no-emotion-recognition': ['ke-dpa-s-25'],
    'no-off-duty-monitoring': ['ke-dpa-s-25', 'ke-constitution-art-31'],
    'no-union-activity-profiling': ['ke-constitution-art-41'],
    'data-minimisation': ['ke-dpa-s-25', 'ke-dpa-s-41'],
    'no-consent-reliance': ['ke-dpa-s-32'],
    'objection-procedure': ['ke-dpa-s-36', 'ke-dpa-s-26'],
    // special-category-safeguards: the Act's sensitive-data sections are not in the notes: no basis cited.
    'joint-impact-assessment': ['ke-dpa-s-31'],
    'human-review-solely': ['ke-dpa-s-35-1-2', 'ke-dpa-s-35-3-4'],
    // human-review-partly, human-review-undisclosed: s. 35 covers decisions based solely on automated processing.
    // explanation-of-decisions: no explicit right to an explanation of the logic (§2.3, trap 8).
    'individual-access': ['ke-dpa-s-26-b', 'ke-dpa-regs-reg-9', 'ke-dpa-s-40', 'ke-dpa-regs-reg-12'],
    // collective-access: no disclosure duty to the union (LRA [?]) and no right to the DPIA.
    'retention-deletion': ['ke-dpa-s-39', 'ke-dpa-s-40'],
    'no-sale-no-training': ['ke-dpa-s-37-1', 'ke-dpa-s-25'],
    'cross-border-transfers': ['ke-dpa-s-48', 'ke-dpa-regs-reg-40'],
    // 72 hours to the Data Commissioner; the union is told of nothing by law.
    'security-breach-notice': ['ke-dpa-s-43'],
    'redress-no-retaliation': ['ke-dpa-s-56'],
  },
  addRules: [
    // s. 31(5): the DPIA report was not sent to the Data Commissioner 60 days ahead, or management will not say.
    {
      id: 'ke-joint-impact-assessment-not-submitted',
      clause: 'joint-impact-assessment',
      when: isOrGap('ke-dpia-submitted', ['submitted-late', 'not-submitted']),
      provisions: ['ke-dpa-s-31-5', 'ke-dpa-s-31-3', 'ke-dpa-s-31'],
    },
    // s. 49(1): biometric or health data abroad without each worker's consent, or no answer on it.
    {
      id: 'ke-cross-border-sensitive',
      clause: 'cross-border-transfers',
      when: {
        any: [
          isOrGap('ke-sensitive-transfer-consent', ['safeguards-only', 'no']),
          { all: [{ question: 'special-category-data', is: ['yes'] }, { question: 'cross-border-transfers', status: GAP_STATUSES }] },
        ],
      },
      provisions: ['ke-dpa-s-49-1', 'ke-dpa-regs-reg-40'],
      facts: { dataLocation: 'storage-location' },
    },
    // Employment Act s. 40(1): the month's notice with reasons and extent, to the union and the labour officer.
    { id: 'ke-advance-notice-redundancy', clause: 'advance-notice', when: REDUNDANCY_NOT_NOTIFIED, provisions: ['ke-employment-act-s-40-1'] },
    { id: 'ke-job-security-redundancy', clause: 'job-security', when: REDUNDANCY_NOT_NOTIFIED, provisions: ['ke-employment-act-s-40-1'] },
    // Reg. 22 (reported): checks against discriminatory effects of decisions based solely on automated processing.
    {
      id: 'ke-bias-audit-automated',
      clause: 'bias-audit',
      when: { all: [BIAS_UNTESTED, { question: 'automated-decisions', is: ['solely'] }] },
      provisions: ['ke-dpa-regs-reg-22', 'ke-dpa-s-35-5'],
    },
    // s. 27(c): management will not accept requests the union files with members' written authority.
    {
      id: 'ke-individual-access-union-requests',
      clause: 'individual-access',
      when: isOrGap('ke-union-authorised-requests', ['no']),
      provisions: ['ke-dpa-s-27-c', 'ke-dpa-regs-reg-9'],
    },
  ],
  terms: ['data-commissioner', 'duly-authorised-person', 'labour-officer', 'recognition-agreement', 'shop-steward', 'elrc'],
} as const satisfies JurisdictionLayer;
