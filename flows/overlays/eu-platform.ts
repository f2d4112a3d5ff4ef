/**
 * Platform workers, on the EU layer: the Platform Work Directive, Directive (EU) 2024/2831, on
 * algorithmic management (limits on processing, impact assessment, transparency, human
 * oversight and review, health and safety, information and consultation of platform workers'
 * representatives), communication channels and protection from dismissal.
 *
 * It combines with a member state's overlay (`eu+eu-de+eu-platform`), so every question, rule
 * and term id it adds starts with `platform-`. Its rules hold only for a system the union and
 * management treat as platform work (`platform-scope`): each rule that gives a core clause the
 * Directive's basis repeats the core trigger, gated by that answer, so that the Directive is never
 * cited for a system outside its scope.
 *
 * Facts and flags come from `shared/design/legal-verification-eu-za.md` §1.3, §2.3 and §3 (trap 9)
 * and `legal-verification-br-ke-ng-in-kr-eu-national.md` §6.0 and §8 (trap 25), which correct
 * `legal-research.md` §5.3: [V] 'verified', [V-sec] 'secondary', [K] 'known', [?] 'uncertain'.
 * Where the notes confirm an article's content but not its number (Arts 7 and 8), the reference
 * is 'known'. EUR-Lex has no verified per-article link: every provision links to the ELI.
 *
 * Application: a directive binds Member States, and platforms through national law. The
 * transposition deadline is 2 December 2026 (Art. 29(1), [V-sec]), which is today as this is
 * written; whether a given Member State has transposed it is not known ([?]). So every right here
 * carries `appliesFrom` 2 December 2026 with `appliesFromUncertain`: the app and the documents
 * show it as depending on the national transposing law. Words are in `locales/<lang>/law-eu-platform.json`.
 */
import { CORE_CHECKLIST, type CoreRuleId } from '../core/checklist.ts';
import { OUTSTANDING_STATUSES, type ClauseRule, type Condition } from '../../src/engine/flow-types.ts';
import type { CoreRule, JurisdictionLayer } from '../../src/engine/layers.ts';
import { isOrGap } from '../../src/engine/condition-builders.ts';

const PWD_URL = 'https://eur-lex.europa.eu/eli/dir/2024/2831/oj';
const REVIEWED = '2026-11-30';

/** The transposition deadline (Art. 29(1)): from when the rights can reach platforms through national law. */
const TRANSPOSITION = { appliesFrom: '2026-12-02', appliesFromUncertain: true } as const;

const SCOPE = 'platform-scope';
const REPS_INFORMED = 'platform-reps-informed';
const ACCOUNT_DECISIONS = 'platform-account-decisions';

/**
 * The system is platform work: unless management says it is not (or that the question does not
 * apply). A refusal to say leaves the Directive in play: the union chose this overlay for a reason.
 */
const IN_SCOPE: Condition = { not: { any: [{ question: SCOPE, is: ['no'] }, { question: SCOPE, status: ['not-applicable'] }] } };

/** A core rule, for platform work only, on the Directive's basis: same clause, same trigger. */
function onPlatform(id: CoreRuleId, provisions: readonly string[]): ClauseRule {
  const rule: CoreRule | undefined = CORE_CHECKLIST.clauseRules.find((candidate) => candidate.id === id);
  if (!rule) throw new Error(`No core rule "${id}"`);
  return {
    id: `platform-${id}`,
    clause: rule.clause,
    when: { all: [IN_SCOPE, rule.when] },
    provisions,
    ...(rule.facts ? { facts: rule.facts } : {}),
  };
}

export const EU_PLATFORM_OVERLAY = {
  id: 'eu-platform',
  extends: 'eu',
  instruments: [{ id: 'pwd', url: PWD_URL }],
  provisions: [
    // Chapter III (algorithmic management) covers persons performing platform work, the self-employed included.
    { id: 'pwd-art-1-2', instrument: 'pwd', kind: 'article', pinpoint: '1(2)', url: PWD_URL, verification: 'verified', reviewed: REVIEWED, ...TRANSPOSITION },
    { id: 'pwd-art-5-1', instrument: 'pwd', kind: 'article', pinpoint: '5(1)', url: PWD_URL, verification: 'secondary', reviewed: REVIEWED, ...TRANSPOSITION },
    // Content [V-sec], article number [K].
    { id: 'pwd-art-7', instrument: 'pwd', kind: 'article', pinpoint: '7', url: PWD_URL, verification: 'known', reviewed: REVIEWED, ...TRANSPOSITION },
    { id: 'pwd-art-8', instrument: 'pwd', kind: 'article', pinpoint: '8', url: PWD_URL, verification: 'known', reviewed: REVIEWED, ...TRANSPOSITION },
    { id: 'pwd-art-9', instrument: 'pwd', kind: 'article', pinpoint: '9', url: PWD_URL, verification: 'verified', reviewed: REVIEWED, discloses: true, ...TRANSPOSITION },
    // The regular evaluation with representatives (at least every two years) is [K]; 10(5) is [V-sec].
    { id: 'pwd-art-10', instrument: 'pwd', kind: 'article', pinpoint: '10', url: PWD_URL, verification: 'known', reviewed: REVIEWED, ...TRANSPOSITION },
    { id: 'pwd-art-10-5', instrument: 'pwd', kind: 'article', pinpoint: '10(5)', url: PWD_URL, verification: 'secondary', reviewed: REVIEWED, ...TRANSPOSITION },
    // 11(1), the explanation, is [V-sec]; the contact person, written reasons, review and remedy are [K].
    { id: 'pwd-art-11', instrument: 'pwd', kind: 'article', pinpoint: '11', url: PWD_URL, verification: 'known', reviewed: REVIEWED, ...TRANSPOSITION },
    { id: 'pwd-art-11-1', instrument: 'pwd', kind: 'article', pinpoint: '11(1)', url: PWD_URL, verification: 'secondary', reviewed: REVIEWED, ...TRANSPOSITION },
    { id: 'pwd-art-12', instrument: 'pwd', kind: 'article', pinpoint: '12', url: PWD_URL, verification: 'known', reviewed: REVIEWED, ...TRANSPOSITION },
    // The final text of Art. 13 was not read: consultation and the expert are [K], the 250 threshold unconfirmed.
    { id: 'pwd-art-13', instrument: 'pwd', kind: 'article', pinpoint: '13', url: PWD_URL, verification: 'known', reviewed: REVIEWED, ...TRANSPOSITION },
    // Neither its number nor its content was confirmed [?].
    { id: 'pwd-art-14', instrument: 'pwd', kind: 'article', pinpoint: '14', url: PWD_URL, verification: 'uncertain', reviewed: REVIEWED, ...TRANSPOSITION },
    { id: 'pwd-art-20', instrument: 'pwd', kind: 'article', pinpoint: '20', url: PWD_URL, verification: 'secondary', reviewed: REVIEWED, ...TRANSPOSITION },
    { id: 'pwd-art-23', instrument: 'pwd', kind: 'article', pinpoint: '23', url: PWD_URL, verification: 'verified', reviewed: REVIEWED, ...TRANSPOSITION },
    // Addressed to the Member States, and in force: no start date.
    { id: 'pwd-art-29-1', instrument: 'pwd', kind: 'article', pinpoint: '29(1)', url: PWD_URL, verification: 'secondary', reviewed: REVIEWED },
  ],
  backing: {
    [SCOPE]: ['pwd-art-1-2', 'pwd-art-5-1', 'pwd-art-29-1', 'pwd-art-14'],
    'special-category-data': ['pwd-art-7'],
    'off-duty-collection': ['pwd-art-7'],
    'union-activity-tracking': ['pwd-art-7', 'pwd-art-20'],
    'emotion-recognition': ['pwd-art-7'],
    'human-review': ['pwd-art-10', 'pwd-art-11'],
    [ACCOUNT_DECISIONS]: ['pwd-art-10-5', 'pwd-art-11'],
    'logic-explanation': ['pwd-art-11-1'],
    'work-pace-targets': ['pwd-art-12'],
    'impact-assessment': ['pwd-art-8'],
    'reps-views-sought': ['pwd-art-8'],
    'impact-assessment-shared': ['pwd-art-8'],
    consultation: ['pwd-art-13'],
    [REPS_INFORMED]: ['pwd-art-9', 'pwd-art-13', 'pwd-art-14'],
    'audit-review': ['pwd-art-10'],
  },
  addQuestions: [
    // Asked first, because the Directive's rules turn on it.
    { after: 'purpose', question: { id: SCOPE, stage: 'collection', options: ['workers', 'self-employed', 'no'] } },
    {
      after: 'human-reviewer',
      question: { id: ACCOUNT_DECISIONS, stage: 'analysis', options: ['system', 'human', 'none'], showIf: IN_SCOPE },
    },
    {
      after: 'consultation',
      question: { id: REPS_INFORMED, stage: 'governance', options: ['yes', 'partly', 'no', 'no-representatives'], showIf: IN_SCOPE },
    },
  ],
  ruleBases: {},
  addRules: [
    // A decision to restrict, suspend or terminate an account (or of equivalent detriment) is a human's to take.
    {
      id: 'platform-account-decisions',
      clause: 'human-review',
      when: { all: [IN_SCOPE, isOrGap(ACCOUNT_DECISIONS, ['system'])] },
      provisions: ['pwd-art-10-5', 'pwd-art-11'],
    },
    // Any such decision taken or supported by the system: an explanation, and written reasons.
    {
      id: 'platform-account-reasons',
      clause: 'explanation-of-decisions',
      when: { all: [IN_SCOPE, isOrGap(ACCOUNT_DECISIONS, ['system', 'human'])] },
      provisions: ['pwd-art-11-1', 'pwd-art-11'],
    },
    // The Art. 9 information owed to representatives (and to the people themselves), including on systems being introduced.
    {
      id: 'platform-reps-information',
      clause: 'collective-access',
      when: { all: [IN_SCOPE, { any: [isOrGap(REPS_INFORMED, ['partly', 'no']), { question: REPS_INFORMED, status: OUTSTANDING_STATUSES }] }] },
      provisions: ['pwd-art-9'],
    },
    {
      id: 'platform-reps-notice',
      clause: 'advance-notice',
      when: { all: [IN_SCOPE, { any: [isOrGap(REPS_INFORMED, ['partly', 'no']), { question: REPS_INFORMED, status: OUTSTANDING_STATUSES }] }] },
      provisions: ['pwd-art-9'],
    },
    onPlatform('advance-notice', ['pwd-art-9', 'pwd-art-13']),
    onPlatform('consultation', ['pwd-art-13']),
    onPlatform('union-expert', ['pwd-art-13']),
    onPlatform('collective-access', ['pwd-art-9']),
    onPlatform('joint-impact-assessment', ['pwd-art-8']),
    onPlatform('no-emotion-recognition', ['pwd-art-7']),
    onPlatform('no-off-duty-monitoring', ['pwd-art-7']),
    onPlatform('no-union-activity-profiling', ['pwd-art-7', 'pwd-art-20']),
    onPlatform('special-category-safeguards', ['pwd-art-7']),
    onPlatform('human-review-solely', ['pwd-art-11']),
    onPlatform('human-review-partly', ['pwd-art-11']),
    onPlatform('explanation-of-decisions', ['pwd-art-11-1']),
    onPlatform('health-safety-intensity', ['pwd-art-12']),
    onPlatform('periodic-review', ['pwd-art-10']),
    onPlatform('redress-no-retaliation', ['pwd-art-23']),
  ],
  terms: [
    'platform-digital-labour-platform',
    'platform-person-performing-platform-work',
    'platform-worker',
    'platform-workers-representatives',
    'platform-automated-systems',
  ],
} as const satisfies JurisdictionLayer;
