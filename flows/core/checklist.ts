/**
 * The core checklist: the questions any union asks about a workplace system whatever the law,
 * along the data life cycle (collection, analysis and inferences, storage and sharing,
 * off-boarding) and governance, with shared option sets and the answers that call for each
 * clause of the library. It cites no law: each jurisdiction layer (`flows/layers/`) says which
 * of its provisions back each question and each rule, and what its law adds or changes.
 * The words are in `locales/<lang>/checklist.json`, keyed by these ids.
 *
 * Ids are permanent: saved negotiations refer to them. Version 1 was two separate checklists
 * (EU and South Africa); `flows/migrations.ts` moves their answers onto these ids.
 *
 * The triggers apply the union-side legal review (`shared/design/legal-review-eu-za.md`,
 * table (c)): every gap on a question that matters calls for the clause, not only a bad answer.
 */
import { GAP_STATUSES } from '../../src/engine/flow-types.ts';
import type { CoreChecklist } from '../../src/engine/layers.ts';
import { CHECKLIST_VERSION } from '../migrations.ts';
import { isOrGap, isOrOwed, owed } from '../../src/engine/condition-builders.ts';

const DECIDES = { question: 'automated-decisions', is: ['solely', 'partly'] } as const;
const PROFILES = { question: 'inferences-profiles', is: ['yes'] } as const;

export const CORE_CHECKLIST = {
  version: CHECKLIST_VERSION,
  questions: [
    // ── Collection ──────────────────────────────────────────────────────────
    { id: 'data-categories', stage: 'collection' },
    { id: 'purpose', stage: 'collection' },
    { id: 'special-category-data', stage: 'collection', options: ['yes', 'no'] },
    { id: 'special-category-basis', stage: 'collection', showIf: { question: 'special-category-data', is: ['yes'] } },
    { id: 'legal-basis', stage: 'collection', options: ['contract', 'legal-obligation', 'legitimate-interests', 'public-task', 'consent', 'other'] },
    { id: 'objection-route', stage: 'collection', showIf: { question: 'legal-basis', is: ['legitimate-interests', 'public-task'] } },
    { id: 'worker-notice', stage: 'collection', options: ['yes', 'partly', 'no'] },
    { id: 'off-duty-collection', stage: 'collection', options: ['yes', 'no'], showIf: { not: { category: ['hiring'] } } },
    { id: 'secondary-uses', stage: 'collection', options: ['yes', 'no'] },
    { id: 'union-activity-tracking', stage: 'collection', options: ['yes', 'no'] },
    // A capability installed but switched off (face recognition, an "aggression" module) is one
    // update away from use: the union needs to know before it is switched on.
    { id: 'inactive-functions', stage: 'collection', options: ['yes', 'no'] },
    // ── Analysis and inferences ─────────────────────────────────────────────
    { id: 'inferences-profiles', stage: 'analysis', options: ['yes', 'no'] },
    {
      id: 'emotion-recognition',
      stage: 'analysis',
      options: ['yes', 'no'],
      // Video interviews and call scoring are the commonest cases: asked of hiring, performance and scheduling too.
      showIf: { any: [{ category: ['monitoring', 'biometrics', 'generative-ai', 'hiring', 'performance', 'scheduling'] }, PROFILES] },
    },
    { id: 'automated-decisions', stage: 'analysis', options: ['solely', 'partly', 'none'] },
    {
      id: 'automated-decision-exception',
      stage: 'analysis',
      options: ['contract', 'law', 'consent', 'none'],
      showIf: { question: 'automated-decisions', is: ['solely'] },
    },
    { id: 'human-review', stage: 'analysis', options: ['always', 'on-request', 'no'], showIf: DECIDES },
    { id: 'human-reviewer', stage: 'analysis', showIf: { question: 'human-review', is: ['always', 'on-request'] } },
    { id: 'logic-explanation', stage: 'analysis', options: ['yes', 'partly', 'no'], showIf: { any: [DECIDES, PROFILES] } },
    {
      id: 'bias-testing',
      stage: 'analysis',
      options: ['yes', 'no'],
      showIf: { any: [DECIDES, PROFILES, { category: ['hiring', 'performance', 'scheduling'] }] },
    },
    { id: 'bias-test-results', stage: 'analysis', options: ['yes', 'no'], showIf: { question: 'bias-testing', is: ['yes'] } },
    { id: 'work-pace-targets', stage: 'analysis', options: ['yes', 'no'], showIf: { category: ['scheduling', 'performance', 'monitoring', 'location'] } },
    {
      id: 'pay-linked-scores',
      stage: 'analysis',
      options: ['yes', 'no'],
      showIf: { any: [DECIDES, PROFILES, { category: ['performance', 'scheduling'] }] },
    },
    { id: 'job-impact', stage: 'analysis', options: ['yes', 'no'] },
    // ── Storage and sharing ─────────────────────────────────────────────────
    { id: 'storage-location', stage: 'storage' },
    { id: 'cross-border-transfers', stage: 'storage', options: ['yes', 'no'] },
    { id: 'transfer-safeguards', stage: 'storage', showIf: { question: 'cross-border-transfers', is: ['yes'] } },
    { id: 'internal-access', stage: 'storage' },
    { id: 'vendor-involved', stage: 'storage', options: ['yes', 'no'] },
    { id: 'vendor-contract', stage: 'storage', options: ['yes', 'no'], showIf: { question: 'vendor-involved', is: ['yes'] } },
    { id: 'third-party-use', stage: 'storage', options: ['yes', 'no'] },
    { id: 'breach-notice', stage: 'storage' },
    { id: 'retention-period', stage: 'storage', options: ['defined', 'indefinite'] },
    { id: 'worker-access-requests', stage: 'storage' },
    // ── Off-boarding ────────────────────────────────────────────────────────
    { id: 'correction-deletion', stage: 'offboarding' },
    { id: 'leavers-data', stage: 'offboarding' },
    { id: 'training-reuse', stage: 'offboarding', options: ['yes', 'no'] },
    // ── Governance ──────────────────────────────────────────────────────────
    { id: 'impact-assessment', stage: 'governance', options: ['yes', 'in-progress', 'no'] },
    { id: 'reps-views-sought', stage: 'governance', options: ['yes', 'no'], showIf: { question: 'impact-assessment', is: ['yes', 'in-progress'] } },
    {
      id: 'impact-assessment-shared',
      stage: 'governance',
      options: ['yes', 'summary', 'no'],
      showIf: { question: 'impact-assessment', is: ['yes', 'in-progress'] },
    },
    { id: 'union-information', stage: 'governance', options: ['yes', 'no'] },
    { id: 'consultation', stage: 'governance', options: ['yes', 'no'] },
    { id: 'audit-review', stage: 'governance', options: ['yes', 'no'] },
  ],
  clauseRules: [
    {
      id: 'advance-notice',
      clause: 'advance-notice',
      when: { any: [isOrOwed('union-information', ['no']), { question: 'job-impact', is: ['yes'] }] },
    },
    { id: 'worker-notice-compliance', clause: 'worker-notice-compliance', when: isOrOwed('worker-notice', ['partly', 'no']) },
    {
      id: 'consultation',
      clause: 'consultation',
      // "Willing to discuss" recorded as a partial yes is not a commitment to consult.
      when: { any: [{ not: { question: 'consultation', is: ['yes'] } }, { question: 'consultation', status: ['partly'] }, isOrGap('job-impact', ['yes'])] },
    },
    {
      id: 'purpose-limitation',
      clause: 'purpose-limitation',
      when: { any: [isOrGap('secondary-uses', ['yes']), owed('purpose'), { question: 'third-party-use', is: ['yes'] }, { question: 'training-reuse', is: ['yes'] }] },
    },
    { id: 'no-emotion-recognition', clause: 'no-emotion-recognition', when: { any: [isOrGap('emotion-recognition', ['yes']), { category: ['biometrics'] }] } },
    { id: 'no-activation-without-agreement', clause: 'no-activation-without-agreement', when: isOrGap('inactive-functions', ['yes']) },
    { id: 'no-off-duty-monitoring', clause: 'no-off-duty-monitoring', when: { any: [isOrGap('off-duty-collection', ['yes']), { category: ['location'] }] } },
    {
      id: 'no-union-activity-profiling',
      clause: 'no-union-activity-profiling',
      when: {
        any: [
          isOrGap('union-activity-tracking', ['yes']),
          { category: ['monitoring', 'location', 'generative-ai'] },
          { question: 'special-category-data', is: ['yes'] },
          PROFILES,
        ],
      },
    },
    {
      id: 'data-minimisation',
      clause: 'data-minimisation',
      when: {
        any: [
          owed('data-categories'),
          { question: 'off-duty-collection', is: ['yes'] },
          { question: 'special-category-data', is: ['yes'] },
          { category: ['monitoring', 'location', 'biometrics'] },
        ],
      },
      facts: { dataCategories: 'data-categories' },
    },
    {
      id: 'no-consent-reliance',
      clause: 'no-consent-reliance',
      when: { any: [{ question: 'legal-basis', is: ['consent'] }, { question: 'automated-decision-exception', is: ['consent'] }] },
    },
    {
      id: 'objection-procedure',
      clause: 'objection-procedure',
      when: { all: [{ question: 'legal-basis', is: ['legitimate-interests', 'public-task'] }, owed('objection-route')] },
    },
    {
      id: 'special-category-safeguards',
      clause: 'special-category-safeguards',
      when: { any: [isOrGap('special-category-data', ['yes']), owed('special-category-basis'), { category: ['biometrics'] }] },
    },
    {
      id: 'joint-impact-assessment',
      clause: 'joint-impact-assessment',
      when: {
        any: [
          isOrGap('impact-assessment', ['in-progress', 'no']),
          isOrGap('reps-views-sought', ['no']),
          isOrGap('impact-assessment-shared', ['summary', 'no']),
        ],
      },
    },
    // Solely automated decisions: the law often gives a right to a human; partly automated ones
    // and decisions management will not describe: the clause creates it.
    { id: 'human-review-solely', clause: 'human-review', when: { question: 'automated-decisions', is: ['solely'] } },
    {
      id: 'human-review-partly',
      clause: 'human-review',
      when: { all: [{ question: 'automated-decisions', is: ['partly'] }, isOrGap('human-review', ['on-request', 'no'])] },
    },
    { id: 'human-review-undisclosed', clause: 'human-review', when: { question: 'automated-decisions', status: GAP_STATUSES } },
    {
      id: 'explanation-of-decisions',
      clause: 'explanation-of-decisions',
      when: { any: [isOrGap('logic-explanation', ['partly', 'no']), { question: 'automated-decisions', status: GAP_STATUSES }] },
    },
    {
      id: 'individual-access',
      clause: 'individual-access',
      when: { any: [PROFILES, owed('leavers-data'), owed('worker-access-requests'), owed('correction-deletion')] },
    },
    {
      id: 'collective-access',
      clause: 'collective-access',
      when: {
        any: [
          PROFILES,
          isOrGap('automated-decisions', ['solely', 'partly']),
          isOrGap('impact-assessment-shared', ['summary', 'no']),
          isOrGap('union-information', ['no']),
          owed('union-information'),
          isOrGap('bias-test-results', ['no']),
        ],
      },
    },
    {
      id: 'retention-deletion',
      clause: 'retention-deletion',
      when: { any: [{ question: 'retention-period', is: ['indefinite'] }, owed('retention-period'), owed('leavers-data')] },
      facts: { retention: 'retention-period' },
    },
    {
      id: 'no-sale-no-training',
      clause: 'no-sale-no-training',
      // "No, only anonymised benchmarks" is a partial answer: the clause covers anonymised and derived data.
      when: { any: [isOrOwed('third-party-use', ['yes']), isOrOwed('training-reuse', ['yes'])] },
    },
    {
      id: 'vendor-safeguards',
      clause: 'vendor-safeguards',
      when: { any: [isOrOwed('vendor-contract', ['no']), { question: 'vendor-involved', status: GAP_STATUSES }, { question: 'training-reuse', is: ['yes'] }] },
    },
    {
      id: 'cross-border-transfers',
      clause: 'cross-border-transfers',
      when: { any: [isOrGap('cross-border-transfers', ['yes']), owed('transfer-safeguards')] },
      facts: { dataLocation: 'storage-location' },
    },
    { id: 'security-breach-notice', clause: 'security-breach-notice', when: 'always' },
    { id: 'bias-audit', clause: 'bias-audit', when: { any: [isOrGap('bias-testing', ['no']), isOrGap('bias-test-results', ['no'])] } },
    { id: 'health-safety-intensity', clause: 'health-safety-intensity', when: isOrGap('work-pace-targets', ['yes']) },
    { id: 'pay-criteria-agreement', clause: 'pay-criteria-agreement', when: isOrGap('pay-linked-scores', ['yes']) },
    { id: 'job-security', clause: 'job-security', when: isOrGap('job-impact', ['yes']) },
    { id: 'union-expert', clause: 'union-expert', when: 'always' },
    { id: 'periodic-review', clause: 'periodic-review', when: 'always' },
    { id: 'redress-no-retaliation', clause: 'redress-no-retaliation', when: 'always' },
  ],
} as const satisfies CoreChecklist;

export type CoreQuestionId = (typeof CORE_CHECKLIST)['questions'][number]['id'];
export type CoreRuleId = (typeof CORE_CHECKLIST)['clauseRules'][number]['id'];
