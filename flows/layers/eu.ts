/**
 * The European Union layer on the core checklist: the GDPR (Regulation (EU) 2016/679), the AI
 * Act (Regulation (EU) 2024/1689), and the labour directives that give workers' representatives
 * information and consultation rights as national law transposes them: Directive 2002/14/EC
 * (information and consultation), Directive 89/391/EEC (health and safety framework) and
 * Directive 98/59/EC (collective redundancies).
 *
 * Legal facts come only from shared/design/legal-research.md, legal-verification-eu-za.md and
 * the union-side review legal-review-eu-za.md, which this layer applies (tables (a)–(c), D1–D6,
 * fixes 1, 4, 6, 7, 9 and 10 of table (e)). Verification levels map the flags there:
 * [V] -> 'verified', [V-sec] -> 'secondary', [K] -> 'known', [?] -> 'uncertain'. Every
 * provision links to its act's ELI on EUR-Lex, because no stable per-article link is verified.
 * Words live in locales/<lang>/law-eu.json. Provision ids are permanent: overlays cite them.
 *
 * Two rules of the review run through the whole layer:
 * - `discloses` marks only a provision that obliges the employer to give the information
 *   whenever the question is asked. GDPR Arts 13(2)(f), 14(2)(g) and 15(1)(h) and AI Act
 *   Art. 86 oblige only for some decisions (Art. 22 decisions; Annex III decisions), which the
 *   letter cannot tell apart, so they back the questions without being cited as duties.
 * - The AI Act's high-risk date is reported, not verified: every provision that carries it
 *   says so (`appliesFromUncertain`), and so does its summary.
 */
import { GAP_STATUSES, OUTSTANDING_STATUSES } from '../../src/engine/flow-types.ts';
import type { JurisdictionLayer } from '../../src/engine/layers.ts';

const GDPR_URL = 'https://eur-lex.europa.eu/eli/reg/2016/679/oj';
const AI_ACT_URL = 'https://eur-lex.europa.eu/eli/reg/2024/1689/oj';
const INFORMATION_CONSULTATION_URL = 'https://eur-lex.europa.eu/eli/dir/2002/14/oj';
const HEALTH_SAFETY_URL = 'https://eur-lex.europa.eu/eli/dir/1989/391/oj';
const COLLECTIVE_REDUNDANCIES_URL = 'https://eur-lex.europa.eu/eli/dir/1998/59/oj';

/** The project's review of the notes; the notes give no per-item check dates. */
const REVIEWED = '2026-11-30';

/**
 * When the AI Act's high-risk duties for Annex III systems apply: 2 December 2027 under the
 * 2026 amending regulation, reported as Regulation (EU) 2026/1744 but not seen on EUR-Lex
 * (notes §2.4; review D1). If it did not take effect in time, the original date (2 August 2026)
 * applied. Article 86 sits outside Chapter III, so even the deferral is in doubt for it (D2).
 */
const AI_ACT_HIGH_RISK = { appliesFrom: '2027-12-02', appliesFromUncertain: true } as const;

const gdpr = (id: string, pinpoint: string) => ({ id, instrument: 'gdpr', kind: 'article', pinpoint, url: GDPR_URL, reviewed: REVIEWED }) as const;
const aiAct = (id: string, pinpoint: string) => ({ id, instrument: 'ai-act', kind: 'article', pinpoint, url: AI_ACT_URL, reviewed: REVIEWED }) as const;

const DECIDES = { question: 'automated-decisions', is: ['solely', 'partly'] } as const;
const PROFILES = { question: 'inferences-profiles', is: ['yes'] } as const;
/** Annex III point 4 covers recruitment, decisions on work, task allocation and monitoring of performance. */
const ANNEX_III_CATEGORIES = { category: ['hiring', 'performance', 'scheduling', 'monitoring'] } as const;

export const EU_LAYER = {
  id: 'eu',
  instruments: [
    { id: 'gdpr', url: GDPR_URL },
    { id: 'ai-act', url: AI_ACT_URL },
    { id: 'directive-2002-14', url: INFORMATION_CONSULTATION_URL },
    { id: 'directive-89-391', url: HEALTH_SAFETY_URL },
    { id: 'directive-98-59', url: COLLECTIVE_REDUNDANCIES_URL },
  ],
  provisions: [
    // ── GDPR ────────────────────────────────────────────────────────────────
    { ...gdpr('gdpr-art-5', '5'), verification: 'known' },
    { ...gdpr('gdpr-art-5-1-b', '5(1)(b)'), verification: 'known' },
    { ...gdpr('gdpr-art-5-1-c', '5(1)(c)'), verification: 'known' },
    { ...gdpr('gdpr-art-5-1-e', '5(1)(e)'), verification: 'known' },
    { ...gdpr('gdpr-art-6-1', '6(1)'), verification: 'known' },
    // Review (b), purpose-limitation: the compatibility test. [K]
    { ...gdpr('gdpr-art-6-4', '6(4)'), verification: 'known' },
    // Review (b), no-consent-reliance. [K]
    { ...gdpr('gdpr-art-7-4', '7(4)'), verification: 'known' },
    { ...gdpr('gdpr-art-9-1', '9(1)'), verification: 'known' },
    { ...gdpr('gdpr-art-9-2-b', '9(2)(b)'), verification: 'known' },
    // Notes §5.1: Arts 12–14 transparency; 12(1) itself not re-read. [K]
    { ...gdpr('gdpr-art-12-1', '12(1)'), verification: 'known' },
    { ...gdpr('gdpr-art-12-3', '12(3)'), verification: 'verified', discloses: true },
    { ...gdpr('gdpr-art-12-4', '12(4)'), verification: 'verified' },
    { ...gdpr('gdpr-art-13', '13'), verification: 'known', discloses: true },
    // Review A5, C32, (b) information-disclosure: purposes and basis, recipients, transfers. [K]
    { ...gdpr('gdpr-art-13-1-c', '13(1)(c)'), verification: 'known', discloses: true },
    { ...gdpr('gdpr-art-13-1-e', '13(1)(e)'), verification: 'known', discloses: true },
    { ...gdpr('gdpr-art-13-1-f', '13(1)(f)'), verification: 'known', discloses: true },
    // Review A6: only Art. 22 decisions; owed to the worker. Not cited as a duty in the letter.
    { ...gdpr('gdpr-art-13-2-f', '13(2)(f)'), verification: 'verified' },
    { ...gdpr('gdpr-art-14', '14'), verification: 'known', discloses: true },
    { ...gdpr('gdpr-art-14-2-g', '14(2)(g)'), verification: 'verified' },
    { ...gdpr('gdpr-art-15', '15'), verification: 'known', discloses: true },
    // Review C32, (b) information-disclosure: categories and recipients. [K]
    { ...gdpr('gdpr-art-15-1-b', '15(1)(b)'), verification: 'known', discloses: true },
    { ...gdpr('gdpr-art-15-1-c', '15(1)(c)'), verification: 'known', discloses: true },
    // Review A7: C-203/22, including its holding on trade secrets; Art. 22 decisions only.
    { ...gdpr('gdpr-art-15-1-h', '15(1)(h)'), verification: 'secondary' },
    { ...gdpr('gdpr-art-15-3', '15(3)'), verification: 'known', discloses: true },
    { ...gdpr('gdpr-art-16', '16'), verification: 'known' },
    { ...gdpr('gdpr-art-17', '17'), verification: 'known' },
    // Review A8: text now read (verified); consent or contract only, so not an access basis.
    { ...gdpr('gdpr-art-20', '20'), verification: 'verified' },
    { ...gdpr('gdpr-art-21-1', '21(1)'), verification: 'verified' },
    { ...gdpr('gdpr-art-21-4', '21(4)'), verification: 'verified' },
    { ...gdpr('gdpr-art-22-1', '22(1)'), verification: 'verified' },
    { ...gdpr('gdpr-art-22-2', '22(2)'), verification: 'verified' },
    { ...gdpr('gdpr-art-22-3', '22(3)'), verification: 'verified' },
    { ...gdpr('gdpr-art-22-4', '22(4)'), verification: 'verified' },
    // Review A21: review and update measures, for every system. [K]
    { ...gdpr('gdpr-art-24-1', '24(1)'), verification: 'known' },
    { ...gdpr('gdpr-art-25', '25'), verification: 'known' },
    { ...gdpr('gdpr-art-28', '28'), verification: 'known' },
    // Review (b), no-sale-no-training: a processor that reuses data becomes a controller. [K]
    { ...gdpr('gdpr-art-28-10', '28(10)'), verification: 'known' },
    { ...gdpr('gdpr-art-30', '30'), verification: 'known' },
    { ...gdpr('gdpr-art-32', '32'), verification: 'known' },
    { ...gdpr('gdpr-art-33', '33'), verification: 'known' },
    { ...gdpr('gdpr-art-34', '34'), verification: 'known' },
    { ...gdpr('gdpr-art-35-1', '35(1)'), verification: 'verified' },
    { ...gdpr('gdpr-art-35-3-a', '35(3)(a)'), verification: 'verified' },
    { ...gdpr('gdpr-art-35-9', '35(9)'), verification: 'secondary' },
    // Review A21, (b) joint-impact-assessment: review the DPIA when the risk changes. [K]
    { ...gdpr('gdpr-art-35-11', '35(11)'), verification: 'known' },
    // Review A5, fix 10: Chapter V governs whether a transfer is lawful. [K]
    { ...gdpr('gdpr-art-44', '44'), verification: 'known' },
    { ...gdpr('gdpr-art-45', '45'), verification: 'known' },
    { ...gdpr('gdpr-art-46', '46'), verification: 'known' },
    { ...gdpr('gdpr-art-77', '77'), verification: 'known' },
    // Review (b), redress-no-retaliation: court action and compensation. [K]
    { ...gdpr('gdpr-art-79', '79'), verification: 'known' },
    { ...gdpr('gdpr-art-80-1', '80(1)'), verification: 'verified' },
    { ...gdpr('gdpr-art-82', '82'), verification: 'known' },
    // Review A16: a permission for national rules and agreements, never a consultation or access right.
    { ...gdpr('gdpr-art-88-1', '88(1)'), verification: 'verified' },
    { ...gdpr('gdpr-art-88-2', '88(2)'), verification: 'verified' },
    // ── AI Act ──────────────────────────────────────────────────────────────
    // In force since 2 February 2025: no later date.
    { ...aiAct('ai-act-art-5-1-f', '5(1)(f)'), verification: 'secondary' },
    // Review A19, C13: the filter never applies to a system that profiles. [V-sec]
    { ...aiAct('ai-act-art-6-3', '6(3)'), verification: 'secondary', ...AI_ACT_HIGH_RISK },
    // Review A19, D3: the content is verified; the date is reported only (summary says so).
    { ...aiAct('ai-act-annex-iii-4', 'III point 4'), kind: 'annex', verification: 'verified', ...AI_ACT_HIGH_RISK },
    { ...aiAct('ai-act-art-26-2', '26(2)'), verification: 'verified', ...AI_ACT_HIGH_RISK },
    { ...aiAct('ai-act-art-26-4', '26(4)'), verification: 'verified', ...AI_ACT_HIGH_RISK },
    { ...aiAct('ai-act-art-26-5', '26(5)'), verification: 'verified', ...AI_ACT_HIGH_RISK },
    { ...aiAct('ai-act-art-26-6', '26(6)'), verification: 'secondary', ...AI_ACT_HIGH_RISK },
    { ...aiAct('ai-act-art-26-7', '26(7)'), verification: 'verified', discloses: true, ...AI_ACT_HIGH_RISK },
    { ...aiAct('ai-act-art-26-9', '26(9)'), verification: 'secondary', ...AI_ACT_HIGH_RISK },
    { ...aiAct('ai-act-art-26-11', '26(11)'), verification: 'secondary', discloses: true, ...AI_ACT_HIGH_RISK },
    // Review A25, D2: outside Chapter III; the deferral may not reach it (it may apply since 2 August 2026).
    { ...aiAct('ai-act-art-86', '86'), verification: 'verified', ...AI_ACT_HIGH_RISK },
    // Review A26: backs the consultation question; imposes nothing, so it is no rule's basis.
    { ...aiAct('ai-act-recital-92', '92'), kind: 'recital', verification: 'verified' },
    // ── Directive 2002/14/EC (information and consultation), as transposed ───
    // Review A26, (b) collective-access: Art. 4 read on the legislation.gov.uk copy, not on EUR-Lex;
    // C31 marks 4(2)(b) [K].
    { id: 'dir-2002-14-art-4-2-b', instrument: 'directive-2002-14', kind: 'article', pinpoint: '4(2)(b)', url: INFORMATION_CONSULTATION_URL, verification: 'known', reviewed: REVIEWED },
    { id: 'dir-2002-14-art-4-2-c', instrument: 'directive-2002-14', kind: 'article', pinpoint: '4(2)(c)', url: INFORMATION_CONSULTATION_URL, verification: 'secondary', reviewed: REVIEWED },
    {
      id: 'dir-2002-14-art-4-3',
      instrument: 'directive-2002-14',
      kind: 'article',
      pinpoint: '4(3)',
      url: INFORMATION_CONSULTATION_URL,
      verification: 'secondary',
      reviewed: REVIEWED,
      // The union-facing duty to inform (fix 4): owed to employees' representatives.
      discloses: true,
    },
    { id: 'dir-2002-14-art-4-4-e', instrument: 'directive-2002-14', kind: 'article', pinpoint: '4(4)(e)', url: INFORMATION_CONSULTATION_URL, verification: 'secondary', reviewed: REVIEWED },
    // ── Directive 89/391/EEC (health and safety), as transposed: review fix 1, all [K] ──
    { id: 'dir-89-391-art-6-3-a', instrument: 'directive-89-391', kind: 'article', pinpoint: '6(3)(a)', url: HEALTH_SAFETY_URL, verification: 'known', reviewed: REVIEWED },
    { id: 'dir-89-391-art-6-3-c', instrument: 'directive-89-391', kind: 'article', pinpoint: '6(3)(c)', url: HEALTH_SAFETY_URL, verification: 'known', reviewed: REVIEWED },
    { id: 'dir-89-391-art-9', instrument: 'directive-89-391', kind: 'article', pinpoint: '9', url: HEALTH_SAFETY_URL, verification: 'known', reviewed: REVIEWED },
    { id: 'dir-89-391-art-11', instrument: 'directive-89-391', kind: 'article', pinpoint: '11', url: HEALTH_SAFETY_URL, verification: 'known', reviewed: REVIEWED },
    // ── Directive 98/59/EC (collective redundancies), as transposed: review C31 [K] ──
    // The review names the directive only; Art. 2 is its information and consultation article.
    { id: 'dir-98-59-art-2', instrument: 'directive-98-59', kind: 'article', pinpoint: '2', url: COLLECTIVE_REDUNDANCIES_URL, verification: 'known', reviewed: REVIEWED },
  ],
  backing: {
    // Collection
    'data-categories': ['gdpr-art-5-1-c', 'gdpr-art-25', 'gdpr-art-14', 'gdpr-art-15-1-b', 'gdpr-art-30'],
    purpose: ['gdpr-art-5-1-b', 'gdpr-art-13-1-c'],
    // Review C32: what is processed and on which basis.
    'special-category-data': ['gdpr-art-9-1', 'gdpr-art-13-1-c', 'gdpr-art-15-1-b'],
    'special-category-basis': ['gdpr-art-9-2-b', 'gdpr-art-88-1', 'gdpr-art-88-2', 'gdpr-art-13-1-c'],
    'legal-basis': ['gdpr-art-6-1', 'gdpr-art-7-4', 'gdpr-art-13-1-c', 'gdpr-art-21-1'],
    'objection-route': ['gdpr-art-21-1', 'gdpr-art-21-4'],
    'worker-notice': ['gdpr-art-12-1', 'gdpr-art-13', 'gdpr-art-14', 'gdpr-art-21-4'],
    'off-duty-collection': ['gdpr-art-5-1-c', 'gdpr-art-88-2'],
    'secondary-uses': ['gdpr-art-5-1-b', 'gdpr-art-6-4', 'gdpr-art-13-1-c'],
    'union-activity-tracking': ['gdpr-art-9-1', 'gdpr-art-88-2'],
    'inactive-functions': ['gdpr-art-25', 'gdpr-art-35-11'],
    // Analysis and inferences
    'inferences-profiles': ['gdpr-art-15', 'gdpr-art-16', 'gdpr-art-21-1'],
    'emotion-recognition': ['ai-act-art-5-1-f'],
    'automated-decisions': ['gdpr-art-22-1', 'gdpr-art-22-4', 'gdpr-art-13-2-f', 'gdpr-art-14-2-g'],
    'automated-decision-exception': ['gdpr-art-22-2', 'gdpr-art-22-3'],
    'human-review': ['gdpr-art-22-3', 'ai-act-art-26-2'],
    'human-reviewer': ['ai-act-art-26-2', 'gdpr-art-22-3'],
    // Review A6, A7, A25: each applies to some decisions only; none is cited as a duty in the letter.
    'logic-explanation': ['gdpr-art-13-2-f', 'gdpr-art-14-2-g', 'gdpr-art-15-1-h', 'ai-act-art-86'],
    'bias-testing': ['gdpr-art-5', 'ai-act-art-26-4'],
    'bias-test-results': ['gdpr-art-5', 'ai-act-art-26-4'],
    'annex-iii-high-risk': ['ai-act-annex-iii-4', 'ai-act-art-6-3'],
    'work-pace-targets': ['dir-89-391-art-6-3-a', 'dir-89-391-art-6-3-c', 'dir-89-391-art-9'],
    'pay-linked-scores': ['gdpr-art-22-1', 'dir-2002-14-art-4-2-c'],
    'job-impact': ['dir-2002-14-art-4-2-b', 'dir-2002-14-art-4-2-c', 'dir-98-59-art-2'],
    // Storage and sharing
    'storage-location': ['gdpr-art-30', 'gdpr-art-32', 'gdpr-art-13-1-f'],
    'cross-border-transfers': ['gdpr-art-44', 'gdpr-art-45', 'gdpr-art-46', 'gdpr-art-13-1-f', 'gdpr-art-88-2'],
    'transfer-safeguards': ['gdpr-art-46', 'gdpr-art-45', 'gdpr-art-13-1-f'],
    'internal-access': ['gdpr-art-32', 'gdpr-art-30', 'gdpr-art-13-1-e', 'gdpr-art-15-1-c'],
    'vendor-involved': ['gdpr-art-28', 'gdpr-art-13-1-e'],
    'vendor-contract': ['gdpr-art-28'],
    'third-party-use': ['gdpr-art-5-1-b', 'gdpr-art-6-1', 'gdpr-art-13-1-e', 'gdpr-art-15-1-c', 'gdpr-art-28-10'],
    'breach-notice': ['gdpr-art-33', 'gdpr-art-34', 'gdpr-art-32'],
    'retention-period': ['gdpr-art-5-1-e', 'gdpr-art-13', 'ai-act-art-26-6'],
    'worker-access-requests': ['gdpr-art-15', 'gdpr-art-15-3', 'gdpr-art-12-3', 'gdpr-art-12-4'],
    // Off-boarding
    'correction-deletion': ['gdpr-art-16', 'gdpr-art-17', 'gdpr-art-12-3'],
    'leavers-data': ['gdpr-art-17', 'gdpr-art-15-3', 'gdpr-art-20', 'gdpr-art-12-3'],
    'training-reuse': ['gdpr-art-5-1-b', 'gdpr-art-28', 'gdpr-art-28-10', 'gdpr-art-21-1'],
    // Governance. `impact-assessment-shared` is backed by nothing: no EU provision gives the union the DPIA.
    'impact-assessment': ['gdpr-art-35-1', 'gdpr-art-35-3-a', 'ai-act-art-26-9'],
    'reps-views-sought': ['gdpr-art-35-9'],
    'union-information': ['dir-2002-14-art-4-3', 'dir-2002-14-art-4-2-c', 'ai-act-art-26-7'],
    'ai-act-worker-information': ['ai-act-art-26-7', 'ai-act-art-26-11'],
    consultation: ['dir-2002-14-art-4-2-c', 'dir-2002-14-art-4-4-e', 'dir-89-391-art-6-3-c', 'dir-89-391-art-11', 'ai-act-recital-92'],
    'audit-review': ['gdpr-art-24-1', 'gdpr-art-35-11', 'gdpr-art-5', 'ai-act-art-26-5'],
  },
  addQuestions: [
    {
      after: 'bias-test-results',
      question: {
        id: 'annex-iii-high-risk',
        stage: 'analysis',
        options: ['yes', 'no', 'not-ai'],
        // Annex III point 4, and any system that decides about or profiles workers (Art. 6(3)).
        showIf: { any: [ANNEX_III_CATEGORIES, DECIDES, PROFILES] },
      },
    },
    {
      after: 'union-information',
      question: {
        id: 'ai-act-worker-information',
        stage: 'governance',
        options: ['done', 'planned', 'no'],
        showIf: {
          any: [
            { question: 'annex-iii-high-risk', is: ['yes'] },
            // Art. 6(3): "not high-risk" does not hold for an Annex III system that profiles.
            { all: [{ question: 'annex-iii-high-risk', is: ['no'] }, PROFILES] },
            { all: [ANNEX_III_CATEGORIES, { not: { question: 'annex-iii-high-risk', is: ['not-ai'] } }] },
          ],
        },
      },
    },
  ],
  ruleBases: {
    // Fix 4: the union-facing information duty, as national law transposes it.
    'advance-notice': ['dir-2002-14-art-4-2-c', 'dir-2002-14-art-4-3', 'dir-2002-14-art-4-2-b'],
    // Review C9: a notice to workers that meets Arts 12–14 and flags the right to object.
    'worker-notice-compliance': ['gdpr-art-12-1', 'gdpr-art-13', 'gdpr-art-14', 'gdpr-art-21-4'],
    // Fix 1: consultation rests on the directives, not on recital 92, Art. 88(1) or Art. 35(9).
    consultation: ['dir-2002-14-art-4-2-c', 'dir-2002-14-art-4-4-e', 'dir-89-391-art-6-3-c', 'dir-89-391-art-11'],
    'purpose-limitation': ['gdpr-art-5-1-b', 'gdpr-art-6-4'],
    'no-emotion-recognition': ['ai-act-art-5-1-f'],
    'no-activation-without-agreement': ['gdpr-art-25', 'gdpr-art-35-11', 'gdpr-art-88-2'],
    'no-off-duty-monitoring': ['gdpr-art-5-1-c', 'gdpr-art-88-2'],
    'no-union-activity-profiling': ['gdpr-art-9-1', 'gdpr-art-88-2'],
    'data-minimisation': ['gdpr-art-5-1-c', 'gdpr-art-25'],
    'no-consent-reliance': ['gdpr-art-6-1', 'gdpr-art-7-4'],
    // Review C20.
    'objection-procedure': ['gdpr-art-21-1', 'gdpr-art-21-4'],
    // Review (b): Art. 22(4) only matters for automated decisions, so it is not cited here.
    'special-category-safeguards': ['gdpr-art-9-1', 'gdpr-art-9-2-b', 'gdpr-art-88-2'],
    'joint-impact-assessment': ['gdpr-art-35-1', 'gdpr-art-35-3-a', 'gdpr-art-35-9', 'gdpr-art-35-11'],
    'human-review-solely': ['gdpr-art-22-1', 'gdpr-art-22-3', 'ai-act-art-26-2'],
    // `human-review-partly` and `human-review-undisclosed`: Art. 22 covers solely automated
    // decisions only, so no EU provision in this tool gives the right; the clause creates it.
    // Review A6, A25: these apply to Art. 22 and Annex III decisions; their summaries say so.
    'explanation-of-decisions': ['gdpr-art-13-2-f', 'gdpr-art-14-2-g', 'gdpr-art-15-1-h', 'ai-act-art-86'],
    // Review A8: Art. 20 (consent or contract only) is not an access basis.
    'individual-access': ['gdpr-art-15', 'gdpr-art-15-3', 'gdpr-art-16', 'gdpr-art-12-3', 'gdpr-art-12-4'],
    // Review (b): no EU right of collective access; national law under Dir. 2002/14 Art. 4(3).
    'collective-access': ['dir-2002-14-art-4-3'],
    'retention-deletion': ['gdpr-art-5-1-e', 'gdpr-art-17'],
    'no-sale-no-training': ['gdpr-art-5-1-b', 'gdpr-art-28', 'gdpr-art-28-10'],
    'vendor-safeguards': ['gdpr-art-28', 'gdpr-art-32'],
    // Fix 10: Chapter V and the notice of the safeguards.
    'cross-border-transfers': ['gdpr-art-44', 'gdpr-art-45', 'gdpr-art-46', 'gdpr-art-13-1-f', 'gdpr-art-88-2'],
    'security-breach-notice': ['gdpr-art-32', 'gdpr-art-33', 'gdpr-art-34'],
    'bias-audit': ['gdpr-art-5', 'ai-act-art-26-4'],
    // Fix 1: "no statutory right" was wrong for health and safety.
    'health-safety-intensity': ['dir-89-391-art-6-3-a', 'dir-89-391-art-6-3-c', 'dir-89-391-art-9', 'dir-89-391-art-11'],
    // `pay-criteria-agreement`: no EU provision makes pay criteria subject to agreement (Art. 22
    // reaches only solely automated pay decisions, and backs the question instead).
    // Review C31.
    'job-security': ['dir-2002-14-art-4-2-b', 'dir-98-59-art-2'],
    // `union-expert`: no general EU right (review (b)); the footnote points to national law.
    // Review A21: for every system, not only high-risk AI.
    'periodic-review': ['gdpr-art-24-1', 'gdpr-art-35-11', 'ai-act-art-26-5'],
    'redress-no-retaliation': ['gdpr-art-77', 'gdpr-art-79', 'gdpr-art-80-1', 'gdpr-art-82'],
  },
  addRules: [
    // A high-risk system calls for a bias audit whatever management says about testing.
    {
      id: 'eu-high-risk-bias-audit',
      clause: 'bias-audit',
      when: { question: 'annex-iii-high-risk', is: ['yes'] },
      provisions: ['gdpr-art-5', 'ai-act-art-26-4'],
    },
    // Information before use of high-risk AI (Art. 26(7)) not done, only planned, or not said.
    {
      id: 'eu-ai-act-worker-information',
      clause: 'advance-notice',
      when: {
        any: [
          { question: 'ai-act-worker-information', is: ['planned', 'no'] },
          { question: 'ai-act-worker-information', status: OUTSTANDING_STATUSES },
        ],
      },
      provisions: ['ai-act-art-26-7', 'ai-act-art-26-11'],
    },
    // Review C13: management says "not high-risk" (or will not say) of a system that profiles
    // workers; under Art. 6(3) an Annex III system that profiles is always high-risk.
    {
      id: 'eu-profiling-high-risk-notice',
      clause: 'advance-notice',
      when: {
        all: [{ any: [{ question: 'annex-iii-high-risk', is: ['no'] }, { question: 'annex-iii-high-risk', status: GAP_STATUSES }] }, PROFILES],
      },
      provisions: ['ai-act-art-6-3', 'ai-act-annex-iii-4', 'ai-act-art-26-7'],
    },
    {
      id: 'eu-profiling-high-risk-bias-audit',
      clause: 'bias-audit',
      when: {
        all: [{ any: [{ question: 'annex-iii-high-risk', is: ['no'] }, { question: 'annex-iii-high-risk', status: GAP_STATUSES }] }, PROFILES],
      },
      provisions: ['ai-act-art-6-3', 'ai-act-annex-iii-4', 'ai-act-art-26-4'],
    },
  ],
  terms: ['workers-representatives', 'data-protection-officer', 'supervisory-authority', 'data-protection-impact-assessment'],
} as const satisfies JurisdictionLayer;
