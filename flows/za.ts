import { GAP_STATUSES, type FlowDefinition } from '../src/engine/flow-types.ts';

/**
 * South Africa: POPIA (Act 4 of 2013), the POPIA Regulations 2018 (as amended in 2025) and the
 * union hooks of the Labour Relations Act 66 of 1995. Legal facts come only from
 * `shared/design/legal-verification-eu-za.md`; flags map [V] verified, [V-sec] secondary,
 * [K] known, [?] uncertain.
 *
 * Links: the Information Regulator's POPIA page (the official Act PDF was not confirmed) and
 * the Department of Employment and Labour "read online" page of the LRA (the only page of the
 * Act the verification names; used for every LRA section because no per-section link for
 * ss. 84-85 was verified). Section 21 (operators) and section 14 (retention) are not cited:
 * the research files do not cover them. EEA s. 8 is left out: no official link was verified.
 */

const POPIA_URL = 'https://inforegulator.org.za/popia';
const POPIA_SPECIAL_URL = 'https://inforegulator.org.za/knowledge-base/prohibition-on-processing-of-special-personal-information/';
const LRA_URL = 'https://www.labour.gov.za/legislation/acts/labour-relations/read-online/amended-labour-relations-act-16';
const REVIEWED = '2026-11-30';

const GAPS_OR_PARTLY = ['partly', ...GAP_STATUSES] as const;

export const zaFlow = {
  id: 'za',
  version: 1,
  instruments: [
    { id: 'popia', url: POPIA_URL },
    { id: 'popia-regulations-2018', url: POPIA_URL },
    { id: 'lra', url: LRA_URL },
  ],
  provisions: [
    // POPIA: rights and the eight conditions (Chapter 3)
    { id: 'popia-s-4', instrument: 'popia', kind: 'section', pinpoint: '4', url: POPIA_URL, verification: 'secondary', reviewed: REVIEWED },
    { id: 'popia-s-5', instrument: 'popia', kind: 'section', pinpoint: '5', url: POPIA_URL, verification: 'verified', reviewed: REVIEWED },
    { id: 'popia-s-8', instrument: 'popia', kind: 'section', pinpoint: '8', url: POPIA_URL, verification: 'secondary', reviewed: REVIEWED },
    { id: 'popia-ss-9-12', instrument: 'popia', kind: 'section', pinpoint: '9–12', url: POPIA_URL, verification: 'secondary', reviewed: REVIEWED },
    { id: 'popia-s-11-1', instrument: 'popia', kind: 'section', pinpoint: '11(1)', url: POPIA_URL, verification: 'verified', reviewed: REVIEWED },
    { id: 'popia-s-11-2', instrument: 'popia', kind: 'section', pinpoint: '11(2)', url: POPIA_URL, verification: 'verified', reviewed: REVIEWED },
    { id: 'popia-s-11-3-a', instrument: 'popia', kind: 'section', pinpoint: '11(3)(a)', url: POPIA_URL, verification: 'verified', reviewed: REVIEWED },
    { id: 'popia-s-11-4', instrument: 'popia', kind: 'section', pinpoint: '11(4)', url: POPIA_URL, verification: 'verified', reviewed: REVIEWED },
    { id: 'popia-ss-13-14', instrument: 'popia', kind: 'section', pinpoint: '13–14', url: POPIA_URL, verification: 'secondary', reviewed: REVIEWED },
    { id: 'popia-s-15', instrument: 'popia', kind: 'section', pinpoint: '15', url: POPIA_URL, verification: 'secondary', reviewed: REVIEWED },
    { id: 'popia-s-16', instrument: 'popia', kind: 'section', pinpoint: '16', url: POPIA_URL, verification: 'secondary', reviewed: REVIEWED },
    { id: 'popia-ss-17-18', instrument: 'popia', kind: 'section', pinpoint: '17–18', url: POPIA_URL, verification: 'secondary', reviewed: REVIEWED, discloses: true },
    { id: 'popia-s-18', instrument: 'popia', kind: 'section', pinpoint: '18', url: POPIA_URL, verification: 'secondary', reviewed: REVIEWED, discloses: true },
    { id: 'popia-ss-19-22', instrument: 'popia', kind: 'section', pinpoint: '19–22', url: POPIA_URL, verification: 'secondary', reviewed: REVIEWED },
    { id: 'popia-s-22', instrument: 'popia', kind: 'section', pinpoint: '22', url: POPIA_URL, verification: 'secondary', reviewed: REVIEWED, discloses: true },
    { id: 'popia-ss-23-25', instrument: 'popia', kind: 'section', pinpoint: '23–25', url: POPIA_URL, verification: 'secondary', reviewed: REVIEWED, discloses: true },
    { id: 'popia-s-23', instrument: 'popia', kind: 'section', pinpoint: '23', url: POPIA_URL, verification: 'verified', reviewed: REVIEWED, discloses: true },
    { id: 'popia-s-24', instrument: 'popia', kind: 'section', pinpoint: '24', url: POPIA_URL, verification: 'verified', reviewed: REVIEWED },
    // POPIA: special personal information
    { id: 'popia-s-26', instrument: 'popia', kind: 'section', pinpoint: '26', url: POPIA_SPECIAL_URL, verification: 'verified', reviewed: REVIEWED },
    { id: 'popia-s-27', instrument: 'popia', kind: 'section', pinpoint: '27', url: POPIA_URL, verification: 'secondary', reviewed: REVIEWED },
    { id: 'popia-s-30', instrument: 'popia', kind: 'section', pinpoint: '30', url: POPIA_URL, verification: 'verified', reviewed: REVIEWED },
    { id: 'popia-s-32', instrument: 'popia', kind: 'section', pinpoint: '32', url: POPIA_URL, verification: 'known', reviewed: REVIEWED },
    { id: 'popia-s-33', instrument: 'popia', kind: 'section', pinpoint: '33', url: POPIA_URL, verification: 'known', reviewed: REVIEWED },
    // POPIA: information officer, prior authorisation, automated decisions, transfers, complaints
    { id: 'popia-s-55', instrument: 'popia', kind: 'section', pinpoint: '55', url: POPIA_URL, verification: 'verified', reviewed: REVIEWED },
    { id: 'popia-s-57', instrument: 'popia', kind: 'section', pinpoint: '57', url: POPIA_URL, verification: 'verified', reviewed: REVIEWED },
    { id: 'popia-s-71-1', instrument: 'popia', kind: 'section', pinpoint: '71(1)', url: POPIA_URL, verification: 'verified', reviewed: REVIEWED },
    { id: 'popia-s-71-2', instrument: 'popia', kind: 'section', pinpoint: '71(2)', url: POPIA_URL, verification: 'verified', reviewed: REVIEWED },
    { id: 'popia-s-71-3', instrument: 'popia', kind: 'section', pinpoint: '71(3)', url: POPIA_URL, verification: 'verified', reviewed: REVIEWED, discloses: true },
    { id: 'popia-s-72-1', instrument: 'popia', kind: 'section', pinpoint: '72(1)', url: POPIA_URL, verification: 'verified', reviewed: REVIEWED },
    { id: 'popia-s-74', instrument: 'popia', kind: 'section', pinpoint: '74', url: POPIA_URL, verification: 'known', reviewed: REVIEWED },
    // POPIA Regulations 2018, as amended by GN 6126 (17 April 2025)
    { id: 'popia-regs-reg-4-1-a', instrument: 'popia-regulations-2018', kind: 'regulation', pinpoint: '4(1)(a)', url: POPIA_URL, verification: 'verified', reviewed: REVIEWED },
    { id: 'popia-regs-reg-4-1-b', instrument: 'popia-regulations-2018', kind: 'regulation', pinpoint: '4(1)(b)', url: POPIA_URL, verification: 'verified', reviewed: REVIEWED },
    // Labour Relations Act 66 of 1995
    { id: 'lra-s-16-2', instrument: 'lra', kind: 'section', pinpoint: '16(2)', url: LRA_URL, verification: 'verified', reviewed: REVIEWED, discloses: true },
    { id: 'lra-s-16-3', instrument: 'lra', kind: 'section', pinpoint: '16(3)', url: LRA_URL, verification: 'verified', reviewed: REVIEWED, discloses: true },
    { id: 'lra-s-84-1-a', instrument: 'lra', kind: 'section', pinpoint: '84(1)(a)', url: LRA_URL, verification: 'verified', reviewed: REVIEWED },
    { id: 'lra-s-84-1-h', instrument: 'lra', kind: 'section', pinpoint: '84(1)(h)', url: LRA_URL, verification: 'verified', reviewed: REVIEWED },
    { id: 'lra-s-85', instrument: 'lra', kind: 'section', pinpoint: '85', url: LRA_URL, verification: 'verified', reviewed: REVIEWED },
  ],
  questions: [
    // ── Collection ─────────────────────────────────────────────────────────────
    { id: 'data-categories', stage: 'collection', provisions: ['popia-s-18', 'popia-ss-9-12'] },
    { id: 'purpose', stage: 'collection', provisions: ['popia-ss-13-14', 'popia-s-18'] },
    {
      id: 'legal-basis',
      stage: 'collection',
      options: ['consent', 'contract', 'legal-obligation', 'public-law-duty', 'legitimate-interests', 'other'],
      provisions: ['popia-s-11-1', 'popia-s-11-2'],
    },
    {
      id: 'objection-route',
      stage: 'collection',
      showIf: { question: 'legal-basis', is: ['public-law-duty', 'legitimate-interests'] },
      provisions: ['popia-s-11-3-a', 'popia-s-11-4'],
    },
    { id: 'collection-notice', stage: 'collection', options: ['yes', 'incomplete', 'no'], provisions: ['popia-s-18', 'popia-ss-17-18'] },
    {
      id: 'off-duty-collection',
      stage: 'collection',
      options: ['yes', 'no'],
      showIf: { category: ['monitoring', 'location', 'biometrics', 'scheduling'] },
      provisions: ['popia-ss-9-12'],
    },
    {
      id: 'special-information',
      stage: 'collection',
      options: ['yes', 'no'],
      provisions: ['popia-s-26', 'popia-s-27', 'popia-s-32', 'popia-s-33'],
    },
    { id: 'union-activity-tracking', stage: 'collection', options: ['yes', 'no'], provisions: ['popia-s-26', 'popia-s-30'] },

    // ── Analysis ───────────────────────────────────────────────────────────────
    { id: 'inferences-scores', stage: 'analysis', options: ['yes', 'no'], provisions: ['popia-s-71-1', 'popia-s-16'] },
    {
      id: 'emotion-detection',
      stage: 'analysis',
      options: ['yes', 'no'],
      showIf: { any: [{ question: 'inferences-scores', is: ['yes'] }, { category: ['biometrics', 'hiring'] }] },
      provisions: [],
    },
    { id: 'automated-decisions', stage: 'analysis', options: ['solely', 'partly', 'none'], provisions: ['popia-s-71-1'] },
    {
      id: 'human-review',
      stage: 'analysis',
      options: ['every-decision', 'on-request', 'none'],
      showIf: { question: 'automated-decisions', is: ['solely', 'partly'] },
      provisions: ['popia-s-71-1'],
    },
    {
      id: 'automated-decision-exception',
      stage: 'analysis',
      options: ['contract', 'law-or-code', 'none'],
      showIf: { question: 'automated-decisions', is: ['solely'] },
      provisions: ['popia-s-71-2'],
    },
    {
      id: 'representations-and-logic',
      stage: 'analysis',
      options: ['yes', 'no'],
      showIf: { question: 'automated-decision-exception', is: ['contract'] },
      provisions: ['popia-s-71-3'],
    },
    {
      id: 'performance-pay-targets',
      stage: 'analysis',
      options: ['yes', 'no'],
      showIf: { category: ['performance', 'scheduling', 'monitoring'] },
      provisions: ['lra-s-84-1-h'],
    },
    {
      id: 'bias-testing',
      stage: 'analysis',
      options: ['yes', 'no'],
      showIf: {
        any: [
          { question: 'inferences-scores', is: ['yes'] },
          { question: 'automated-decisions', is: ['solely', 'partly'] },
          { category: ['hiring'] },
        ],
      },
      provisions: [],
    },
    {
      id: 'bias-test-results',
      stage: 'analysis',
      options: ['yes', 'no'],
      showIf: { question: 'bias-testing', is: ['yes'] },
      provisions: ['lra-s-16-3'],
    },

    // ── Storage and sharing ────────────────────────────────────────────────────
    {
      id: 'storage-location',
      stage: 'storage',
      options: ['in-south-africa', 'outside-south-africa', 'both'],
      provisions: ['popia-ss-19-22', 'popia-s-72-1'],
    },
    {
      id: 'transfer-safeguards',
      stage: 'storage',
      showIf: { question: 'storage-location', is: ['outside-south-africa', 'both'] },
      provisions: ['popia-s-72-1', 'popia-s-57'],
    },
    { id: 'internal-access', stage: 'storage', provisions: ['popia-ss-19-22', 'popia-s-23'] },
    { id: 'vendors-operators', stage: 'storage', options: ['yes', 'no'], provisions: [] },
    { id: 'third-party-use', stage: 'storage', options: ['yes', 'no'], provisions: ['popia-s-15'] },
    { id: 'security-compromise-notice', stage: 'storage', provisions: ['popia-ss-19-22', 'popia-s-22'] },
    { id: 'retention-period', stage: 'storage', provisions: ['popia-s-24'] },
    { id: 'worker-access-requests', stage: 'storage', provisions: ['popia-s-23', 'popia-s-5'] },

    // ── Offboarding ────────────────────────────────────────────────────────────
    { id: 'correction-deletion', stage: 'offboarding', provisions: ['popia-s-24', 'popia-ss-23-25'] },
    { id: 'leavers-data', stage: 'offboarding', provisions: ['popia-s-24'] },
    { id: 'model-training-reuse', stage: 'offboarding', options: ['yes', 'no'], provisions: ['popia-s-15'] },

    // ── Governance ─────────────────────────────────────────────────────────────
    {
      id: 'impact-assessment',
      stage: 'governance',
      options: ['yes', 'in-progress', 'no'],
      provisions: ['popia-regs-reg-4-1-b', 'popia-s-55', 'popia-s-4'],
    },
    {
      id: 'impact-assessment-shared',
      stage: 'governance',
      options: ['yes', 'no'],
      showIf: { question: 'impact-assessment', is: ['yes', 'in-progress'] },
      provisions: ['lra-s-16-3'],
    },
    { id: 'union-information', stage: 'governance', options: ['yes', 'no'], provisions: ['lra-s-16-3', 'lra-s-16-2'] },
    {
      id: 'workplace-forum',
      stage: 'governance',
      options: ['consulted', 'not-consulted', 'no-forum'],
      provisions: ['lra-s-84-1-a', 'lra-s-85'],
    },
    { id: 'review-and-audit', stage: 'governance', options: ['yes', 'no'], provisions: ['popia-regs-reg-4-1-a', 'popia-s-8'] },
  ],
  clauseRules: [
    {
      clause: 'advance-notice',
      when: { any: [{ question: 'collection-notice', is: ['incomplete', 'no'] }, { question: 'union-information', is: ['no'] }] },
      provisions: ['popia-s-18', 'lra-s-16-3'],
    },
    // With a workplace forum that was not consulted, s. 84 and s. 85 apply; without one, the clause creates the right.
    { clause: 'consultation', when: { question: 'workplace-forum', is: ['not-consulted'] }, provisions: ['lra-s-84-1-a', 'lra-s-85'] },
    {
      clause: 'consultation',
      when: { any: [{ question: 'workplace-forum', is: ['no-forum'] }, { question: 'workplace-forum', status: GAP_STATUSES }] },
      provisions: [],
    },
    {
      clause: 'purpose-limitation',
      when: {
        any: [
          { question: 'purpose', status: GAPS_OR_PARTLY },
          { question: 'third-party-use', is: ['yes'] },
          { question: 'model-training-reuse', is: ['yes'] },
        ],
      },
      provisions: ['popia-ss-13-14', 'popia-s-15'],
    },
    {
      clause: 'no-emotion-recognition',
      when: { any: [{ question: 'emotion-detection', is: ['yes'] }, { question: 'emotion-detection', status: GAP_STATUSES }] },
      provisions: [],
    },
    {
      clause: 'no-off-duty-monitoring',
      when: { any: [{ question: 'off-duty-collection', is: ['yes'] }, { question: 'off-duty-collection', status: GAP_STATUSES }] },
      provisions: ['popia-ss-9-12'],
    },
    {
      clause: 'no-union-activity-profiling',
      when: { any: [{ question: 'union-activity-tracking', is: ['yes'] }, { question: 'union-activity-tracking', status: GAP_STATUSES }] },
      provisions: ['popia-s-26', 'popia-s-30'],
    },
    {
      clause: 'data-minimisation',
      when: {
        any: [
          { question: 'data-categories', status: GAPS_OR_PARTLY },
          { question: 'off-duty-collection', is: ['yes'] },
          { question: 'special-information', is: ['yes'] },
        ],
      },
      provisions: ['popia-ss-9-12'],
      facts: { dataCategories: 'data-categories' },
    },
    { clause: 'no-consent-reliance', when: { question: 'legal-basis', is: ['consent'] }, provisions: ['popia-s-11-2'] },
    {
      clause: 'special-category-safeguards',
      when: {
        any: [
          { question: 'special-information', is: ['yes'] },
          { question: 'special-information', status: GAP_STATUSES },
          { category: ['biometrics'] },
        ],
      },
      provisions: ['popia-s-26', 'popia-s-27'],
    },
    {
      clause: 'joint-impact-assessment',
      when: {
        any: [
          { question: 'impact-assessment', is: ['in-progress', 'no'] },
          { question: 'impact-assessment', status: GAP_STATUSES },
          { question: 'impact-assessment-shared', is: ['no'] },
        ],
      },
      provisions: ['popia-regs-reg-4-1-b'],
    },
    // s. 71 covers decisions based solely on automated processing; for partly automated ones the clause creates the right.
    {
      clause: 'human-review',
      when: { question: 'automated-decisions', is: ['solely'] },
      provisions: ['popia-s-71-1', 'popia-s-71-2'],
    },
    {
      clause: 'human-review',
      when: { all: [{ question: 'automated-decisions', is: ['partly'] }, { question: 'human-review', is: ['on-request', 'none'] }] },
      provisions: [],
    },
    // s. 71(3) backs an explanation only where the contract exception is used; otherwise the clause creates it.
    {
      clause: 'explanation-of-decisions',
      when: { any: [{ question: 'representations-and-logic', is: ['no'] }, { question: 'representations-and-logic', status: GAP_STATUSES }] },
      provisions: ['popia-s-71-3'],
    },
    {
      clause: 'explanation-of-decisions',
      when: {
        all: [
          { question: 'automated-decisions', is: ['solely', 'partly'] },
          {
            not: {
              any: [{ question: 'representations-and-logic', is: ['no'] }, { question: 'representations-and-logic', status: GAP_STATUSES }],
            },
          },
        ],
      },
      provisions: [],
    },
    {
      clause: 'individual-access',
      when: { any: [{ question: 'worker-access-requests', status: GAPS_OR_PARTLY }, { question: 'inferences-scores', is: ['yes'] }] },
      provisions: ['popia-s-23', 'popia-s-5'],
    },
    {
      clause: 'collective-access',
      when: {
        any: [
          { question: 'union-information', is: ['no'] },
          { question: 'union-information', status: GAPS_OR_PARTLY },
          { question: 'impact-assessment-shared', is: ['no'] },
          { question: 'bias-test-results', is: ['no'] },
        ],
      },
      provisions: ['lra-s-16-3'],
    },
    {
      clause: 'retention-deletion',
      when: { any: [{ question: 'retention-period', status: GAPS_OR_PARTLY }, { question: 'leavers-data', status: GAPS_OR_PARTLY }] },
      provisions: ['popia-s-24'],
      facts: { retention: 'retention-period' },
    },
    {
      clause: 'no-sale-no-training',
      when: {
        any: [
          { question: 'third-party-use', is: ['yes'] },
          { question: 'third-party-use', status: GAP_STATUSES },
          { question: 'model-training-reuse', is: ['yes'] },
          { question: 'model-training-reuse', status: GAP_STATUSES },
        ],
      },
      provisions: ['popia-s-15'],
    },
    {
      clause: 'vendor-safeguards',
      when: { any: [{ question: 'vendors-operators', is: ['yes'] }, { question: 'vendors-operators', status: GAP_STATUSES }] },
      provisions: [],
    },
    // Special personal information sent abroad also needs the Regulator's prior authorisation (s. 57).
    {
      clause: 'cross-border-transfers',
      when: {
        all: [
          { any: [{ question: 'storage-location', is: ['outside-south-africa', 'both'] }, { question: 'storage-location', status: GAP_STATUSES }] },
          { question: 'special-information', is: ['yes'] },
        ],
      },
      provisions: ['popia-s-72-1', 'popia-s-57'],
      facts: { dataLocation: 'storage-location' },
    },
    {
      clause: 'cross-border-transfers',
      when: {
        all: [
          { any: [{ question: 'storage-location', is: ['outside-south-africa', 'both'] }, { question: 'storage-location', status: GAP_STATUSES }] },
          { not: { question: 'special-information', is: ['yes'] } },
        ],
      },
      provisions: ['popia-s-72-1'],
      facts: { dataLocation: 'storage-location' },
    },
    { clause: 'security-breach-notice', when: 'always', provisions: ['popia-s-22'] },
    {
      clause: 'bias-audit',
      when: {
        any: [
          { question: 'bias-testing', is: ['no'] },
          { question: 'bias-testing', status: GAP_STATUSES },
          { question: 'bias-test-results', is: ['no'] },
        ],
      },
      provisions: [],
    },
    {
      clause: 'health-safety-intensity',
      when: { any: [{ question: 'performance-pay-targets', is: ['yes'] }, { question: 'performance-pay-targets', status: GAP_STATUSES }] },
      provisions: [],
    },
    { clause: 'union-expert', when: 'always', provisions: [] },
    { clause: 'periodic-review', when: 'always', provisions: ['popia-regs-reg-4-1-a'] },
    { clause: 'redress-no-retaliation', when: 'always', provisions: ['popia-s-74'] },
  ],
} as const satisfies FlowDefinition;
