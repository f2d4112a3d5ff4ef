/**
 * European Union flow: GDPR (Regulation (EU) 2016/679) and the AI Act (Regulation (EU) 2024/1689).
 *
 * Legal facts come only from shared/design/legal-research.md as re-checked by
 * shared/design/legal-verification-eu-za.md. Verification levels map the flags there:
 * [V] -> 'verified', [V-sec] -> 'secondary', [K] -> 'known', [?] -> 'uncertain'.
 * EUR-Lex has no verified per-article link, so every provision links to the act's ELI.
 * All text lives in locales/<lang>/flow-eu.json. Ids are permanent.
 */
import { GAP_STATUSES, type FlowDefinition } from '../src/engine/flow-types.ts';

const GDPR_URL = 'https://eur-lex.europa.eu/eli/reg/2016/679/oj';
const AI_ACT_URL = 'https://eur-lex.europa.eu/eli/reg/2024/1689/oj';
const REVIEWED = '2026-11-30';

/** Statuses that mean management did not give a usable answer. */

/**
 * When the AI Act's high-risk duties (Annex III, Arts 26 and 86) apply: 2 December 2027 under
 * the 2026 amending regulation, whose publication is reported but not verified here.
 */
const AI_ACT_HIGH_RISK_DATE = '2027-12-02';

export const euFlow = {
  id: 'eu',
  version: 1,
  instruments: [
    { id: 'gdpr', url: GDPR_URL },
    { id: 'ai-act', url: AI_ACT_URL },
  ],
  provisions: [
    // GDPR
    { id: 'gdpr-art-5', instrument: 'gdpr', kind: 'article', pinpoint: '5', url: GDPR_URL, verification: 'known', reviewed: REVIEWED },
    { id: 'gdpr-art-5-1-b', instrument: 'gdpr', kind: 'article', pinpoint: '5(1)(b)', url: GDPR_URL, verification: 'known', reviewed: REVIEWED },
    { id: 'gdpr-art-5-1-c', instrument: 'gdpr', kind: 'article', pinpoint: '5(1)(c)', url: GDPR_URL, verification: 'known', reviewed: REVIEWED },
    { id: 'gdpr-art-5-1-e', instrument: 'gdpr', kind: 'article', pinpoint: '5(1)(e)', url: GDPR_URL, verification: 'known', reviewed: REVIEWED },
    { id: 'gdpr-art-6-1', instrument: 'gdpr', kind: 'article', pinpoint: '6(1)', url: GDPR_URL, verification: 'known', reviewed: REVIEWED },
    { id: 'gdpr-art-9-1', instrument: 'gdpr', kind: 'article', pinpoint: '9(1)', url: GDPR_URL, verification: 'known', reviewed: REVIEWED },
    { id: 'gdpr-art-9-2-b', instrument: 'gdpr', kind: 'article', pinpoint: '9(2)(b)', url: GDPR_URL, verification: 'known', reviewed: REVIEWED },
    { id: 'gdpr-art-12-3', instrument: 'gdpr', kind: 'article', pinpoint: '12(3)', url: GDPR_URL, verification: 'verified', reviewed: REVIEWED, discloses: true },
    { id: 'gdpr-art-12-4', instrument: 'gdpr', kind: 'article', pinpoint: '12(4)', url: GDPR_URL, verification: 'verified', reviewed: REVIEWED },
    { id: 'gdpr-art-13', instrument: 'gdpr', kind: 'article', pinpoint: '13', url: GDPR_URL, verification: 'known', reviewed: REVIEWED, discloses: true },
    { id: 'gdpr-art-13-2-f', instrument: 'gdpr', kind: 'article', pinpoint: '13(2)(f)', url: GDPR_URL, verification: 'verified', reviewed: REVIEWED, discloses: true },
    { id: 'gdpr-art-14', instrument: 'gdpr', kind: 'article', pinpoint: '14', url: GDPR_URL, verification: 'known', reviewed: REVIEWED, discloses: true },
    { id: 'gdpr-art-14-2-g', instrument: 'gdpr', kind: 'article', pinpoint: '14(2)(g)', url: GDPR_URL, verification: 'verified', reviewed: REVIEWED, discloses: true },
    { id: 'gdpr-art-15', instrument: 'gdpr', kind: 'article', pinpoint: '15', url: GDPR_URL, verification: 'known', reviewed: REVIEWED, discloses: true },
    { id: 'gdpr-art-15-1-h', instrument: 'gdpr', kind: 'article', pinpoint: '15(1)(h)', url: GDPR_URL, verification: 'secondary', reviewed: REVIEWED, discloses: true },
    { id: 'gdpr-art-15-3', instrument: 'gdpr', kind: 'article', pinpoint: '15(3)', url: GDPR_URL, verification: 'known', reviewed: REVIEWED, discloses: true },
    { id: 'gdpr-art-16', instrument: 'gdpr', kind: 'article', pinpoint: '16', url: GDPR_URL, verification: 'known', reviewed: REVIEWED },
    { id: 'gdpr-art-17', instrument: 'gdpr', kind: 'article', pinpoint: '17', url: GDPR_URL, verification: 'known', reviewed: REVIEWED },
    { id: 'gdpr-art-20', instrument: 'gdpr', kind: 'article', pinpoint: '20', url: GDPR_URL, verification: 'secondary', reviewed: REVIEWED },
    { id: 'gdpr-art-21-1', instrument: 'gdpr', kind: 'article', pinpoint: '21(1)', url: GDPR_URL, verification: 'verified', reviewed: REVIEWED },
    { id: 'gdpr-art-21-4', instrument: 'gdpr', kind: 'article', pinpoint: '21(4)', url: GDPR_URL, verification: 'verified', reviewed: REVIEWED },
    { id: 'gdpr-art-22-1', instrument: 'gdpr', kind: 'article', pinpoint: '22(1)', url: GDPR_URL, verification: 'verified', reviewed: REVIEWED },
    { id: 'gdpr-art-22-2', instrument: 'gdpr', kind: 'article', pinpoint: '22(2)', url: GDPR_URL, verification: 'verified', reviewed: REVIEWED },
    { id: 'gdpr-art-22-3', instrument: 'gdpr', kind: 'article', pinpoint: '22(3)', url: GDPR_URL, verification: 'verified', reviewed: REVIEWED },
    { id: 'gdpr-art-22-4', instrument: 'gdpr', kind: 'article', pinpoint: '22(4)', url: GDPR_URL, verification: 'verified', reviewed: REVIEWED },
    { id: 'gdpr-art-25', instrument: 'gdpr', kind: 'article', pinpoint: '25', url: GDPR_URL, verification: 'known', reviewed: REVIEWED },
    { id: 'gdpr-art-28', instrument: 'gdpr', kind: 'article', pinpoint: '28', url: GDPR_URL, verification: 'known', reviewed: REVIEWED },
    { id: 'gdpr-art-30', instrument: 'gdpr', kind: 'article', pinpoint: '30', url: GDPR_URL, verification: 'known', reviewed: REVIEWED },
    { id: 'gdpr-art-32', instrument: 'gdpr', kind: 'article', pinpoint: '32', url: GDPR_URL, verification: 'known', reviewed: REVIEWED },
    { id: 'gdpr-art-33', instrument: 'gdpr', kind: 'article', pinpoint: '33', url: GDPR_URL, verification: 'known', reviewed: REVIEWED },
    { id: 'gdpr-art-34', instrument: 'gdpr', kind: 'article', pinpoint: '34', url: GDPR_URL, verification: 'known', reviewed: REVIEWED },
    { id: 'gdpr-art-35-1', instrument: 'gdpr', kind: 'article', pinpoint: '35(1)', url: GDPR_URL, verification: 'verified', reviewed: REVIEWED },
    { id: 'gdpr-art-35-3-a', instrument: 'gdpr', kind: 'article', pinpoint: '35(3)(a)', url: GDPR_URL, verification: 'verified', reviewed: REVIEWED },
    { id: 'gdpr-art-35-9', instrument: 'gdpr', kind: 'article', pinpoint: '35(9)', url: GDPR_URL, verification: 'secondary', reviewed: REVIEWED },
    { id: 'gdpr-art-77', instrument: 'gdpr', kind: 'article', pinpoint: '77', url: GDPR_URL, verification: 'known', reviewed: REVIEWED },
    { id: 'gdpr-art-80-1', instrument: 'gdpr', kind: 'article', pinpoint: '80(1)', url: GDPR_URL, verification: 'verified', reviewed: REVIEWED },
    { id: 'gdpr-art-88-1', instrument: 'gdpr', kind: 'article', pinpoint: '88(1)', url: GDPR_URL, verification: 'verified', reviewed: REVIEWED },
    { id: 'gdpr-art-88-2', instrument: 'gdpr', kind: 'article', pinpoint: '88(2)', url: GDPR_URL, verification: 'verified', reviewed: REVIEWED },
    // AI Act
    { id: 'ai-act-art-5-1-f', instrument: 'ai-act', kind: 'article', pinpoint: '5(1)(f)', url: AI_ACT_URL, verification: 'secondary', reviewed: REVIEWED },
    { id: 'ai-act-annex-iii-4', instrument: 'ai-act', kind: 'annex', pinpoint: 'III point 4', url: AI_ACT_URL, verification: 'verified', reviewed: REVIEWED, appliesFrom: AI_ACT_HIGH_RISK_DATE },
    { id: 'ai-act-art-26-2', instrument: 'ai-act', kind: 'article', pinpoint: '26(2)', url: AI_ACT_URL, verification: 'verified', reviewed: REVIEWED, appliesFrom: AI_ACT_HIGH_RISK_DATE },
    { id: 'ai-act-art-26-4', instrument: 'ai-act', kind: 'article', pinpoint: '26(4)', url: AI_ACT_URL, verification: 'verified', reviewed: REVIEWED, appliesFrom: AI_ACT_HIGH_RISK_DATE },
    { id: 'ai-act-art-26-5', instrument: 'ai-act', kind: 'article', pinpoint: '26(5)', url: AI_ACT_URL, verification: 'verified', reviewed: REVIEWED, appliesFrom: AI_ACT_HIGH_RISK_DATE },
    { id: 'ai-act-art-26-6', instrument: 'ai-act', kind: 'article', pinpoint: '26(6)', url: AI_ACT_URL, verification: 'secondary', reviewed: REVIEWED, appliesFrom: AI_ACT_HIGH_RISK_DATE },
    { id: 'ai-act-art-26-7', instrument: 'ai-act', kind: 'article', pinpoint: '26(7)', url: AI_ACT_URL, verification: 'verified', reviewed: REVIEWED, appliesFrom: AI_ACT_HIGH_RISK_DATE, discloses: true },
    { id: 'ai-act-art-26-9', instrument: 'ai-act', kind: 'article', pinpoint: '26(9)', url: AI_ACT_URL, verification: 'secondary', reviewed: REVIEWED, appliesFrom: AI_ACT_HIGH_RISK_DATE },
    { id: 'ai-act-art-26-11', instrument: 'ai-act', kind: 'article', pinpoint: '26(11)', url: AI_ACT_URL, verification: 'secondary', reviewed: REVIEWED, appliesFrom: AI_ACT_HIGH_RISK_DATE, discloses: true },
    { id: 'ai-act-art-86', instrument: 'ai-act', kind: 'article', pinpoint: '86', url: AI_ACT_URL, verification: 'verified', reviewed: REVIEWED, appliesFrom: AI_ACT_HIGH_RISK_DATE, discloses: true },
    { id: 'ai-act-recital-92', instrument: 'ai-act', kind: 'recital', pinpoint: '92', url: AI_ACT_URL, verification: 'verified', reviewed: REVIEWED },
  ],
  questions: [
    // ── Collection ──────────────────────────────────────────────────────────
    {
      id: 'data-categories',
      stage: 'collection',
      provisions: ['gdpr-art-5-1-c', 'gdpr-art-25', 'gdpr-art-14', 'gdpr-art-30'],
    },
    {
      id: 'special-category-data',
      stage: 'collection',
      options: ['yes', 'no'],
      provisions: ['gdpr-art-9-1'],
    },
    {
      id: 'special-category-basis',
      stage: 'collection',
      showIf: { question: 'special-category-data', is: ['yes'] },
      provisions: ['gdpr-art-9-2-b', 'gdpr-art-88-2'],
    },
    {
      id: 'legal-basis',
      stage: 'collection',
      options: ['contract', 'legal-obligation', 'legitimate-interests', 'public-task', 'consent', 'other'],
      provisions: ['gdpr-art-6-1', 'gdpr-art-21-1'],
    },
    {
      id: 'off-duty-collection',
      stage: 'collection',
      options: ['yes', 'no'],
      showIf: { not: { category: ['hiring'] } },
      provisions: ['gdpr-art-5-1-c', 'gdpr-art-88-2'],
    },
    {
      id: 'secondary-uses',
      stage: 'collection',
      options: ['yes', 'no'],
      provisions: ['gdpr-art-5-1-b', 'gdpr-art-13'],
    },
    {
      id: 'worker-notice',
      stage: 'collection',
      options: ['yes', 'partly', 'no'],
      provisions: ['gdpr-art-13', 'gdpr-art-14', 'gdpr-art-21-4'],
    },
    // ── Analysis ────────────────────────────────────────────────────────────
    {
      id: 'inferences-profiles',
      stage: 'analysis',
      options: ['yes', 'no'],
      provisions: ['gdpr-art-15', 'gdpr-art-16', 'gdpr-art-21-1'],
    },
    {
      id: 'emotion-recognition',
      stage: 'analysis',
      options: ['yes', 'no'],
      showIf: {
        any: [
          { category: ['monitoring', 'biometrics', 'generative-ai'] },
          { question: 'inferences-profiles', is: ['yes'] },
        ],
      },
      provisions: ['ai-act-art-5-1-f'],
    },
    {
      id: 'automated-decisions',
      stage: 'analysis',
      options: ['solely', 'partly', 'none'],
      provisions: ['gdpr-art-22-1', 'gdpr-art-22-2', 'gdpr-art-13-2-f'],
    },
    {
      id: 'human-review',
      stage: 'analysis',
      options: ['always', 'on-request', 'no'],
      showIf: { question: 'automated-decisions', is: ['solely', 'partly'] },
      provisions: ['gdpr-art-22-3', 'ai-act-art-26-2'],
    },
    {
      id: 'human-reviewer',
      stage: 'analysis',
      showIf: { question: 'human-review', is: ['always', 'on-request'] },
      provisions: ['ai-act-art-26-2', 'gdpr-art-22-3'],
    },
    {
      id: 'logic-explanation',
      stage: 'analysis',
      options: ['yes', 'partly', 'no'],
      showIf: {
        any: [
          { question: 'automated-decisions', is: ['solely', 'partly'] },
          { question: 'inferences-profiles', is: ['yes'] },
        ],
      },
      provisions: ['gdpr-art-13-2-f', 'gdpr-art-14-2-g', 'gdpr-art-15-1-h', 'gdpr-art-12-3', 'ai-act-art-86'],
    },
    {
      id: 'bias-testing',
      stage: 'analysis',
      options: ['yes', 'no'],
      showIf: {
        any: [
          { question: 'automated-decisions', is: ['solely', 'partly'] },
          { question: 'inferences-profiles', is: ['yes'] },
          { category: ['hiring', 'performance', 'scheduling'] },
        ],
      },
      provisions: ['gdpr-art-5', 'ai-act-art-26-4'],
    },
    {
      id: 'annex-iii-high-risk',
      stage: 'analysis',
      options: ['yes', 'no', 'not-ai'],
      showIf: {
        any: [
          { category: ['hiring', 'performance', 'scheduling'] },
          { question: 'automated-decisions', is: ['solely', 'partly'] },
        ],
      },
      provisions: ['ai-act-annex-iii-4'],
    },
    {
      id: 'work-pace-targets',
      stage: 'analysis',
      options: ['yes', 'no'],
      showIf: { category: ['scheduling', 'performance', 'monitoring', 'location'] },
      provisions: [],
    },
    // ── Storage and sharing ─────────────────────────────────────────────────
    {
      id: 'storage-location',
      stage: 'storage',
      provisions: ['gdpr-art-30', 'gdpr-art-32'],
    },
    {
      id: 'transfers-outside-eu',
      stage: 'storage',
      options: ['yes', 'no'],
      provisions: ['gdpr-art-13', 'gdpr-art-88-2'],
    },
    {
      id: 'access-rights',
      stage: 'storage',
      provisions: ['gdpr-art-32', 'gdpr-art-30'],
    },
    {
      id: 'vendor-processor',
      stage: 'storage',
      options: ['yes', 'no', 'no-vendor'],
      provisions: ['gdpr-art-28'],
    },
    {
      id: 'data-sale',
      stage: 'storage',
      options: ['yes', 'no'],
      provisions: ['gdpr-art-5-1-b', 'gdpr-art-6-1'],
    },
    {
      id: 'retention-period',
      stage: 'storage',
      options: ['defined', 'indefinite'],
      provisions: ['gdpr-art-5-1-e', 'gdpr-art-13', 'ai-act-art-26-6'],
    },
    // ── Off-boarding ────────────────────────────────────────────────────────
    {
      id: 'training-reuse',
      stage: 'offboarding',
      options: ['yes', 'no'],
      provisions: ['gdpr-art-5-1-b', 'gdpr-art-28', 'gdpr-art-21-1'],
    },
    {
      id: 'leavers-data',
      stage: 'offboarding',
      provisions: ['gdpr-art-17', 'gdpr-art-15-3', 'gdpr-art-20', 'gdpr-art-12-3'],
    },
    // ── Governance ──────────────────────────────────────────────────────────
    {
      id: 'dpia-done',
      stage: 'governance',
      options: ['yes', 'in-progress', 'no'],
      provisions: ['gdpr-art-35-1', 'gdpr-art-35-3-a', 'ai-act-art-26-9'],
    },
    {
      id: 'reps-views-sought',
      stage: 'governance',
      options: ['yes', 'no'],
      showIf: { question: 'dpia-done', is: ['yes', 'in-progress'] },
      provisions: ['gdpr-art-35-9'],
    },
    {
      id: 'dpia-shared',
      stage: 'governance',
      options: ['yes', 'summary', 'no'],
      showIf: { question: 'dpia-done', is: ['yes', 'in-progress'] },
      provisions: [],
    },
    {
      id: 'ai-act-worker-information',
      stage: 'governance',
      options: ['done', 'planned', 'no'],
      showIf: {
        any: [
          { question: 'annex-iii-high-risk', is: ['yes'] },
          {
            all: [
              { category: ['hiring', 'performance', 'scheduling'] },
              { not: { question: 'annex-iii-high-risk', is: ['not-ai'] } },
            ],
          },
        ],
      },
      provisions: ['ai-act-art-26-7', 'ai-act-art-26-11'],
    },
    {
      id: 'consultation',
      stage: 'governance',
      options: ['yes', 'no'],
      provisions: ['ai-act-recital-92', 'gdpr-art-88-1'],
    },
    {
      id: 'audit-review',
      stage: 'governance',
      options: ['yes', 'no'],
      provisions: ['gdpr-art-5', 'ai-act-art-26-5'],
    },
  ],
  clauseRules: [
    {
      clause: 'advance-notice',
      when: {
        any: [
          { question: 'worker-notice', is: ['partly', 'no'] },
          { question: 'worker-notice', status: GAP_STATUSES },
          { question: 'ai-act-worker-information', is: ['planned', 'no'] },
          { question: 'ai-act-worker-information', status: GAP_STATUSES },
        ],
      },
      provisions: ['gdpr-art-13', 'ai-act-art-26-7'],
    },
    {
      clause: 'consultation',
      when: { not: { question: 'consultation', is: ['yes'] } },
      provisions: ['ai-act-recital-92', 'gdpr-art-88-1', 'gdpr-art-35-9'],
    },
    {
      clause: 'purpose-limitation',
      when: {
        any: [
          { question: 'secondary-uses', is: ['yes'] },
          { question: 'secondary-uses', status: GAP_STATUSES },
        ],
      },
      provisions: ['gdpr-art-5-1-b'],
    },
    {
      clause: 'no-emotion-recognition',
      when: {
        any: [
          { question: 'emotion-recognition', is: ['yes'] },
          { question: 'emotion-recognition', status: GAP_STATUSES },
          { category: ['biometrics'] },
        ],
      },
      provisions: ['ai-act-art-5-1-f'],
    },
    {
      clause: 'no-off-duty-monitoring',
      when: {
        any: [
          { question: 'off-duty-collection', is: ['yes'] },
          { question: 'off-duty-collection', status: GAP_STATUSES },
          { category: ['location'] },
        ],
      },
      provisions: ['gdpr-art-5-1-c', 'gdpr-art-88-2'],
    },
    {
      clause: 'no-union-activity-profiling',
      when: {
        any: [
          { category: ['monitoring', 'location', 'generative-ai'] },
          { question: 'special-category-data', is: ['yes'] },
          { question: 'inferences-profiles', is: ['yes'] },
        ],
      },
      provisions: ['gdpr-art-9-1', 'gdpr-art-88-2'],
    },
    {
      clause: 'data-minimisation',
      when: {
        any: [
          { question: 'data-categories', status: ['partly', 'refused', 'unknown', 'follow-up'] },
          { question: 'off-duty-collection', is: ['yes'] },
          { category: ['monitoring', 'location', 'biometrics'] },
        ],
      },
      provisions: ['gdpr-art-5-1-c', 'gdpr-art-25'],
      facts: { dataCategories: 'data-categories' },
    },
    {
      clause: 'no-consent-reliance',
      when: { question: 'legal-basis', is: ['consent'] },
      provisions: ['gdpr-art-6-1'],
    },
    {
      clause: 'special-category-safeguards',
      when: {
        any: [
          { question: 'special-category-data', is: ['yes'] },
          { question: 'special-category-data', status: GAP_STATUSES },
          { category: ['biometrics'] },
        ],
      },
      provisions: ['gdpr-art-9-1', 'gdpr-art-9-2-b', 'gdpr-art-22-4', 'gdpr-art-88-2'],
    },
    {
      clause: 'joint-impact-assessment',
      when: {
        any: [
          { question: 'dpia-done', is: ['in-progress', 'no'] },
          { question: 'dpia-done', status: GAP_STATUSES },
          { question: 'reps-views-sought', is: ['no'] },
          { question: 'dpia-shared', is: ['summary', 'no'] },
        ],
      },
      provisions: ['gdpr-art-35-1', 'gdpr-art-35-9'],
    },
    // Art. 22 covers solely automated decisions only; for partly automated ones the clause creates the right.
    {
      clause: 'human-review',
      when: { question: 'automated-decisions', is: ['solely'] },
      provisions: ['gdpr-art-22-1', 'gdpr-art-22-3', 'ai-act-art-26-2'],
    },
    {
      clause: 'human-review',
      when: {
        all: [
          { question: 'automated-decisions', is: ['partly'] },
          { any: [{ question: 'human-review', is: ['on-request', 'no'] }, { question: 'human-review', status: GAP_STATUSES }] },
        ],
      },
      provisions: [],
    },
    {
      clause: 'explanation-of-decisions',
      when: {
        any: [
          { question: 'logic-explanation', is: ['partly', 'no'] },
          { question: 'logic-explanation', status: GAP_STATUSES },
        ],
      },
      provisions: ['gdpr-art-13-2-f', 'gdpr-art-15-1-h', 'ai-act-art-86'],
    },
    {
      clause: 'individual-access',
      when: {
        any: [
          { question: 'inferences-profiles', is: ['yes'] },
          { question: 'leavers-data', status: ['partly', 'refused', 'unknown', 'follow-up'] },
        ],
      },
      provisions: ['gdpr-art-15', 'gdpr-art-15-3', 'gdpr-art-12-3', 'gdpr-art-12-4', 'gdpr-art-20'],
    },
    {
      clause: 'collective-access',
      when: {
        any: [
          { question: 'inferences-profiles', is: ['yes'] },
          { question: 'automated-decisions', is: ['solely', 'partly'] },
          { question: 'dpia-shared', is: ['summary', 'no'] },
        ],
      },
      provisions: ['gdpr-art-88-1', 'gdpr-art-88-2'],
    },
    {
      clause: 'retention-deletion',
      when: {
        any: [
          { question: 'retention-period', is: ['indefinite'] },
          { question: 'retention-period', status: ['partly', 'refused', 'unknown', 'follow-up'] },
          { question: 'leavers-data', status: GAP_STATUSES },
        ],
      },
      provisions: ['gdpr-art-5-1-e', 'gdpr-art-17'],
      facts: { retention: 'retention-period' },
    },
    {
      clause: 'no-sale-no-training',
      when: {
        any: [
          { question: 'data-sale', is: ['yes'] },
          { question: 'data-sale', status: GAP_STATUSES },
          { question: 'training-reuse', is: ['yes'] },
          { question: 'training-reuse', status: GAP_STATUSES },
        ],
      },
      provisions: ['gdpr-art-5-1-b', 'gdpr-art-28'],
    },
    {
      clause: 'vendor-safeguards',
      when: {
        any: [
          { question: 'vendor-processor', is: ['no'] },
          { question: 'vendor-processor', status: GAP_STATUSES },
          { question: 'training-reuse', is: ['yes'] },
        ],
      },
      provisions: ['gdpr-art-28', 'gdpr-art-32'],
    },
    {
      clause: 'cross-border-transfers',
      when: {
        any: [
          { question: 'transfers-outside-eu', is: ['yes'] },
          { question: 'transfers-outside-eu', status: GAP_STATUSES },
        ],
      },
      provisions: ['gdpr-art-13', 'gdpr-art-88-2'],
      facts: { dataLocation: 'storage-location' },
    },
    {
      clause: 'security-breach-notice',
      when: {
        any: [
          { question: 'special-category-data', is: ['yes'] },
          { question: 'vendor-processor', is: ['yes', 'no'] },
          { question: 'transfers-outside-eu', is: ['yes'] },
          { category: ['biometrics'] },
        ],
      },
      provisions: ['gdpr-art-32', 'gdpr-art-33', 'gdpr-art-34'],
    },
    {
      clause: 'bias-audit',
      when: {
        any: [
          { question: 'bias-testing', is: ['no'] },
          { question: 'bias-testing', status: GAP_STATUSES },
          { question: 'annex-iii-high-risk', is: ['yes'] },
        ],
      },
      provisions: ['gdpr-art-5', 'ai-act-art-26-4'],
    },
    {
      clause: 'health-safety-intensity',
      when: {
        any: [
          { question: 'work-pace-targets', is: ['yes'] },
          { question: 'work-pace-targets', status: GAP_STATUSES },
        ],
      },
      provisions: [],
    },
    { clause: 'union-expert', when: 'always', provisions: [] },
    { clause: 'periodic-review', when: 'always', provisions: ['ai-act-art-26-5'] },
    { clause: 'redress-no-retaliation', when: 'always', provisions: ['gdpr-art-77', 'gdpr-art-80-1'] },
  ],
} as const satisfies FlowDefinition;
