import { describe, expect, it } from 'vitest';
import { UK_LAYER } from '../../flows/layers/uk.ts';
import { INFORMATION_CLAUSE_ID } from '../../src/engine/flow-types.ts';
import { clausesFor, composedWith, describeLayer, NO, REFUSED, YES, type LayerRequirement } from '../support/layer-suite.ts';

/**
 * The United Kingdom layer, after `shared/design/legal-verification-uk-us-ca-au-intl.md` §1, §6.1
 * and §7 (traps 1–6): UK GDPR and DPA 2018 as amended by the DUAA 2025, TULRCA, the ICE
 * Regulations 2004 and the safety representatives' regulations. ICO guidance is not law.
 */

const answered = (choice: string) => ({ status: 'answered', choice }) as const;
const NOT_RECOGNISED = answered('not-recognised');

/** One requirement: the answers pinned, the clause the proposal must carry, and what its footnote cites or must not cite. */
function need(
  name: string,
  category: LayerRequirement['category'],
  given: LayerRequirement['given'],
  clause: string,
  citations: Pick<LayerRequirement, 'cites' | 'citesNot'>,
): LayerRequirement {
  return { name, category, given, clause, ...citations };
}

const REQUIREMENTS: readonly LayerRequirement[] = [
  need(
    'a solely automated decision without the four safeguards: decision-specific information (Art. 22C)',
    'scheduling',
    { 'automated-decisions': answered('solely'), 'decision-safeguards': answered('some') },
    'explanation-of-decisions',
    { cites: ['uk-gdpr-art-22c', 'uk-gdpr-art-22c-2-a'] },
  ),
  need(
    'a solely automated decision on health or biometric data: barred without an Art. 22B condition',
    'biometrics',
    { 'special-category-data': YES, 'automated-decisions': answered('solely'), 'special-category-decision-condition': answered('none') },
    'human-review',
    { cites: ['uk-gdpr-art-22b-1-3', 'uk-gdpr-art-22c'] },
  ),
  need(
    'a recognised legitimate interest behind a solely automated decision (Art. 22B(4))',
    'performance',
    { 'recognised-legitimate-interest': YES, 'automated-decisions': answered('solely') },
    'human-review',
    { cites: ['uk-gdpr-art-22b-4', 'uk-gdpr-art-6-1-ea'] },
  ),
  need(
    'the system recommends and a manager decides: no right to a human decision in UK law, negotiate it',
    'performance',
    { 'automated-decisions': answered('partly'), 'human-review': NO },
    'human-review',
    { citesNot: ['uk-gdpr-art-22c', 'uk-gdpr-art-22b-1-3'] },
  ),
  need(
    'a recognised union refused the information: collective access rests on TULRCA s. 181',
    'performance',
    { 'union-recognised': answered('recognised'), 'union-information': REFUSED },
    'collective-access',
    { cites: ['tulrca-s-181'] },
  ),
  need(
    'a union that is not recognised: no s. 181 duty, collective access must be negotiated (trap 4)',
    'performance',
    { 'union-recognised': NOT_RECOGNISED, 'union-information': NO },
    'collective-access',
    { citesNot: ['tulrca-s-181'] },
  ),
  need(
    'a union that is not recognised: the information request cites no s. 181 duty',
    'monitoring',
    { 'union-recognised': NOT_RECOGNISED, 'data-categories': REFUSED },
    INFORMATION_CLAUSE_ID,
    { citesNot: ['tulrca-s-181'] },
  ),
  need(
    'a recognised union whose question on data is refused: the request cites s. 181 as a duty',
    'monitoring',
    { 'union-recognised': answered('recognised'), 'data-categories': REFUSED },
    INFORMATION_CLAUSE_ID,
    { cites: ['tulrca-s-181', 'uk-gdpr-art-15'] },
  ),
  need(
    'union safety representatives not consulted on new technology (SRSC reg. 4A(1)(e))',
    'scheduling',
    { 'safety-reps-consulted': NO },
    'consultation',
    { cites: ['srsc-reg-4a-1-e'], citesNot: ['hscer-reg-3-e'] },
  ),
  need(
    'no union safety representatives: the employees are consulted instead (HSCE reg. 3(e))',
    'monitoring',
    { consultation: NO, 'safety-reps-consulted': answered('no-safety-reps') },
    'consultation',
    { cites: ['hscer-reg-3-e'], citesNot: ['srsc-reg-4a-1-e'] },
  ),
  need(
    'a system that reorganises work, with ICE arrangements: inform and consult (reg. 20)',
    'scheduling',
    { 'job-impact': YES, 'collective-redundancies': NO, 'ice-arrangements': answered('standard-provisions') },
    'consultation',
    { cites: ['ice-reg-20-4', 'ice-reg-20-1'], citesNot: ['tulrca-s-188'] },
  ),
  need(
    'no ICE arrangements: the dormant regulations are not cited (trap 5)',
    'scheduling',
    { 'job-impact': YES, 'collective-redundancies': NO, 'ice-arrangements': answered('none') },
    'consultation',
    { citesNot: ['ice-reg-20-4', 'ice-reg-20-1'] },
  ),
  need(
    'redundancies of 20 or more, selected with the system: s. 188 consultation and selection method',
    'performance',
    { 'job-impact': YES, 'collective-redundancies': YES },
    'consultation',
    { cites: ['tulrca-s-188', 'tulrca-s-188-4'] },
  ),
  need(
    'the DPIA not shared: no duty to share it in UK law, negotiate it',
    'monitoring',
    { 'impact-assessment': YES, 'impact-assessment-shared': NO },
    'joint-impact-assessment',
    { cites: ['uk-gdpr-art-35', 'uk-gdpr-art-35-9'] },
  ),
];

describeLayer({
  layer: UK_LAYER,
  hosts: {
    'uk-gdpr': 'www.legislation.gov.uk',
    'dpa-2018': 'www.legislation.gov.uk',
    tulrca: 'www.legislation.gov.uk',
    'ice-regs-2004': 'www.legislation.gov.uk',
    'srsc-regs-1977': 'www.legislation.gov.uk',
    'hscer-1996': 'www.legislation.gov.uk',
    'ico-monitoring-workers': 'ico.org.uk',
    'ico-adm-guidance': 'ico.org.uk',
  },
  flags: {
    'uk-gdpr-art-5-1-b': 'K',
    'uk-gdpr-art-5-1-c': 'K',
    'uk-gdpr-art-5-1-e': 'K',
    'uk-gdpr-art-6-1': 'K',
    'uk-gdpr-art-6-1-ea': 'V-sec',
    'uk-gdpr-annex-1': '?',
    'uk-gdpr-art-9-1': 'K',
    'uk-gdpr-art-9-2-b': 'K',
    // The row's [V] is for the commencement; the content is [V-sec].
    'uk-gdpr-art-12a': 'V-sec',
    'uk-gdpr-art-13': 'K',
    'uk-gdpr-art-13-2-f': 'V-sec',
    'uk-gdpr-art-14': 'K',
    'uk-gdpr-art-14-2-g': 'V-sec',
    'uk-gdpr-art-15': 'K',
    'uk-gdpr-art-15-1-h': 'V-sec',
    'uk-gdpr-art-15-1a': 'V-sec',
    'uk-gdpr-art-16': 'K',
    'uk-gdpr-art-17': 'K',
    'uk-gdpr-art-21': 'K',
    'uk-gdpr-art-22a': 'V',
    'uk-gdpr-art-22b-1-3': 'V',
    'uk-gdpr-art-22b-4': 'V',
    'uk-gdpr-art-22c': 'V',
    'uk-gdpr-art-22c-2-a': 'V',
    'uk-gdpr-art-22d': 'V-sec',
    'uk-gdpr-art-25': 'K',
    'uk-gdpr-art-28': 'K',
    'uk-gdpr-art-30': 'K',
    'uk-gdpr-art-32': 'K',
    'uk-gdpr-art-33': 'K',
    'uk-gdpr-art-34': 'K',
    'uk-gdpr-art-35': 'K',
    'uk-gdpr-art-35-9': 'K',
    'dpa-s-164a': 'V',
    'dpa-s-187': 'K',
    'dpa-sch-1-pt-1-para-1': 'K',
    'tulrca-s-181': 'V',
    'tulrca-s-181-3-5': 'V',
    'tulrca-s-182': 'K',
    'tulrca-s-183': 'V',
    'tulrca-ss-184-185': 'K',
    'tulrca-s-188': 'K',
    'tulrca-s-188-4': 'K',
    'tulrca-s-146': 'K',
    'tulrca-s-152': 'K',
    'ice-reg-20-1': 'V',
    'ice-reg-20-4': 'V',
    'ice-regs-25-26': 'V-sec',
    'srsc-reg-4a-1-a': 'V',
    'srsc-reg-4a-1-e': 'V',
    'hscer-reg-3-a': 'V',
    'hscer-reg-3-e': 'V',
    'ico-monitoring-workers-2023': 'V-sec',
    'ico-adm-guidance-2026': 'V',
  },
  requirements: REQUIREMENTS,
});

describe('what UK law does not give', () => {
  const flow = composedWith({ layer: UK_LAYER });
  const rulesCiting = (id: string) => flow.clauseRules.filter((rule) => rule.provisions.includes(id));
  const provision = (id: string) => flow.provisions.find((candidate) => candidate.id === id);

  it('Art. 22 is gone: no EU Art. 22 and no "on what exception may the system decide alone" question (trap 1)', () => {
    expect(flow.provisions.filter((candidate) => /^uk-gdpr-art-22(-|$)/.test(candidate.id))).toEqual([]);
    expect(flow.questions.map((question) => question.id)).not.toContain('automated-decision-exception');
  });

  it('ICO guidance is not law: never a clause basis, never a duty in the letter (trap 6)', () => {
    for (const id of ['ico-monitoring-workers-2023', 'ico-adm-guidance-2026']) {
      expect(rulesCiting(id), id).toEqual([]);
      expect(provision(id)?.discloses, id).toBeUndefined();
    }
  });

  it('no right to a human decision outside special category data: partly automated and undisclosed decisions have no basis', () => {
    for (const id of ['human-review-partly', 'human-review-undisclosed']) {
      expect(flow.clauseRules.find((rule) => rule.id === id)?.provisions, id).toEqual([]);
    }
  });

  it('no general duty to notify or consult the union, no bias-audit duty, no right to the DPIA', () => {
    for (const id of ['advance-notice', 'consultation', 'bias-audit', 'union-expert', 'pay-criteria-agreement', 'no-emotion-recognition']) {
      expect(flow.clauseRules.find((rule) => rule.id === id)?.provisions, id).toEqual([]);
    }
    expect(flow.questions.find((question) => question.id === 'impact-assessment-shared')?.provisions).toEqual([]);
  });

  it('Art. 35(9), Arts 13–14 and s. 164A oblige no answer to the union: the letter does not cite them as duties', () => {
    for (const id of ['uk-gdpr-art-35-9', 'uk-gdpr-art-13', 'uk-gdpr-art-14', 'uk-gdpr-art-13-2-f', 'dpa-s-164a']) {
      expect(provision(id)?.discloses, id).toBeUndefined();
    }
  });

  it('TULRCA ss. 181–185 bind only where the union is recognised; ICE only where arrangements exist (traps 4, 5)', () => {
    for (const id of ['tulrca-s-181', 'tulrca-s-181-3-5', 'tulrca-s-182', 'tulrca-s-183', 'tulrca-ss-184-185']) {
      expect(provision(id)?.appliesIf, id).toEqual({ not: { question: 'union-recognised', is: ['not-recognised'] } });
    }
    for (const id of ['ice-reg-20-1', 'ice-reg-20-4', 'ice-regs-25-26']) {
      expect(provision(id)?.appliesIf, id).toEqual({ not: { question: 'ice-arrangements', is: ['none'] } });
    }
  });

  it('a recognised union does not get individual scores through s. 181: the clause asks for aggregates (s. 182)', () => {
    const clauses = clausesFor(flow, { category: 'performance', given: { 'union-recognised': answered('recognised'), 'union-information': NO } });
    const collective = clauses.find((clause) => clause.clauseId === 'collective-access');
    expect(collective?.provisions).toEqual(['tulrca-s-181']);
  });
});
