/**
 * The United Kingdom: what the UK GDPR and the Data Protection Act 2018, as amended by the Data
 * (Use and Access) Act 2025 (DUAA), and the collective labour law (TULRCA 1992, the ICE
 * Regulations 2004, the safety representatives' regulations) change in the core checklist.
 *
 * Legal facts come only from `shared/design/legal-verification-uk-us-ca-au-intl.md` §1, §6.1
 * and §7 (traps 1–6), which correct `legal-research.md` §5.4. Flags map [V] → 'verified',
 * [V-sec] → 'secondary', [K] → 'known', [?] → 'uncertain'. Words: `locales/<lang>/law-uk.json`.
 *
 * Dates: Arts 6(1)(ea), 12A and 22A–22D apply since 5 Feb 2026 (SI 2026/82 reg. 2 [V]); DPA 2018
 * s. 164A since 19 Jun 2026 [V-sec]; Art. 15(1A) is treated as in force from 1 Jan 2024. All are
 * before the review date, so no provision carries `appliesFrom`.
 *
 * Links (legislation.gov.uk and ico.org.uk only, as the notes give them):
 * - UK GDPR: the consolidated text's contents page. The per-article pattern (…/eur/2016/679/
 *   article/22C) was not opened [?], so no provision links to it. Arts 22A–22B were read on the
 *   DUAA s. 80 page, 22C in quotations of it; the link stays the UK GDPR's own page.
 * - DPA 2018 and TULRCA 1992: the acts' contents pages. s. 164A was read on the DUAA s. 103 page;
 *   TULRCA s. 181 only in its 1999 point-in-time version and s. 183 as enacted: check the current
 *   text. ss. 182, 184–185, 188, 146 and 152 are [K], not opened.
 * - ICE Regulations 2004: reg. 20 links to its page (seen); the contents page (instrument and
 *   regs 25–26) was not opened.
 * - Safety Representatives and Safety Committees Regulations 1977: reg. 4A links to the schedule
 *   of SI 1992/2051 that inserted it (seen); the notes give no link to the 1977 instrument itself.
 * - Health and Safety (Consultation with Employees) Regulations 1996: reg. 3 links to its page
 *   (seen); the contents page was not opened.
 * - ICO guidance: the two pages the notes give. Guidance is not law: it backs questions only,
 *   never a clause rule and never the letter (trap 6). It is cited in the form of `case`
 *   ("instrument, pinpoint"), the only citation form without "Art."/"s." before the pinpoint.
 *
 * Rights that exist only in some workplaces bind through `appliesIf` (trap 4, trap 5): TULRCA
 * s. 181–185 only towards a recognised independent union; ICE reg. 20 only where standard
 * provisions or a negotiated agreement apply; SRSC reg. 4A only where there are union safety
 * representatives, HSCER reg. 3 otherwise; s. 188 only where 20 or more redundancies are proposed.
 * Each condition is written so that an unanswered, refused or unknown answer keeps the provision.
 *
 * No right in law, so no basis (notes §1.4(b)): a general duty to consult or notify the union
 * before monitoring or AI, a human decision outside special category data, sharing the DPIA,
 * a bias audit, emotion-recognition limits, union experts, data for the union at individual level.
 * The notes do not cover the UK's post-DUAA transfer rules, so the transfer clause has no basis
 * here either (said in the report, not invented).
 */
import type { ClauseRule, Condition, Provision, Verification } from '../../src/engine/flow-types.ts';
import type { JurisdictionLayer } from '../../src/engine/layers.ts';
import { isOrGap, isOrOwed } from '../../src/engine/condition-builders.ts';

const UK_GDPR_URL = 'https://www.legislation.gov.uk/eur/2016/679/contents';
const DPA_URL = 'https://www.legislation.gov.uk/ukpga/2018/12/contents';
const TULRCA_URL = 'https://www.legislation.gov.uk/ukpga/1992/52/contents';
const ICE_URL = 'https://www.legislation.gov.uk/uksi/2004/3426/contents';
const ICE_REG_20_URL = 'https://www.legislation.gov.uk/uksi/2004/3426/regulation/20';
const SRSC_REG_4A_URL = 'https://www.legislation.gov.uk/uksi/1992/2051/schedule';
const HSCER_URL = 'https://www.legislation.gov.uk/uksi/1996/1513/contents';
const HSCER_REG_3_URL = 'https://www.legislation.gov.uk/uksi/1996/1513/regulation/3';
const ICO_MONITORING_URL = 'https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/employment/monitoring-workers/';
const ICO_ADM_URL =
  'https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/artificial-intelligence/automated-decision-making-adm-and-profiling-for-organisations-under-the-uk-gdpr/';
const REVIEWED = '2026-12-02';

type Extra = Partial<Pick<Provision, 'discloses' | 'appliesIf'>>;

function provision(id: string, instrument: string, kind: Provision['kind'], pinpoint: string, url: string, verification: Verification, extra: Extra = {}): Provision {
  return { id, instrument, kind, pinpoint, url, verification, reviewed: REVIEWED, ...extra };
}
const article = (id: string, pinpoint: string, verification: Verification, extra: Extra = {}) =>
  provision(id, 'uk-gdpr', 'article', pinpoint, UK_GDPR_URL, verification, extra);
/** A retained article [K], its id made from its pinpoint: '5(1)(b)' is `uk-gdpr-art-5-1-b`. */
const retained = (pinpoint: string) => article(`uk-gdpr-art-${pinpoint.toLowerCase().replace(/[()]+/g, '-').replace(/-$/, '')}`, pinpoint, 'known');
const tulrca = (id: string, pinpoint: string, verification: Verification, extra: Extra = {}) =>
  provision(id, 'tulrca', 'section', pinpoint, TULRCA_URL, verification, extra);

/** TULRCA ss. 181–185 bind only towards an independent union the employer recognises (trap 4). */
const RECOGNISED: Condition = { not: { question: 'union-recognised', is: ['not-recognised'] } };
/** ICE rights are dormant until a valid request or an agreement (trap 5). */
const ICE_IN_PLACE: Condition = { not: { question: 'ice-arrangements', is: ['none'] } };
/** SRSC reg. 4A: union-appointed safety representatives exist. */
const SAFETY_REPS: Condition = { not: { question: 'safety-reps-consulted', is: ['no-safety-reps'] } };
/** HSCER reg. 3: employees not covered by union safety representatives. */
const NO_SAFETY_REPS: Condition = { not: { question: 'safety-reps-consulted', is: ['yes', 'no'] } };
/** s. 188: 20 or more redundancies proposed at one establishment within 90 days. */
const REDUNDANCIES: Condition = { not: { question: 'collective-redundancies', is: ['no'] } };
/** Art. 22C: a solely automated significant decision, or one management will not describe. */
const SOLELY_OR_UNSAID: Condition = { not: { question: 'automated-decisions', is: ['partly', 'none'] } };

const SOLELY = { question: 'automated-decisions', is: ['solely'] } as const;
/** The four Art. 22C safeguards are not all in writing, or management will not say. */
const SAFEGUARDS_MISSING = isOrOwed('decision-safeguards', ['some', 'none']);

function rule(id: string, clause: string, when: Condition, provisions: readonly string[]): ClauseRule {
  return { id, clause, when, provisions };
}

/** The information duty to a recognised union, for questions tied to a bargaining topic (pay, performance, workload). */
const S181 = ['tulrca-s-181'] as const;

export const UK_LAYER = {
  id: 'uk',
  instruments: [
    { id: 'uk-gdpr', url: UK_GDPR_URL },
    { id: 'dpa-2018', url: DPA_URL },
    { id: 'tulrca', url: TULRCA_URL },
    { id: 'ice-regs-2004', url: ICE_URL },
    { id: 'srsc-regs-1977', url: SRSC_REG_4A_URL },
    { id: 'hscer-1996', url: HSCER_URL },
    { id: 'ico-monitoring-workers', url: ICO_MONITORING_URL },
    { id: 'ico-adm-guidance', url: ICO_ADM_URL },
  ],
  provisions: [
    // ── UK GDPR: the EU-derived core, retained (notes §1.1 first row, [K]). Art. 35(9) is "where
    // appropriate" only: no duty to share the DPIA or to involve the union (notes §1.4(b), (c)). ──
    ...['5(1)(b)', '5(1)(c)', '5(1)(e)', '6(1)', '9(1)', '9(2)(b)', '13', '14', '16', '17', '21', '25', '28', '30', '32', '33', '34', '35', '35(9)'].map(retained),
    // New lawful basis, since 5 Feb 2026: wording quoted in a registry [V-sec]; Annex 1 not read [?].
    article('uk-gdpr-art-6-1-ea', '6(1)(ea)', 'secondary'),
    provision('uk-gdpr-annex-1', 'uk-gdpr', 'annex', '1', UK_GDPR_URL, 'uncertain'),
    // The row's [V] is for the commencement (SI 2026/82 reg. 2(h)); the content is [V-sec], which is what the citation shows.
    article('uk-gdpr-art-12a', '12A', 'secondary'),
    // ADM information at collection and on access: [V-sec] through the ICO ADM guidance. Owed to the worker, for ADM only: not a letter duty.
    article('uk-gdpr-art-13-2-f', '13(2)(f)', 'secondary'),
    article('uk-gdpr-art-14-2-g', '14(2)(g)', 'secondary'),
    // Notes §1.4(c): the access right obliges an answer (to the worker, or to the union under the worker's written authority).
    article('uk-gdpr-art-15', '15', 'known', { discloses: true }),
    article('uk-gdpr-art-15-1-h', '15(1)(h)', 'secondary'),
    article('uk-gdpr-art-15-1a', '15(1A)', 'secondary'),
    // ── UK GDPR Arts 22A–22D (DUAA s. 80), since 5 Feb 2026; Art. 22 is gone (trap 1) ──
    article('uk-gdpr-art-22a', '22A', 'verified'),
    article('uk-gdpr-art-22b-1-3', '22B(1)–(3)', 'verified'),
    article('uk-gdpr-art-22b-4', '22B(4)', 'verified'),
    article('uk-gdpr-art-22c', '22C(1)–(2)', 'verified'),
    // Notes §1.4(c): decision-specific information can be cited as owed, for a decision of that kind.
    article('uk-gdpr-art-22c-2-a', '22C(2)(a)', 'verified', { discloses: true, appliesIf: SOLELY_OR_UNSAID }),
    article('uk-gdpr-art-22d', '22D', 'secondary'),
    // ── Data Protection Act 2018 ──────────────────────────────────────────────────────
    // Text [V] on the DUAA s. 103 page; the 19 Jun 2026 date [V-sec]. A complaint duty, not an information duty.
    provision('dpa-s-164a', 'dpa-2018', 'section', '164A', DPA_URL, 'verified'),
    provision('dpa-s-187', 'dpa-2018', 'section', '187', DPA_URL, 'known'),
    provision('dpa-sch-1-pt-1-para-1', 'dpa-2018', 'schedule', '1 Pt 1 para. 1', DPA_URL, 'known'),
    // ── TULRCA 1992: disclosure to a recognised union, enforced through the CAC ─────
    tulrca('tulrca-s-181', '181(1)–(2)', 'verified', { discloses: true, appliesIf: RECOGNISED }),
    tulrca('tulrca-s-181-3-5', '181(3)–(5)', 'verified', { appliesIf: RECOGNISED }),
    tulrca('tulrca-s-182', '182', 'known', { appliesIf: RECOGNISED }),
    tulrca('tulrca-s-183', '183', 'verified', { appliesIf: RECOGNISED }),
    tulrca('tulrca-ss-184-185', '184–185', 'known', { appliesIf: RECOGNISED }),
    tulrca('tulrca-s-188', '188', 'known', { appliesIf: REDUNDANCIES }),
    // Notes §1.4(c): the selection method in writing, which the letter may cite where redundancies are proposed.
    tulrca('tulrca-s-188-4', '188(4)', 'known', { discloses: true, appliesIf: REDUNDANCIES }),
    tulrca('tulrca-s-146', '146', 'known'),
    tulrca('tulrca-s-152', '152', 'known'),
    // ── ICE Regulations 2004 (where triggered or agreed) ─────────────────────────────
    provision('ice-reg-20-1', 'ice-regs-2004', 'regulation', '20(1)', ICE_REG_20_URL, 'verified', { discloses: true, appliesIf: ICE_IN_PLACE }),
    provision('ice-reg-20-4', 'ice-regs-2004', 'regulation', '20(4)', ICE_REG_20_URL, 'verified', { appliesIf: ICE_IN_PLACE }),
    provision('ice-regs-25-26', 'ice-regs-2004', 'regulation', '25–26', ICE_URL, 'secondary', { appliesIf: ICE_IN_PLACE }),
    // ── Safety representatives: consultation on new technology ──────────────────────
    provision('srsc-reg-4a-1-a', 'srsc-regs-1977', 'regulation', '4A(1)(a)', SRSC_REG_4A_URL, 'verified', { appliesIf: SAFETY_REPS }),
    provision('srsc-reg-4a-1-e', 'srsc-regs-1977', 'regulation', '4A(1)(e)', SRSC_REG_4A_URL, 'verified', { discloses: true, appliesIf: SAFETY_REPS }),
    provision('hscer-reg-3-a', 'hscer-1996', 'regulation', '3(a)', HSCER_REG_3_URL, 'verified', { appliesIf: NO_SAFETY_REPS }),
    provision('hscer-reg-3-e', 'hscer-1996', 'regulation', '3(e)', HSCER_REG_3_URL, 'verified', { appliesIf: NO_SAFETY_REPS }),
    // ── ICO guidance: not law (trap 6). Backs questions only. ─────────────────────────
    // Final text 3 Oct 2023 [V-sec]; its ADM page predates the DUAA and still describes old Art. 22.
    provision('ico-monitoring-workers-2023', 'ico-monitoring-workers', 'guidance', '2023-10-03', ICO_MONITORING_URL, 'secondary'),
    // The ICO's reading of Art. 22C [V] on a repository copy; updated 31 Mar 2026 and under consultation.
    provision('ico-adm-guidance-2026', 'ico-adm-guidance', 'guidance', '2026-03-31', ICO_ADM_URL, 'verified'),
  ],
  backing: {
    // ── Collection ──
    'data-categories': ['uk-gdpr-art-5-1-c', 'uk-gdpr-art-30', 'uk-gdpr-art-13', 'uk-gdpr-art-15', ...S181],
    purpose: ['uk-gdpr-art-5-1-b', 'uk-gdpr-art-13', ...S181],
    'special-category-data': ['uk-gdpr-art-9-1', 'uk-gdpr-art-22b-1-3'],
    'special-category-basis': ['uk-gdpr-art-9-2-b', 'dpa-sch-1-pt-1-para-1'],
    'legal-basis': ['uk-gdpr-art-6-1', 'uk-gdpr-art-13'],
    'recognised-legitimate-interest': ['uk-gdpr-art-6-1-ea', 'uk-gdpr-annex-1', 'uk-gdpr-art-22b-4'],
    'objection-route': ['uk-gdpr-art-21'],
    'worker-notice': ['uk-gdpr-art-13', 'uk-gdpr-art-14', 'ico-monitoring-workers-2023'],
    'off-duty-collection': ['uk-gdpr-art-5-1-c', 'ico-monitoring-workers-2023'],
    'secondary-uses': ['uk-gdpr-art-5-1-b', ...S181],
    'union-activity-tracking': ['uk-gdpr-art-9-1', 'tulrca-s-146', 'tulrca-s-152'],
    'inactive-functions': ['uk-gdpr-art-25', 'uk-gdpr-art-35'],
    // ── Analysis ──
    'inferences-profiles': ['uk-gdpr-art-15', 'uk-gdpr-art-16', 'uk-gdpr-art-21', ...S181],
    'emotion-recognition': ['uk-gdpr-art-5-1-c', 'uk-gdpr-art-9-1', 'ico-monitoring-workers-2023'],
    'automated-decisions': ['uk-gdpr-art-22a', 'uk-gdpr-art-22c', 'uk-gdpr-art-13-2-f', 'uk-gdpr-art-14-2-g', ...S181],
    'decision-safeguards': ['uk-gdpr-art-22c', 'uk-gdpr-art-22c-2-a', 'uk-gdpr-art-22d', 'ico-adm-guidance-2026'],
    'special-category-decision-condition': ['uk-gdpr-art-22b-1-3'],
    'human-review': ['uk-gdpr-art-22a', 'uk-gdpr-art-22c', 'ico-adm-guidance-2026'],
    'human-reviewer': ['uk-gdpr-art-22a', 'uk-gdpr-art-22d', 'ico-adm-guidance-2026'],
    'logic-explanation': ['uk-gdpr-art-13-2-f', 'uk-gdpr-art-14-2-g', 'uk-gdpr-art-15-1-h', 'uk-gdpr-art-22c-2-a', ...S181],
    // No bias-audit duty (notes §1.4(b)); a recognised union can ask for the results for bargaining.
    'bias-testing': [...S181],
    'bias-test-results': [...S181],
    'work-pace-targets': ['srsc-reg-4a-1-a', 'hscer-reg-3-a', ...S181],
    'pay-linked-scores': [...S181],
    'job-impact': ['ice-reg-20-1', 'tulrca-s-188', ...S181],
    'collective-redundancies': ['tulrca-s-188', 'tulrca-s-188-4'],
    // ── Storage and sharing ──
    'storage-location': ['uk-gdpr-art-30', 'uk-gdpr-art-32', 'uk-gdpr-art-13'],
    'cross-border-transfers': ['uk-gdpr-art-13', 'uk-gdpr-art-14'],
    'internal-access': ['uk-gdpr-art-32', 'uk-gdpr-art-15'],
    'vendor-involved': ['uk-gdpr-art-28', 'uk-gdpr-art-13'],
    'vendor-contract': ['uk-gdpr-art-28'],
    'third-party-use': ['uk-gdpr-art-5-1-b', 'uk-gdpr-art-28'],
    'breach-notice': ['uk-gdpr-art-32', 'uk-gdpr-art-33', 'uk-gdpr-art-34'],
    'retention-period': ['uk-gdpr-art-5-1-e', 'uk-gdpr-art-13'],
    'worker-access-requests': ['uk-gdpr-art-15', 'uk-gdpr-art-12a', 'uk-gdpr-art-15-1a', 'dpa-s-187'],
    'complaints-procedure': ['dpa-s-164a'],
    // ── Off-boarding ──
    'correction-deletion': ['uk-gdpr-art-16', 'uk-gdpr-art-17', 'uk-gdpr-art-12a'],
    'leavers-data': ['uk-gdpr-art-17', 'uk-gdpr-art-15', 'uk-gdpr-art-5-1-e'],
    'training-reuse': ['uk-gdpr-art-5-1-b', 'uk-gdpr-art-28'],
    // ── Governance. `impact-assessment-shared` is backed by nothing: no duty to share the DPIA. ──
    'impact-assessment': ['uk-gdpr-art-35', 'ico-monitoring-workers-2023'],
    'reps-views-sought': ['uk-gdpr-art-35-9'],
    'union-recognised': ['tulrca-s-181', 'tulrca-s-181-3-5', 'tulrca-s-182', 'tulrca-s-183', 'tulrca-ss-184-185'],
    'union-information': ['tulrca-s-181', 'tulrca-s-181-3-5', 'tulrca-s-182'],
    // Not the safety representatives' duties that oblige an answer: they back `safety-reps-consulted`, where the letter cites them.
    consultation: ['ice-reg-20-4', 'tulrca-s-188', 'srsc-reg-4a-1-a', 'hscer-reg-3-a'],
    'ice-arrangements': ['ice-reg-20-1', 'ice-reg-20-4', 'ice-regs-25-26'],
    'safety-reps-consulted': ['srsc-reg-4a-1-a', 'srsc-reg-4a-1-e', 'hscer-reg-3-a', 'hscer-reg-3-e'],
    'audit-review': ['uk-gdpr-art-35'],
  },
  // Since 5 Feb 2026 any lawful basis will do for a solely automated decision outside special
  // category data: "on what ground may the system decide alone?" is the wrong question (§1.4(a)1).
  removeQuestions: ['automated-decision-exception'],
  addQuestions: [
    // §1.4(a)3: a recognised legitimate interest can never support a solely automated significant decision.
    { after: 'legal-basis', question: { id: 'recognised-legitimate-interest', stage: 'collection', options: ['yes', 'no'] } },
    // §1.4(a)1: the four Art. 22C safeguards, in writing, for each solely automated decision.
    { after: 'automated-decisions', question: { id: 'decision-safeguards', stage: 'analysis', options: ['all-four', 'some', 'none'], showIf: SOLELY } },
    // §1.4(a)2: which Art. 22B condition, where such a decision uses special category data.
    {
      after: 'decision-safeguards',
      question: {
        id: 'special-category-decision-condition',
        stage: 'analysis',
        options: ['explicit-consent', 'contract-or-law-public-interest', 'none'],
        showIf: { all: [SOLELY, { question: 'special-category-data', is: ['yes'] }] },
      },
    },
    {
      after: 'job-impact',
      question: { id: 'collective-redundancies', stage: 'analysis', options: ['yes', 'no'], showIf: { question: 'job-impact', is: ['yes'] } },
    },
    // §1.4(a)4: the complaints procedure of DPA 2018 s. 164A.
    { after: 'worker-access-requests', question: { id: 'complaints-procedure', stage: 'storage', options: ['yes', 'no'] } },
    // §1.4(a)5, trap 4: whether s. 181 binds at all.
    { after: 'impact-assessment-shared', question: { id: 'union-recognised', stage: 'governance', options: ['recognised', 'not-recognised'] } },
    // Trap 5: ICE rights are dormant until triggered.
    { after: 'consultation', question: { id: 'ice-arrangements', stage: 'governance', options: ['standard-provisions', 'negotiated-agreement', 'none'] } },
    // §1.4(a)6: SRSC reg. 4A(1)(e).
    { after: 'ice-arrangements', question: { id: 'safety-reps-consulted', stage: 'governance', options: ['yes', 'no', 'no-safety-reps'] } },
  ],
  changeRules: {
    // The exception question is gone: consent is tested on the legal basis and on the Art. 22B condition.
    'no-consent-reliance': {
      when: { any: [{ question: 'legal-basis', is: ['consent'] }, { question: 'special-category-decision-condition', is: ['explicit-consent'] }] },
    },
  },
  ruleBases: {
    // advance-notice: no general duty to notify the union (§1.4(b)); ICE comes with the rule below.
    'worker-notice-compliance': ['uk-gdpr-art-13', 'uk-gdpr-art-14'],
    // consultation: no general duty (§1.4(b)); ICE, safety representatives and s. 188 come with the rules below.
    'purpose-limitation': ['uk-gdpr-art-5-1-b'],
    // no-emotion-recognition, no-activation-without-agreement: no such right in UK law; the clause creates it.
    'no-off-duty-monitoring': ['uk-gdpr-art-5-1-c'],
    'no-union-activity-profiling': ['uk-gdpr-art-9-1', 'tulrca-s-146', 'tulrca-s-152'],
    'data-minimisation': ['uk-gdpr-art-5-1-c', 'uk-gdpr-art-25'],
    'no-consent-reliance': ['uk-gdpr-art-6-1'],
    'objection-procedure': ['uk-gdpr-art-21'],
    'special-category-safeguards': ['uk-gdpr-art-9-1', 'uk-gdpr-art-9-2-b', 'dpa-sch-1-pt-1-para-1'],
    'joint-impact-assessment': ['uk-gdpr-art-35', 'uk-gdpr-art-35-9'],
    // Safeguards, not a ban: 22C gives human intervention on request (trap 1). The special category ban comes with a rule below.
    'human-review-solely': ['uk-gdpr-art-22c'],
    // human-review-partly, human-review-undisclosed: no right to a human decision (§1.4(b)); the clause creates it.
    'explanation-of-decisions': ['uk-gdpr-art-13-2-f', 'uk-gdpr-art-14-2-g', 'uk-gdpr-art-15-1-h', 'uk-gdpr-art-22c-2-a'],
    'individual-access': ['uk-gdpr-art-15', 'uk-gdpr-art-12a', 'uk-gdpr-art-16', 'dpa-s-187'],
    // Only towards a recognised union, and aggregates only (s. 182): otherwise negotiate it.
    'collective-access': ['tulrca-s-181'],
    'retention-deletion': ['uk-gdpr-art-5-1-e', 'uk-gdpr-art-17'],
    'no-sale-no-training': ['uk-gdpr-art-5-1-b', 'uk-gdpr-art-28'],
    'vendor-safeguards': ['uk-gdpr-art-28', 'uk-gdpr-art-32'],
    // cross-border-transfers: the notes do not cover the UK transfer rules; no basis invented.
    'security-breach-notice': ['uk-gdpr-art-32', 'uk-gdpr-art-33', 'uk-gdpr-art-34'],
    // bias-audit: no bias-audit duty (§1.4(b)).
    'health-safety-intensity': ['srsc-reg-4a-1-a', 'srsc-reg-4a-1-e', 'hscer-reg-3-a', 'hscer-reg-3-e'],
    // pay-criteria-agreement: s. 181 gives information on pay, not a say over the criteria.
    'job-security': ['tulrca-s-188', 'ice-reg-20-4'],
    // union-expert, periodic-review: no such right.
    'redress-no-retaliation': ['dpa-s-164a', 'dpa-s-187', 'tulrca-s-146', 'tulrca-s-152'],
  },
  addRules: [
    // Art. 22B(1)–(3): a solely automated significant decision on special category data is barred
    // unless explicit consent, or contract or law together with Art. 9(2)(g).
    rule('uk-special-category-solely-automated', 'human-review', { all: [SOLELY, isOrGap('special-category-data', ['yes'])] }, ['uk-gdpr-art-22b-1-3']),
    // Art. 22B(4): never on a recognised legitimate interest.
    rule('uk-recognised-legitimate-interest-solely-automated', 'human-review', { all: [SOLELY, isOrGap('recognised-legitimate-interest', ['yes'])] }, [
      'uk-gdpr-art-22b-4',
      'uk-gdpr-art-6-1-ea',
    ]),
    // The four safeguards not all in writing: decision-specific information, human intervention and a way to contest.
    rule('uk-decision-safeguards', 'explanation-of-decisions', SAFEGUARDS_MISSING, ['uk-gdpr-art-22c', 'uk-gdpr-art-22c-2-a']),
    rule('uk-decision-safeguards-human', 'human-review', SAFEGUARDS_MISSING, ['uk-gdpr-art-22c']),
    // ICE reg. 20(1)(c): decisions likely to lead to substantial changes in work organisation.
    rule('uk-ice-information', 'advance-notice', isOrGap('job-impact', ['yes']), ['ice-reg-20-1']),
    rule('uk-ice-consultation', 'consultation', isOrGap('job-impact', ['yes']), ['ice-reg-20-4', 'ice-reg-20-1']),
    // s. 188: consultation, and the selection method in writing, where redundancies are proposed.
    rule('uk-redundancy-consultation', 'consultation', isOrGap('collective-redundancies', ['yes']), ['tulrca-s-188', 'tulrca-s-188-4']),
    // SRSC reg. 4A(1)(e): the health and safety consequences of new technology, in good time (HSCER reg. 3(e) where there are no union safety reps).
    rule('uk-safety-consultation', 'consultation', isOrOwed('safety-reps-consulted', ['no']), ['srsc-reg-4a-1-e', 'hscer-reg-3-e']),
    // No union safety reps: the employer consults the employees themselves, or their elected representatives.
    rule(
      'uk-employee-safety-consultation',
      'consultation',
      { all: [{ question: 'safety-reps-consulted', is: ['no-safety-reps'] }, { not: { question: 'consultation', is: ['yes'] } }] },
      ['hscer-reg-3-e'],
    ),
  ],
  terms: ['recognised-union', 'cac', 'ico', 'safety-representative', 'significant-decision', 'meaningful-human-involvement'],
} as const satisfies JurisdictionLayer;
