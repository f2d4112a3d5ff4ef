/**
 * The European Union's legal logic as requirements, independent of the rules that implement it:
 * for an answer pattern, which clauses the documents must propose and which provisions each
 * clause's footnote must cite (or that it cites none, so the footnote says the clause creates the
 * right). One test per trigger finding of the union-side review (shared/design/legal-review-eu-za.md,
 * table (c)) and per item of its "works as intended" list, plus the footnote fixes of tables (a),
 * (b) and (e), on the composed checklist `composeChecklist(CORE_CHECKLIST, [EU_LAYER])`.
 *
 * Each scenario starts from a system on which nothing calls for a clause but the standing ones,
 * then pins only the answers the finding is about.
 */
import { describe, expect, it } from 'vitest';
import enLaw from '../../locales/en/law-eu.json';
import frLaw from '../../locales/fr/law-eu.json';
import { CORE_CHECKLIST } from '../../flows/core/checklist.ts';
import { EU_LAYER } from '../../flows/layers/eu.ts';
import { CLAUSE_LIBRARY } from '../../flows/shared/clause-library.ts';
import { systemPath } from '../../src/engine/checklist.ts';
import { INFORMATION_CLAUSE_ID, type QuestionDef, type SystemCategory } from '../../src/engine/flow-types.ts';
import { composeChecklist, validateLayers } from '../../src/engine/layers.ts';
import type { Answer } from '../../src/engine/negotiation.ts';
import { withSystemAdded } from '../../src/engine/record-updates.ts';
import { validateFlow } from '../../src/engine/validate-flow.ts';
import { selectClauses } from '../../src/export/select-clauses.ts';
import { answerPath, emptyRecord, system } from '../support/records.ts';

const FLOW = composeChecklist(CORE_CHECKLIST, [EU_LAYER]);

/** Provision summaries by id, in each language. */
const EN_SUMMARY: Readonly<Record<string, string>> = enLaw.provisions;
const FR_SUMMARY: Readonly<Record<string, string>> = frLaw.provisions;

/** An answer to every option question under which no clause is called for. */
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
  'automated-decision-exception': 'contract',
  'human-review': 'always',
  'logic-explanation': 'yes',
  'bias-testing': 'yes',
  'bias-test-results': 'yes',
  'annex-iii-high-risk': 'no',
  'work-pace-targets': 'no',
  'pay-linked-scores': 'no',
  'job-impact': 'no',
  'cross-border-transfers': 'no',
  'vendor-involved': 'no',
  'vendor-contract': 'yes',
  'third-party-use': 'no',
  'retention-period': 'defined',
  'training-reuse': 'no',
  'impact-assessment': 'yes',
  'reps-views-sought': 'yes',
  'impact-assessment-shared': 'yes',
  'union-information': 'yes',
  'ai-act-worker-information': 'done',
  consultation: 'yes',
  'audit-review': 'yes',
};

/** The clauses every EU system gets whatever the answers. */
const STANDING = ['security-breach-notice', 'union-expert', 'periodic-review', 'redress-no-retaliation'];

const answered = (choice: string): Partial<Answer> => ({ status: 'answered', choice });
const partly = (choice?: string): Partial<Answer> => ({ status: 'partly', words: 'Only in part.', ...(choice ? { choice } : {}) });
const refused: Partial<Answer> = { status: 'refused' };
const unknown: Partial<Answer> = { status: 'unknown' };

function benign(question: QuestionDef): Answer {
  const choice = BENIGN[question.id];
  if (question.options && (choice === undefined || !question.options.includes(choice))) throw new Error(`no benign answer for ${question.id}`);
  return { status: 'answered', words: `Management's answer to ${question.id}.`, note: '', ...(choice !== undefined ? { choice } : {}) };
}

interface Outcome {
  /** The questions asked of the system, in order. */
  readonly path: readonly string[];
  /** Each proposed clause and the provisions its footnote cites. */
  readonly clauses: ReadonlyMap<string, readonly string[]>;
  /** The questions the information clause asks again. */
  readonly items: readonly string[];
}

function outcome(pinned: Readonly<Record<string, Partial<Answer>>>, category: SystemCategory = 'other'): Outcome {
  const start = withSystemAdded(emptyRecord(FLOW), system('s1', category));
  const record = answerPath(FLOW, start, 's1', (question) => {
    const pin = pinned[question.id];
    return pin ? { words: '', note: '', ...pin } : benign(question);
  });
  const entry = record.systems[0];
  if (!entry) throw new Error('no system');
  const selected = selectClauses(FLOW, record).systems[0]?.clauses ?? [];
  for (const id of Object.keys(pinned)) {
    if (record.answers.s1?.[id] === undefined) throw new Error(`pinned question ${id} is not on the path`);
  }
  return {
    path: systemPath(FLOW, record, entry).questions.map((question) => question.id),
    clauses: new Map(selected.map((clause) => [clause.clauseId, clause.provisions])),
    items: selected.find((clause) => clause.clauseId === INFORMATION_CLAUSE_ID)?.items ?? [],
  };
}

/** The footnote of a clause that must be proposed. */
function footnote(result: Outcome, clause: string): readonly string[] {
  const provisions = result.clauses.get(clause);
  if (provisions === undefined) throw new Error(`clause ${clause} is not proposed; proposed: ${[...result.clauses.keys()].join(', ')}`);
  return provisions;
}

describe('the EU layer', () => {
  it('validates on the core and composes into a sound checklist', () => {
    expect(validateLayers(CORE_CHECKLIST, [EU_LAYER])).toEqual([]);
    expect(validateFlow(FLOW, CLAUSE_LIBRARY)).toEqual([]);
  });

  it('cites every provision it lists, and backs every question but the one no EU provision backs', () => {
    const cited = new Set([...FLOW.questions.flatMap((question) => question.provisions), ...FLOW.clauseRules.flatMap((rule) => rule.provisions)]);
    expect(FLOW.provisions.map((provision) => provision.id).filter((id) => !cited.has(id))).toEqual([]);
    // No EU provision gives the union the DPIA itself (review, table (b)).
    expect(FLOW.questions.filter((question) => question.provisions.length === 0).map((question) => question.id)).toEqual(['impact-assessment-shared']);
  });

  it('gives every provision a citation, an official https link, a level and a review date', () => {
    for (const provision of FLOW.provisions) {
      expect(provision.pinpoint.trim(), provision.id).not.toBe('');
      expect(provision.url, provision.id).toMatch(/^https:\/\/eur-lex\.europa\.eu\/eli\/(reg|dir)\/\d{4}\/\d+\/oj$/);
      expect(FLOW.instruments.find((instrument) => instrument.id === provision.instrument)?.url, provision.id).toBe(provision.url);
      expect(['verified', 'secondary', 'known', 'uncertain'], provision.id).toContain(provision.verification);
      expect(provision.reviewed, provision.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('shows the AI Act high-risk date as reported, never as settled (review D1–D3, fix 6)', () => {
    const dated = FLOW.provisions.filter((provision) => provision.appliesFrom !== undefined);
    expect(dated.map((provision) => provision.id).sort()).toEqual(
      ['ai-act-annex-iii-4', 'ai-act-art-26-11', 'ai-act-art-26-2', 'ai-act-art-26-4', 'ai-act-art-26-5', 'ai-act-art-26-6', 'ai-act-art-26-7', 'ai-act-art-26-9', 'ai-act-art-6-3', 'ai-act-art-86'].sort(),
    );
    for (const provision of dated) {
      expect(provision.appliesFrom, provision.id).toBe('2027-12-02');
      expect(provision.appliesFromUncertain, provision.id).toBe(true);
      expect(EN_SUMMARY[provision.id], provision.id).toMatch(/reported/);
      expect(EN_SUMMARY[provision.id], provision.id).toMatch(/not (been )?verified|2 August 2026/);
      expect(FR_SUMMARY[provision.id], provision.id).toMatch(/s'appliquerai(t|ent)|pourrait/);
    }
    // Article 86 sits outside Chapter III: it may already apply (review A25, D2).
    expect(enLaw.provisions['ai-act-art-86']).toMatch(/may already apply since 2 August 2026/);
    // No summary states the amendment as settled.
    for (const summary of Object.values(enLaw.provisions)) expect(summary).not.toMatch(/After the 2026 amendment|Due to apply from/);
  });

  it('shows nothing as verified that the notes or the review mark [K], [V-sec] or [?]', () => {
    const notVerified = [
      // [K] in the review (not found in the store) or in the notes
      'gdpr-art-5', 'gdpr-art-6-4', 'gdpr-art-7-4', 'gdpr-art-12-1', 'gdpr-art-13', 'gdpr-art-13-1-c', 'gdpr-art-13-1-e', 'gdpr-art-13-1-f',
      'gdpr-art-15-1-b', 'gdpr-art-15-1-c', 'gdpr-art-24-1', 'gdpr-art-28-10', 'gdpr-art-35-11', 'gdpr-art-44', 'gdpr-art-45', 'gdpr-art-46',
      'gdpr-art-79', 'gdpr-art-82', 'dir-89-391-art-6-3-a', 'dir-89-391-art-6-3-c', 'dir-89-391-art-9', 'dir-89-391-art-11',
      'dir-98-59-art-2', 'dir-2002-14-art-4-2-b',
      // [V-sec]
      'gdpr-art-15-1-h', 'gdpr-art-35-9', 'ai-act-art-5-1-f', 'ai-act-art-6-3', 'ai-act-art-26-6', 'ai-act-art-26-9', 'ai-act-art-26-11',
      // read on a non-official copy only
      'dir-2002-14-art-4-2-c', 'dir-2002-14-art-4-3', 'dir-2002-14-art-4-4-e',
    ];
    for (const id of notVerified) {
      const provision = FLOW.provisions.find((candidate) => candidate.id === id);
      expect(provision, id).toBeDefined();
      expect(provision?.verification, id).not.toBe('verified');
    }
    for (const id of ['dir-89-391-art-6-3-a', 'dir-89-391-art-9', 'dir-89-391-art-11', 'gdpr-art-24-1', 'gdpr-art-35-11', 'gdpr-art-44', 'gdpr-art-46', 'dir-98-59-art-2']) {
      expect(FLOW.provisions.find((candidate) => candidate.id === id)?.verification, id).toBe('known');
    }
  });

  it('cites as a duty in the letter only what obliges the employer whenever the question is asked (review A6, fix 4)', () => {
    const disclosing = FLOW.provisions.filter((provision) => provision.discloses).map((provision) => provision.id);
    for (const conditional of ['gdpr-art-13-2-f', 'gdpr-art-14-2-g', 'gdpr-art-15-1-h', 'ai-act-art-86', 'gdpr-art-88-1', 'gdpr-art-88-2', 'ai-act-recital-92']) {
      expect(disclosing, conditional).not.toContain(conditional);
    }
    expect(disclosing).toContain('dir-2002-14-art-4-3');
    // The Art. 22 limit is said where these back the explanation question.
    for (const id of ['gdpr-art-13-2-f', 'gdpr-art-14-2-g', 'gdpr-art-15-1-h']) {
      expect(EN_SUMMARY[id], id).toMatch(/Article 22/);
      expect(EN_SUMMARY[id], id).toMatch(/SCHUFA/);
    }
    expect(enLaw.provisions['gdpr-art-15-1-h']).toMatch(/trade-secret/);
  });

  it('words every provision, instrument, term and added question in English and French, with every option', () => {
    for (const law of [enLaw, frLaw]) {
      expect(Object.keys(law.provisions).sort()).toEqual(FLOW.provisions.map((provision) => provision.id).sort());
      expect(Object.keys(law.instruments).sort()).toEqual(FLOW.instruments.map((instrument) => instrument.id).sort());
      expect(Object.keys(law.terms).sort()).toEqual([...FLOW.terms].sort());
      for (const [id, words] of Object.entries(law.questions) as [string, { ask?: string; why?: string; options?: Record<string, string> }][]) {
        const question = FLOW.questions.find((candidate) => candidate.id === id);
        expect(question, id).toBeDefined();
        for (const option of Object.keys(words.options ?? {})) expect(question?.options, `${id}.${option}`).toContain(option);
      }
      for (const { question } of EU_LAYER.addQuestions) {
        const words = law.questions[question.id];
        expect(words.ask, question.id).toBeTruthy();
        expect(words.why, question.id).toBeTruthy();
        expect(Object.keys(words.options).sort(), question.id).toEqual([...question.options].sort());
      }
    }
    expect(enLaw.questions['annex-iii-high-risk'].why).toMatch(/Article 6\(3\)/);
  });

  it('follows French typography and the GDPR’s French terms', () => {
    const text = JSON.stringify(frLaw);
    expect(text).not.toMatch(/ [?:;!»]/);
    expect(text).not.toMatch(/« /);
    expect(text).not.toMatch(/salarié/);
    expect(text).not.toMatch(/violation de données personnelles/);
    expect(frLaw.provisions['gdpr-art-30']).toMatch(/registre des activités de traitement/);
    expect(frLaw.provisions['gdpr-art-28']).toMatch(/sous-traitant/);
    expect(frLaw.provisions['gdpr-art-77']).toMatch(/autorité de contrôle/);
    expect(frLaw.provisions['gdpr-art-33']).toMatch(/violation de données à caractère personnel/);
  });
});

describe('EU clauses: the baseline', () => {
  it('proposes only the standing clauses when nothing calls for more', () => {
    expect([...outcome({}).clauses.keys()].sort()).toEqual([...STANDING].sort());
  });
});

describe('EU clauses: works as intended (review, table (c))', () => {
  it.each([refused, unknown, { status: 'follow-up' } as Partial<Answer>])('an answer %j becomes an item of the information clause', (answer) => {
    const result = outcome({ 'retention-period': answer });
    expect(result.items).toContain('retention-period');
    // Workers must be told the storage period at collection: Art. 13 obliges the answer.
    expect(footnote(result, INFORMATION_CLAUSE_ID)).toContain('gdpr-art-13');
  });

  it.each([answered('no'), answered('in-progress'), refused])('impact assessment %j: joint-impact-assessment on Art. 35', (answer) => {
    const cited = footnote(outcome({ 'impact-assessment': answer }), 'joint-impact-assessment');
    expect(cited).toEqual(expect.arrayContaining(['gdpr-art-35-1', 'gdpr-art-35-9', 'gdpr-art-35-11']));
  });

  it('solely automated decisions: human-review on Art. 22(1) and 22(3)', () => {
    const cited = footnote(outcome({ 'automated-decisions': answered('solely') }), 'human-review');
    expect(cited).toEqual(expect.arrayContaining(['gdpr-art-22-1', 'gdpr-art-22-3']));
  });

  it.each([answered('yes'), refused])('emotion recognition %j: the ban on AI Act Art. 5(1)(f)', (answer) => {
    expect(footnote(outcome({ 'emotion-recognition': answer }, 'monitoring'), 'no-emotion-recognition')).toEqual(['ai-act-art-5-1-f']);
  });

  it('a biometric system: special-category-safeguards on Art. 9, without Art. 22(4) (review (b))', () => {
    const cited = footnote(outcome({}, 'biometrics'), 'special-category-safeguards');
    expect(cited).toEqual(expect.arrayContaining(['gdpr-art-9-1', 'gdpr-art-9-2-b']));
    expect(cited).not.toContain('gdpr-art-22-4');
  });

  it('consent as the legal basis: no-consent-reliance on Arts 6(1) and 7(4)', () => {
    expect(footnote(outcome({ 'legal-basis': answered('consent') }), 'no-consent-reliance')).toEqual(expect.arrayContaining(['gdpr-art-6-1', 'gdpr-art-7-4']));
  });
});

describe('EU clauses: trigger findings (review, table (c))', () => {
  it.each([refused, unknown])('C1: automated decisions %j: human-review (no EU basis), explanation and collective access', (answer) => {
    const result = outcome({ 'automated-decisions': answer });
    expect(footnote(result, 'human-review')).toEqual([]);
    expect(footnote(result, 'explanation-of-decisions')).toEqual(expect.arrayContaining(['gdpr-art-15-1-h']));
    expect(footnote(result, 'collective-access')).toEqual(['dir-2002-14-art-4-3']);
  });

  it('C3: DPIA done, views sought, sharing refused: joint-impact-assessment and collective-access', () => {
    const result = outcome({ 'impact-assessment': answered('yes'), 'reps-views-sought': answered('yes'), 'impact-assessment-shared': refused });
    expect(result.clauses.has('joint-impact-assessment')).toBe(true);
    expect(result.clauses.has('collective-access')).toBe(true);
  });

  it('C5, fix 1: consultation only "willing to discuss": consultation on the directives, not on a recital, Art. 88(1) or 35(9)', () => {
    const cited = footnote(outcome({ consultation: partly('yes') }), 'consultation');
    expect(cited).toEqual(expect.arrayContaining(['dir-2002-14-art-4-2-c', 'dir-2002-14-art-4-4-e', 'dir-89-391-art-6-3-c']));
    for (const wrong of ['ai-act-recital-92', 'gdpr-art-88-1', 'gdpr-art-35-9']) expect(cited).not.toContain(wrong);
  });

  it('C6: leavers\' data answered in part: retention-deletion on Arts 5(1)(e) and 17', () => {
    expect(footnote(outcome({ 'leavers-data': partly() }), 'retention-deletion')).toEqual(expect.arrayContaining(['gdpr-art-5-1-e', 'gdpr-art-17']));
  });

  it('C7: processor contract said to exist but not shown: vendor-safeguards on Arts 28 and 32, and the information item', () => {
    const result = outcome({ 'vendor-involved': answered('yes'), 'vendor-contract': partly('yes') });
    expect(footnote(result, 'vendor-safeguards')).toEqual(expect.arrayContaining(['gdpr-art-28', 'gdpr-art-32']));
    expect(result.items).toContain('vendor-contract');
  });

  it.each([answered('partly'), answered('no'), refused])('C9: worker notice %j: a compliant notice to workers (Arts 12(1), 13, 14, 21(4))', (answer) => {
    expect(footnote(outcome({ 'worker-notice': answer }), 'worker-notice-compliance')).toEqual(
      expect.arrayContaining(['gdpr-art-12-1', 'gdpr-art-13', 'gdpr-art-14', 'gdpr-art-21-4']),
    );
  });

  it.each(['hiring', 'performance', 'scheduling'] as const)('C11: a %s system without profiles is asked about emotion recognition, and "yes" bans it', (category) => {
    expect(outcome({}, category).path).toContain('emotion-recognition');
    expect(footnote(outcome({ 'emotion-recognition': answered('yes') }, category), 'no-emotion-recognition')).toEqual(['ai-act-art-5-1-f']);
  });

  it.each([answered('no'), refused])('C13: "not high-risk" (%j) of a system that profiles: advance-notice and bias-audit on Art. 6(3)', (answer) => {
    const result = outcome({ 'inferences-profiles': answered('yes'), 'annex-iii-high-risk': answer }, 'performance');
    expect(footnote(result, 'advance-notice')).toEqual(expect.arrayContaining(['ai-act-art-6-3', 'ai-act-art-26-7']));
    expect(footnote(result, 'bias-audit')).toEqual(expect.arrayContaining(['ai-act-art-6-3', 'ai-act-art-26-4']));
  });

  it('C13: the same "not high-risk" of a system that does not profile calls for neither', () => {
    const result = outcome({ 'annex-iii-high-risk': answered('no') }, 'performance');
    expect(result.clauses.has('bias-audit')).toBe(false);
    expect(result.clauses.has('advance-notice')).toBe(false);
  });

  it('Annex III "yes": bias-audit on AI Act Art. 26(4); information before use not done: advance-notice on Art. 26(7)', () => {
    expect(footnote(outcome({ 'annex-iii-high-risk': answered('yes') }, 'hiring'), 'bias-audit')).toEqual(expect.arrayContaining(['ai-act-art-26-4']));
    for (const answer of [answered('planned'), answered('no'), refused]) {
      const cited = footnote(outcome({ 'annex-iii-high-risk': answered('yes'), 'ai-act-worker-information': answer }, 'hiring'), 'advance-notice');
      expect(cited).toEqual(expect.arrayContaining(['ai-act-art-26-7', 'ai-act-art-26-11']));
    }
    expect(outcome({ 'annex-iii-high-risk': answered('not-ai') }, 'hiring').path).not.toContain('ai-act-worker-information');
  });

  it('C14: a solely automated decision asks which Art. 22(2) exception is relied on; explicit consent is challenged', () => {
    const asked = FLOW.questions.find((question) => question.id === 'automated-decision-exception');
    expect(asked?.provisions).toEqual(expect.arrayContaining(['gdpr-art-22-2', 'gdpr-art-22-3']));
    expect(outcome({ 'automated-decisions': answered('solely') }).path).toContain('automated-decision-exception');
    const result = outcome({ 'automated-decisions': answered('solely'), 'automated-decision-exception': answered('consent') });
    expect(footnote(result, 'no-consent-reliance')).toEqual(expect.arrayContaining(['gdpr-art-6-1', 'gdpr-art-7-4']));
  });

  it('C15: an in-house system without special data or transfers still gets breach notice on Arts 32–34', () => {
    expect(footnote(outcome({}), 'security-breach-notice')).toEqual(expect.arrayContaining(['gdpr-art-32', 'gdpr-art-33', 'gdpr-art-34']));
  });

  it('C17: emotion recognition "yes": the ban rests on Art. 5(1)(f), which has no later start date', () => {
    expect(footnote(outcome({ 'emotion-recognition': answered('yes') }, 'monitoring'), 'no-emotion-recognition')).toEqual(['ai-act-art-5-1-f']);
    expect(FLOW.provisions.find((provision) => provision.id === 'ai-act-art-5-1-f')?.appliesFrom).toBeUndefined();
  });

  it('C18: secondary uses "yes" on a performance system: purpose-limitation on Arts 5(1)(b) and 6(4)', () => {
    expect(footnote(outcome({ 'secondary-uses': answered('yes') }, 'performance'), 'purpose-limitation')).toEqual(expect.arrayContaining(['gdpr-art-5-1-b', 'gdpr-art-6-4']));
  });

  it('C19: "no, only anonymised benchmarks" (a partial no): no-sale-no-training, with training reuse ruled out', () => {
    const cited = footnote(outcome({ 'third-party-use': partly('no'), 'training-reuse': answered('no') }), 'no-sale-no-training');
    expect(cited).toEqual(expect.arrayContaining(['gdpr-art-5-1-b', 'gdpr-art-28', 'gdpr-art-28-10']));
  });

  it.each([refused, unknown, partly()])('C20: legitimate interests with the objection route %j: objection-procedure on Art. 21(1), 21(4)', (answer) => {
    const result = outcome({ 'legal-basis': answered('legitimate-interests'), 'objection-route': answer });
    expect(footnote(result, 'objection-procedure')).toEqual(expect.arrayContaining(['gdpr-art-21-1', 'gdpr-art-21-4']));
  });

  it('C32: special-category data refused: safeguards, and the information item cites Arts 13(1)(c) and 15(1)(b)', () => {
    const result = outcome({ 'special-category-data': refused });
    expect(result.clauses.has('special-category-safeguards')).toBe(true);
    expect(footnote(result, INFORMATION_CLAUSE_ID)).toEqual(expect.arrayContaining(['gdpr-art-13-1-c', 'gdpr-art-15-1-b']));
  });
});

describe('EU clauses: footnote fixes (review, tables (a), (b) and (e))', () => {
  it('fix 1: work-pace targets: health-safety-intensity on the health and safety framework directive', () => {
    expect(footnote(outcome({ 'work-pace-targets': answered('yes') }, 'scheduling'), 'health-safety-intensity')).toEqual(
      expect.arrayContaining(['dir-89-391-art-6-3-a', 'dir-89-391-art-6-3-c', 'dir-89-391-art-9', 'dir-89-391-art-11']),
    );
  });

  it('fix 4: union information refused: the letter cites the union-facing duty of Dir. 2002/14 Art. 4(3)', () => {
    const result = outcome({ 'union-information': refused });
    expect(footnote(result, INFORMATION_CLAUSE_ID)).toContain('dir-2002-14-art-4-3');
    expect(footnote(result, 'advance-notice')).toEqual(expect.arrayContaining(['dir-2002-14-art-4-2-c', 'dir-2002-14-art-4-3']));
  });

  it('fix 4, A6: an explanation withheld for a partly automated system is not asked for as an Art. 13(2)(f)/15(1)(h) duty', () => {
    const result = outcome({ 'automated-decisions': answered('partly'), 'logic-explanation': refused });
    const asDuty = footnote(result, INFORMATION_CLAUSE_ID);
    for (const conditional of ['gdpr-art-13-2-f', 'gdpr-art-14-2-g', 'gdpr-art-15-1-h', 'ai-act-art-86']) expect(asDuty).not.toContain(conditional);
    expect(footnote(result, 'explanation-of-decisions')).toEqual(expect.arrayContaining(['gdpr-art-13-2-f', 'gdpr-art-15-1-h']));
  });

  it('fix 10: transfers outside the EU: cross-border-transfers on Chapter V and Art. 13(1)(f)', () => {
    expect(footnote(outcome({ 'cross-border-transfers': answered('yes') }), 'cross-border-transfers')).toEqual(
      expect.arrayContaining(['gdpr-art-44', 'gdpr-art-45', 'gdpr-art-46', 'gdpr-art-13-1-f']),
    );
  });

  it('A21: periodic review rests on Arts 24(1) and 35(11) for every system, not only on AI Act 26(5)', () => {
    expect(footnote(outcome({}), 'periodic-review')).toEqual(expect.arrayContaining(['gdpr-art-24-1', 'gdpr-art-35-11']));
  });

  it('A8: individual access does not cite portability (Art. 20)', () => {
    const cited = footnote(outcome({ 'inferences-profiles': answered('yes'), 'legal-basis': answered('legitimate-interests') }), 'individual-access');
    expect(cited).toEqual(expect.arrayContaining(['gdpr-art-15', 'gdpr-art-15-3', 'gdpr-art-12-3']));
    expect(cited).not.toContain('gdpr-art-20');
  });

  it('A16, (b): collective access is no longer footnoted with Art. 88', () => {
    const cited = footnote(outcome({ 'inferences-profiles': answered('yes') }), 'collective-access');
    expect(cited).not.toContain('gdpr-art-88-1');
    expect(cited).not.toContain('gdpr-art-88-2');
  });

  it('C31: a system that affects jobs: job-security on Dir. 2002/14 Art. 4(2)(b) and Dir. 98/59, with consultation and notice', () => {
    const result = outcome({ 'job-impact': answered('yes') });
    expect(footnote(result, 'job-security')).toEqual(expect.arrayContaining(['dir-2002-14-art-4-2-b', 'dir-98-59-art-2']));
    expect(result.clauses.has('consultation')).toBe(true);
    expect(result.clauses.has('advance-notice')).toBe(true);
  });

  it('C16: a function installed but switched off: no-activation-without-agreement on Arts 25 and 35(11)', () => {
    expect(footnote(outcome({ 'inactive-functions': answered('yes') }), 'no-activation-without-agreement')).toEqual(
      expect.arrayContaining(['gdpr-art-25', 'gdpr-art-35-11']),
    );
  });

  it('(b): redress rests on Arts 77, 79, 80(1) and 82', () => {
    expect(footnote(outcome({}), 'redress-no-retaliation')).toEqual(expect.arrayContaining(['gdpr-art-77', 'gdpr-art-79', 'gdpr-art-80-1', 'gdpr-art-82']));
  });

  it('where no EU provision in the tool gives the right, the footnote cites none', () => {
    expect(footnote(outcome({}), 'union-expert')).toEqual([]);
    expect(footnote(outcome({ 'pay-linked-scores': answered('yes') }, 'performance'), 'pay-criteria-agreement')).toEqual([]);
    // Art. 22 covers solely automated decisions only.
    expect(footnote(outcome({ 'automated-decisions': answered('partly'), 'human-review': answered('no') }), 'human-review')).toEqual([]);
  });
});
