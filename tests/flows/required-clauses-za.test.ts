import { describe, expect, it } from 'vitest';
import { CORE_CHECKLIST } from '../../flows/core/checklist.ts';
import { ZA_LAYER } from '../../flows/layers/za.ts';
import { CLAUSE_LIBRARY } from '../../flows/shared/clause-library.ts';
import { systemPath } from '../../src/engine/checklist.ts';
import { INFORMATION_CLAUSE_ID, SYSTEM_CATEGORIES, type QuestionDef, type SystemCategory } from '../../src/engine/flow-types.ts';
import { composeChecklist, validateLayers } from '../../src/engine/layers.ts';
import type { Answer } from '../../src/engine/negotiation.ts';
import { withSystemAdded } from '../../src/engine/record-updates.ts';
import { validateFlow } from '../../src/engine/validate-flow.ts';
import { selectClauses } from '../../src/export/select-clauses.ts';
import { leafKeys, readLocale } from '../support/locales.ts';
import { answerPath, emptyRecord, system } from '../support/records.ts';

/**
 * South Africa's legal logic as requirements, stated independently of the layer's rules: for each
 * trigger finding of the union-side review (`shared/design/legal-review-eu-za.md`, table (c)) and
 * each wrong "no statutory right" footnote (table (b), fix 2 of table (e)), the answers management
 * gives, the clause the documents must propose and the provisions its footnote must cite.
 */
const FLOW = composeChecklist(CORE_CHECKLIST, [ZA_LAYER]);

type Given = Readonly<Record<string, Partial<Answer>>>;

/** Answers that call for nothing but the clauses every system gets: the baseline each case changes. */
const BENIGN: Readonly<Record<string, string>> = {
  'special-category-data': 'no',
  'legal-basis': 'contract',
  'worker-notice': 'yes',
  'off-duty-collection': 'no',
  'secondary-uses': 'no',
  'union-activity-tracking': 'no',
  'inactive-functions': 'no',
  'inferences-profiles': 'no',
  'emotion-recognition': 'no',
  'automated-decisions': 'none',
  'bias-testing': 'yes',
  'bias-test-results': 'yes',
  'work-pace-targets': 'no',
  'pay-linked-scores': 'no',
  'job-impact': 'no',
  'cross-border-transfers': 'no',
  'vendor-involved': 'no',
  'third-party-use': 'no',
  'retention-period': 'defined',
  'training-reuse': 'no',
  'impact-assessment': 'yes',
  'reps-views-sought': 'yes',
  'impact-assessment-shared': 'yes',
  'union-representativeness': 'majority',
  'union-information': 'yes',
  'consultation': 'yes',
  'workplace-forum': 'no-forum',
  'audit-review': 'yes',
};

const answered = (choice: string): Partial<Answer> => ({ status: 'answered', choice });
const REFUSED: Partial<Answer> = { status: 'refused' };
const UNKNOWN: Partial<Answer> = { status: 'unknown' };
const FOLLOW_UP: Partial<Answer> = { status: 'follow-up' };
const GAPS = [REFUSED, UNKNOWN, FOLLOW_UP] as const;

function benign(question: QuestionDef): Answer {
  const choice = BENIGN[question.id] ?? question.options?.[0];
  return { status: 'answered', ...(choice !== undefined ? { choice } : {}), words: `Management's answer to ${question.id}.`, note: '' };
}

function recordFor(given: Given, category: SystemCategory = 'other') {
  const record = withSystemAdded(emptyRecord(FLOW), system('s1', category));
  return answerPath(FLOW, record, 's1', (question) => {
    const pinned = given[question.id];
    return pinned ? { words: '', note: '', ...pinned } : benign(question);
  });
}

function clausesFor(given: Given, category: SystemCategory = 'other') {
  const record = recordFor(given, category);
  for (const [question, answer] of Object.entries(given)) {
    expect(record.answers.s1?.[question]?.status, `${question} must be on the path`).toBe(answer.status);
  }
  return selectClauses(FLOW, record).systems[0]?.clauses ?? [];
}

function clause(given: Given, clauseId: string, category: SystemCategory = 'other') {
  return clausesFor(given, category).find((candidate) => candidate.clauseId === clauseId);
}

const ALWAYS = ['security-breach-notice', 'union-expert', 'periodic-review', 'redress-no-retaliation'];

interface Requirement {
  readonly finding: string;
  readonly given: Given;
  readonly category?: SystemCategory;
  readonly clause: string;
  /** Provisions the footnote must cite (it may cite more). */
  readonly cites?: readonly string[];
  /** Provisions the footnote must not cite. */
  readonly notCites?: readonly string[];
}

const SOLELY = { 'automated-decisions': answered('solely') } as const;
const PARTLY = { 'automated-decisions': answered('partly') } as const;
const CONTRACT_ROUTE = { ...SOLELY, 'automated-decision-exception': answered('contract') } as const;

const TRIGGERS: readonly Requirement[] = [
  // C2: automated decisions not disclosed
  ...GAPS.flatMap((gap) =>
    ['human-review', 'explanation-of-decisions', 'collective-access'].map((clauseId) => ({
      finding: `C2 automated-decisions ${gap.status}`,
      given: { 'automated-decisions': gap },
      clause: clauseId,
    })),
  ),
  { finding: 'C2 the answer is owed to the union', given: { 'automated-decisions': REFUSED }, clause: INFORMATION_CLAUSE_ID, cites: ['lra-s-16-3', 'lra-s-16-2'] },
  // C4: assessment done, not shared
  ...[REFUSED, UNKNOWN].flatMap((gap) =>
    ['joint-impact-assessment', 'collective-access'].map((clauseId) => ({
      finding: `C4 impact-assessment-shared ${gap.status}`,
      given: { 'impact-assessment': answered('yes'), 'impact-assessment-shared': gap },
      clause: clauseId,
    })),
  ),
  // C8: a partial answer asks for the missing half
  { finding: 'C8 partly', given: { 'data-categories': { status: 'partly' } }, clause: INFORMATION_CLAUSE_ID, cites: ['lra-s-16-3'] },
  { finding: 'C8 partly, with an option', given: { 'retention-period': { status: 'partly', choice: 'defined' } }, clause: INFORMATION_CLAUSE_ID },
  // C10: a defective notice to workers calls for a compliant s. 18 notice
  { finding: 'C10 worker-notice partly', given: { 'worker-notice': answered('partly') }, clause: 'worker-notice-compliance', cites: ['popia-s-18'] },
  { finding: 'C10 worker-notice no', given: { 'worker-notice': answered('no') }, clause: 'worker-notice-compliance', cites: ['popia-s-18'] },
  // C20: objection route withheld
  {
    finding: 'C20 legitimate interests',
    given: { 'legal-basis': answered('legitimate-interests'), 'objection-route': REFUSED },
    clause: 'objection-procedure',
    cites: ['popia-s-11-3-a', 'popia-s-11-4'],
  },
  {
    finding: 'C20 public-law duty',
    given: { 'legal-basis': answered('public-task'), 'objection-route': UNKNOWN },
    clause: 'objection-procedure',
    cites: ['popia-s-11-3-a', 'popia-s-11-4'],
  },
  // C21: partly automated, review not described
  ...[REFUSED, UNKNOWN].map((gap) => ({ finding: `C21 human-review ${gap.status}`, given: { ...PARTLY, 'human-review': gap }, clause: 'human-review' })),
  { finding: 'C21 no review of partly automated decisions', given: { ...PARTLY, 'human-review': answered('no') }, clause: 'human-review' },
  // C22: correction and deletion not described
  ...[UNKNOWN, { status: 'partly' } as const].map((answer) => ({
    finding: `C22 correction-deletion ${answer.status}`,
    given: { 'correction-deletion': answer },
    clause: 'individual-access',
    cites: ['popia-s-24'],
  })),
  // C23: a forum consulted is not the union consulted
  {
    finding: 'C23 forum consulted, union not',
    given: { consultation: answered('no'), 'workplace-forum': answered('consulted') },
    clause: 'consultation',
  },
  // C24: the forum's existence is a gap: ss. 84(1)(a) and 85 apply if it exists (the summaries say so)
  ...GAPS.map((gap) => ({
    finding: `C24 workplace-forum ${gap.status}`,
    given: { 'workplace-forum': gap },
    clause: 'consultation',
    cites: ['lra-s-84-1-a', 'lra-s-85'],
  })),
  { finding: 'forum not consulted', given: { 'workplace-forum': answered('not-consulted') }, clause: 'consultation', cites: ['lra-s-84-1-a', 'lra-s-85'] },
  // C25: the contract route, measures in place
  {
    finding: 'C25 contract route, representations yes',
    given: { ...CONTRACT_ROUTE, 'representations-and-logic': answered('yes'), 'logic-explanation': answered('yes') },
    clause: 'explanation-of-decisions',
    cites: ['popia-s-71-3'],
  },
  {
    finding: 'C25 contract route, representations no',
    given: { ...CONTRACT_ROUTE, 'representations-and-logic': answered('no') },
    clause: 'explanation-of-decisions',
    cites: ['popia-s-71-3'],
  },
  // C26: stored in South Africa, reached from abroad: the transfer question is answered yes
  { finding: 'C26 remote access from abroad', given: { 'cross-border-transfers': answered('yes') }, clause: 'cross-border-transfers', cites: ['popia-s-72-1'], notCites: ['popia-s-57-1-d'] },
  // C27: scores feed bonuses and merit pay
  { finding: 'C27 pay-linked scores', given: { 'pay-linked-scores': answered('yes'), 'workplace-forum': UNKNOWN }, category: 'performance', clause: 'pay-criteria-agreement', cites: ['lra-s-84-1-h'] },
  { finding: 'C27 pay-linked scores, forum exists', given: { 'pay-linked-scores': answered('yes'), 'workplace-forum': answered('consulted') }, category: 'performance', clause: 'pay-criteria-agreement', cites: ['lra-s-84-1-h'] },
  { finding: 'C27 pay-linked scores, no forum: the clause creates the right', given: { 'pay-linked-scores': answered('yes') }, category: 'performance', clause: 'pay-criteria-agreement', notCites: ['lra-s-84-1-h'] },
  { finding: 'C27 targets', given: { 'work-pace-targets': answered('yes') }, category: 'scheduling', clause: 'health-safety-intensity' },
  // C28: untested assessments
  { finding: 'C28 hiring, not tested', given: { 'bias-testing': answered('no') }, category: 'hiring', clause: 'bias-audit', cites: ['eea-s-8', 'eea-s-6'] },
  { finding: 'C28 hiring, test refused', given: { 'bias-testing': REFUSED }, category: 'hiring', clause: 'bias-audit', cites: ['eea-s-8'] },
  // C29: a union without s. 16 rights gets disclosure by agreement
  { finding: 'C29 minority union', given: { 'union-representativeness': answered('minority') }, clause: 'collective-access', notCites: ['lra-s-16-3'] },
  { finding: 'C29 majority union: s. 16(3) is the basis', given: { 'automated-decisions': REFUSED, 'union-representativeness': answered('majority') }, clause: 'collective-access', cites: ['lra-s-16-3'] },
  // s. 16 binds only towards a majority union or one granted the rights: a minority union's letter asks, it cannot cite the duty.
  { finding: 'C29 minority union asking for answers', given: { purpose: REFUSED, 'union-representativeness': answered('minority') }, clause: INFORMATION_CLAUSE_ID, notCites: ['lra-s-16-2', 'lra-s-16-3'] },
  { finding: 'C29 union rights granted', given: { purpose: REFUSED, 'union-representativeness': answered('granted-s16-rights') }, clause: INFORMATION_CLAUSE_ID, cites: ['lra-s-16-3'] },
  // C30: biometrics on consent
  ...['special-category-safeguards', 'no-consent-reliance'].map((clauseId) => ({
    finding: 'C30 biometrics on consent',
    given: { 'special-category-data': answered('yes'), 'legal-basis': answered('consent') },
    category: 'biometrics' as const,
    clause: clauseId,
  })),
  { finding: 'C30 s. 33 in the footnote', given: { 'special-category-data': answered('yes') }, category: 'biometrics', clause: 'special-category-safeguards', cites: ['popia-s-26', 'popia-s-27', 'popia-s-33', 'popia-s-32'] },
  // C31: jobs changed or lost
  { finding: 'C31 job impact', given: { 'job-impact': answered('yes') }, clause: 'job-security', cites: ['lra-s-189'] },
  { finding: 'C31 job impact, consultation on dismissals', given: { 'job-impact': answered('yes') }, clause: 'consultation', cites: ['lra-s-189'] },
];

/** Table (b) and fix 2: footnotes that said "no statutory right", or cited the wrong provision. */
const FOOTNOTES: readonly Requirement[] = [
  { finding: 'vendor-safeguards: POPIA ss. 20–21', given: { 'vendor-involved': answered('yes'), 'vendor-contract': answered('no') }, clause: 'vendor-safeguards', cites: ['popia-s-20', 'popia-s-21'] },
  { finding: 'health-safety-intensity: OHSA ss. 8, 19', given: { 'work-pace-targets': answered('yes') }, category: 'scheduling', clause: 'health-safety-intensity', cites: ['ohsa-s-8', 'ohsa-s-19'] },
  { finding: 'bias-audit: EEA ss. 8, 6', given: { 'bias-testing': answered('no') }, category: 'performance', clause: 'bias-audit', cites: ['eea-s-8', 'eea-s-6'] },
  { finding: 'union-expert: LRA s. 14(5)(b) for training', given: {}, clause: 'union-expert', cites: ['lra-s-14-5-b'] },
  { finding: 'consultation, forum unknown: ss. 84(1)(a), 85', given: { 'workplace-forum': UNKNOWN }, clause: 'consultation', cites: ['lra-s-84-1-a', 'lra-s-85', 'lra-s-80-1'] },
  { finding: 'explanation, contract route: s. 71(3)', given: { ...CONTRACT_ROUTE, 'representations-and-logic': answered('yes') }, clause: 'explanation-of-decisions', cites: ['popia-s-71-3'] },
  { finding: 'explanation, worker request met: no s. 71(3) (B18)', given: { ...CONTRACT_ROUTE, 'representations-and-logic': answered('request-met'), 'logic-explanation': answered('no') }, clause: 'explanation-of-decisions', notCites: ['popia-s-71-3'] },
  { finding: 'explanation, partly automated: no s. 71(3)', given: { ...PARTLY, 'human-review': answered('always'), 'logic-explanation': answered('no') }, clause: 'explanation-of-decisions', notCites: ['popia-s-71-3'] },
  { finding: 'information-disclosure: LRA s. 16 on a gap', given: { 'objection-route': REFUSED, 'legal-basis': answered('legitimate-interests') }, clause: INFORMATION_CLAUSE_ID, cites: ['lra-s-16-3'], notCites: ['popia-s-11-3-a'] },
  { finding: 'information-disclosure: not POPIA s. 18 or s. 23 towards the union', given: { 'worker-notice': REFUSED, 'worker-access-requests': REFUSED }, clause: INFORMATION_CLAUSE_ID, notCites: ['popia-s-18', 'popia-s-23'] },
  { finding: 'retention-deletion: s. 14, s. 24 second', given: { 'retention-period': answered('indefinite') }, clause: 'retention-deletion', cites: ['popia-s-14-1', 'popia-s-14-3', 'popia-s-14-4', 'popia-s-24'] },
  { finding: 'retention-deletion: leavers partly', given: { 'leavers-data': { status: 'partly' } }, clause: 'retention-deletion', cites: ['popia-s-14-1'] },
  { finding: 'no-union-activity-profiling: LRA ss. 4–5', given: { 'union-activity-tracking': answered('yes') }, clause: 'no-union-activity-profiling', cites: ['lra-s-4', 'lra-s-5', 'popia-s-26'] },
  { finding: 'data-minimisation: s. 10 and s. 9(b)', given: { 'data-categories': REFUSED }, clause: 'data-minimisation', cites: ['popia-s-10', 'popia-s-9-b'] },
  { finding: 'no-off-duty-monitoring: s. 9(b) and s. 10', given: { 'off-duty-collection': answered('yes') }, clause: 'no-off-duty-monitoring', cites: ['popia-s-9-b', 'popia-s-10'] },
  { finding: 'no-emotion-recognition: ss. 9(b), 10', given: { 'emotion-recognition': answered('yes') }, category: 'performance', clause: 'no-emotion-recognition', cites: ['popia-s-9-b', 'popia-s-10'] },
  { finding: 'no-sale-no-training: s. 15 and s. 20', given: { 'third-party-use': answered('yes') }, clause: 'no-sale-no-training', cites: ['popia-s-15', 'popia-s-20'] },
  { finding: 'purpose-limitation: s. 13, not s. 14', given: { 'secondary-uses': answered('yes') }, clause: 'purpose-limitation', cites: ['popia-s-13', 'popia-s-15'], notCites: ['popia-s-14-1'] },
  { finding: 'security-breach-notice: s. 22 and s. 21(2)', given: {}, clause: 'security-breach-notice', cites: ['popia-s-22', 'popia-s-21-2'] },
  { finding: 'redress: LRA s. 5 and s. 24', given: {}, clause: 'redress-no-retaliation', cites: ['popia-s-74', 'lra-s-5', 'lra-s-24'] },
  { finding: 'consultation, no forum, union not consulted: the clause creates the right', given: { consultation: answered('no') }, clause: 'consultation', notCites: ['lra-s-84-1-a', 'lra-s-85'] },
];

/** Table (c), "works as intended". */
const AS_INTENDED: readonly Requirement[] = [
  ...GAPS.map((gap) => ({ finding: `a gap (${gap.status}) is asked for`, given: { purpose: gap }, clause: INFORMATION_CLAUSE_ID })),
  ...[answered('no'), answered('in-progress'), REFUSED].map((answer) => ({
    finding: `no assessment (${answer.choice ?? answer.status})`,
    given: { 'impact-assessment': answer },
    clause: 'joint-impact-assessment',
    cites: ['popia-regs-reg-4-1-b'],
  })),
  { finding: 'solely automated', given: SOLELY, clause: 'human-review', cites: ['popia-s-71-1', 'popia-s-71-2'] },
  { finding: 'emotion yes', given: { 'emotion-recognition': answered('yes') }, category: 'monitoring', clause: 'no-emotion-recognition' },
  { finding: 'emotion refused', given: { 'emotion-recognition': REFUSED }, category: 'monitoring', clause: 'no-emotion-recognition' },
  { finding: 'biometrics', given: {}, category: 'biometrics', clause: 'special-category-safeguards' },
  { finding: 'data abroad', given: { 'cross-border-transfers': answered('yes') }, clause: 'cross-border-transfers', cites: ['popia-s-72-1'] },
  { finding: 'data abroad unknown', given: { 'cross-border-transfers': UNKNOWN }, clause: 'cross-border-transfers', cites: ['popia-s-72-1'] },
  {
    finding: 'special information abroad: s. 57',
    given: { 'special-category-data': answered('yes'), 'cross-border-transfers': answered('yes') },
    clause: 'cross-border-transfers',
    cites: ['popia-s-72-1', 'popia-s-57-1-d'],
  },
  { finding: 'consent', given: { 'legal-basis': answered('consent') }, clause: 'no-consent-reliance', cites: ['popia-s-11-2'] },
];

describe.each([
  ['trigger findings (table (c))', TRIGGERS],
  ['footnotes (table (b), fix 2)', FOOTNOTES],
  ['works as intended', AS_INTENDED],
] as const)('South Africa, %s', (_, requirements) => {
  it.each(requirements.map((requirement) => [requirement.finding, requirement.clause, requirement] as const))('%s: proposes %s', (__, ___, requirement) => {
    const found = clause(requirement.given, requirement.clause, requirement.category);
    expect(found, requirement.clause).toBeDefined();
    expect(found?.provisions).toEqual(expect.arrayContaining([...(requirement.cites ?? [])]));
    for (const id of requirement.notCites ?? []) expect(found?.provisions).not.toContain(id);
  });
});

describe('South Africa, what the baseline must not call for', () => {
  it('a system with benign answers gets only the clauses every system gets', () => {
    expect(clausesFor({}).map((proposed) => proposed.clauseId).sort()).toEqual([...ALWAYS].sort());
  });

  it('C10: a defective worker notice no longer calls for advance notice to the union by itself', () => {
    expect(clause({ 'worker-notice': answered('no') }, 'advance-notice')).toBeUndefined();
  });

  it('C23: the union consulted and the forum consulted call for no consultation clause', () => {
    expect(clause({ consultation: answered('yes'), 'workplace-forum': answered('consulted') }, 'consultation')).toBeUndefined();
  });

  it('s. 57 is not cited when no special information goes abroad', () => {
    expect(clause({ 'cross-border-transfers': answered('yes') }, 'cross-border-transfers')?.provisions).not.toContain('popia-s-57-1-d');
  });
});

describe('South Africa, the checklist', () => {
  const ids = FLOW.questions.map((question) => question.id);
  const question = (id: string) => FLOW.questions.find((candidate) => candidate.id === id);

  it('composes without problems and validates as a flow', () => {
    expect(validateLayers(CORE_CHECKLIST, [ZA_LAYER])).toEqual([]);
    expect(validateFlow(FLOW, CLAUSE_LIBRARY)).toEqual([]);
  });

  it('cites every provision it holds', () => {
    const cited = new Set([...FLOW.questions.flatMap((entry) => entry.provisions), ...FLOW.clauseRules.flatMap((rule) => rule.provisions)]);
    expect(FLOW.provisions.map((provision) => provision.id).filter((id) => !cited.has(id))).toEqual([]);
  });

  it('adds its own questions where they belong', () => {
    expect(question('representations-and-logic')).toMatchObject({ stage: 'analysis', options: ['yes', 'request-met', 'no'], showIf: { question: 'automated-decision-exception', is: ['contract'] } });
    expect(ids.indexOf('representations-and-logic')).toBe(ids.indexOf('automated-decision-exception') + 1);
    expect(question('workplace-forum')).toMatchObject({ stage: 'governance', options: ['consulted', 'not-consulted', 'no-forum'] });
    expect(question('union-representativeness')).toMatchObject({ stage: 'governance', options: ['majority', 'granted-s16-rights', 'minority'] });
    expect(ids.indexOf('union-representativeness')).toBeLessThan(ids.indexOf('union-information'));
  });

  it('B17: the s. 71(2) exceptions have no consent option', () => {
    expect(question('automated-decision-exception')?.options).toEqual(['contract', 'law', 'none']);
  });

  it('C12: asks about off-duty collection and emotion recognition of performance and generative-AI systems', () => {
    for (const category of ['performance', 'generative-ai', 'other'] as const) {
      const path = systemPath(FLOW, recordFor({}, category), system('s1', category)).questions.map((entry) => entry.id);
      expect(path, category).toContain('off-duty-collection');
      if (category !== 'other') expect(path, category).toContain('emotion-recognition');
    }
  });

  it('fix 3: s. 14 backs retention and leavers, s. 24 as the second basis; s. 13 and s. 14 are distinct', () => {
    for (const id of ['retention-period', 'leavers-data']) {
      expect(question(id)?.provisions.slice(0, 3), id).toEqual(['popia-s-14-1', 'popia-s-14-3', 'popia-s-14-4']);
      expect(question(id)?.provisions, id).toContain('popia-s-24');
    }
    expect(FLOW.provisions.map((provision) => provision.id)).not.toContain('popia-ss-13-14');
    expect(question('purpose')?.provisions).toContain('popia-s-13');
  });

  it('fix 4 and C29: only LRA s. 16(2) and s. 16(3) oblige an answer to the union, and they back every question but representativeness', () => {
    expect(FLOW.provisions.filter((provision) => provision.discloses).map((provision) => provision.id).sort()).toEqual(['lra-s-16-2', 'lra-s-16-3']);
    const unbacked = FLOW.questions.filter((entry) => entry.id !== 'union-representativeness' && !entry.provisions.includes('lra-s-16-3'));
    expect(unbacked.map((entry) => entry.id)).toEqual([]);
    expect(question('union-representativeness')?.provisions).toEqual(['lra-s-16-1', 'lra-s-21-8c']);
  });

  it('B7: s. 18(1)(g) backs the storage and transfer questions', () => {
    expect(question('storage-location')?.provisions).toContain('popia-s-18-1-g');
    expect(question('cross-border-transfers')?.provisions).toContain('popia-s-18-1-g');
  });
});

describe('South Africa, sources', () => {
  const provision = (id: string) => FLOW.provisions.find((candidate) => candidate.id === id);
  const locale = (language: 'en' | 'fr') =>
    readLocale(language, 'law-za') as {
      instruments: Record<string, { short: string; title: string }>;
      provisions: Record<string, string>;
      questions: Record<string, { ask?: string; why?: string; options?: Record<string, string> }>;
      terms: Record<string, { term: string; meaning: string }>;
    };

  it.each(['en', 'fr'] as const)('every provision has a pinpoint, an https link, a level, a review date and a summary (%s)', (language) => {
    const words = locale(language);
    for (const entry of FLOW.provisions) {
      expect(entry.pinpoint.trim(), entry.id).not.toBe('');
      expect(new URL(entry.url).protocol, entry.id).toBe('https:');
      expect(['verified', 'secondary', 'known', 'uncertain'], entry.id).toContain(entry.verification);
      expect(entry.reviewed, entry.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(words.provisions[entry.id]?.trim(), `${language} ${entry.id}`).toBeTruthy();
      expect(entry.jurisdiction).toBe('za');
    }
    for (const instrument of FLOW.instruments) expect(words.instruments[instrument.id]?.title, `${language} ${instrument.id}`).toBeTruthy();
    for (const term of FLOW.terms) expect(words.terms[term]?.meaning, `${language} ${term}`).toBeTruthy();
  });

  it.each(['en', 'fr'] as const)('words every added question in full (%s)', (language) => {
    const words = locale(language);
    for (const { question } of ZA_LAYER.addQuestions) {
      const entry = words.questions[question.id];
      expect(entry?.ask, question.id).toBeTruthy();
      expect(entry?.why, question.id).toBeTruthy();
      expect(Object.keys(entry?.options ?? {}).sort(), question.id).toEqual([...question.options].sort());
    }
  });

  it('the French law file has the same keys as the English one', () => {
    expect([...leafKeys(locale('fr'))].sort()).toEqual([...leafKeys(locale('en'))].sort());
  });

  it('nothing the notes mark [?] is shown as verified, and the levels the review lowered stay lowered', () => {
    expect(provision('lra-s-21-8c')?.verification).toBe('uncertain');
    for (const id of ['popia-s-5', 'popia-s-72-1', 'lra-s-80-1', 'popia-s-4', 'popia-s-9-b', 'popia-s-10', 'lra-s-5', 'lra-s-14-5-b', 'eea-s-8', 'ohsa-s-8', 'ohsa-s-19']) {
      expect(provision(id)?.verification, id).toBe('secondary');
    }
    for (const id of ['popia-s-32', 'popia-s-74', 'lra-s-4', 'lra-s-187-1-d', 'lra-s-189', 'lra-s-24', 'eea-s-6', 'bcea-s-14']) {
      expect(provision(id)?.verification, id).toBe('known');
    }
  });

  it('B22, D12: ss. 80, 84 and 85 no longer link to the s. 16 page; s. 26 links to its own page', () => {
    const s16Page = provision('lra-s-16-3')?.url;
    for (const id of ['lra-s-80-1', 'lra-s-84-1-a', 'lra-s-84-1-h', 'lra-s-85']) expect(provision(id)?.url, id).not.toBe(s16Page);
    expect(provision('popia-s-26')?.url).toMatch(/^https:\/\/inforegulator\.org\.za\/knowledge-base\//);
    for (const entry of FLOW.provisions) expect(entry.url, entry.id).toMatch(/^https:\/\/(www\.)?(inforegulator\.org\.za|labour\.gov\.za|info\.gov\.za)\//);
  });

  it('D7, C26, B18 and s. 11(1)(e) in the words', () => {
    const en = locale('en').questions;
    expect(en['union-information']?.why).not.toMatch(/have to rely on collective agreements/);
    expect(en['union-information']?.why).toMatch(/21\(8C\)/);
    expect(en['union-representativeness']?.why).toMatch(/16\(1\)/);
    expect(en['cross-border-transfers']?.ask).toMatch(/accessed from abroad/);
    expect(en['legal-basis']?.options?.['public-task']).toMatch(/11\(1\)\(e\)/);
    expect(locale('en').provisions['popia-s-71-3']).toMatch(/71\(2\)\(a\)\(ii\)/);
    expect(locale('fr').terms['ccma']?.term).toMatch(/Commission de conciliation, de médiation et d'arbitrage/);
    expect(locale('fr').terms['information-officer']?.term).toMatch(/^information officer/);
  });

  it('uses every category the engine knows in at least one path (sanity)', () => {
    for (const category of SYSTEM_CATEGORIES) expect(systemPath(FLOW, recordFor({}, category), system('s1', category)).questions.length).toBeGreaterThan(20);
  });
});
