import { describe, expect, it } from 'vitest';
import { INTL_LAYER } from '../../flows/layers/intl.ts';
import { clausesFor, composedWith, describeLayer, NO, REFUSED, UNKNOWN, YES, type LayerCase } from '../support/layer-suite.ts';

/**
 * The international baseline: the ILO code, ILO Conventions and the Council of Europe, with the
 * flags of `shared/design/legal-verification-uk-us-ca-au-intl.md` §5 (the first flag of each row).
 * None binds the employer, so no clause rests on them: every requirement is a clause proposed
 * with no basis, the footnote saying that the clause creates the right.
 */

const answered = (choice: string) => ({ status: 'answered', choice }) as const;
const ALL = INTL_LAYER.provisions.map((provision) => provision.id);

const INTL: LayerCase = {
  layer: INTL_LAYER,
  hosts: {
    'ilo-code-workers-data': 'www.ilo.org',
    'ilo-c098': 'normlex.ilo.org',
    'ilo-c158': 'normlex.ilo.org',
    'coe-convention-108-plus': 'www.coe.int',
    'coe-rec-2015-5': 'search.coe.int',
  },
  flags: {
    'ilo-code-para-5-1': 'V-sec',
    'ilo-code-para-5-2-5-3': 'V-sec',
    'ilo-code-para-5-4': 'V-sec',
    'ilo-code-para-5-5': 'V-sec',
    'ilo-code-para-5-6': 'K',
    'ilo-code-para-5-8': 'K',
    'ilo-code-para-5-11-5-12': 'V-sec',
    'ilo-code-para-5-13': 'V-sec',
    'ilo-code-para-6-1': 'V-sec',
    'ilo-code-para-6-10-6-13': 'V',
    'ilo-code-para-6-14-1': 'V',
    'ilo-code-para-6-14-2': 'V',
    'ilo-code-para-6-14-3': 'V',
    'ilo-code-para-7-1': 'V',
    'ilo-code-para-8-1-8-3': 'V',
    'ilo-code-para-11-1-11-8': 'K',
    'ilo-code-para-11-9-11-13': 'V',
    'ilo-code-para-12-1': 'V',
    'ilo-code-para-12-2': 'V',
    'ilo-c098-art-4': 'V-sec',
    'ilo-c158-art-4': 'K',
    'ilo-c158-art-7': 'K',
    'ilo-c158-art-13': 'K',
    // Rights [K]; whether 108+ is in force [?] (said in the words).
    'coe-108-plus-art-9': 'K',
    // Principle numbers in the final text [K].
    'coe-rec-2015-5-para-15-1': 'K',
    'coe-rec-2015-5-para-21': 'K',
  },
  requirements: [
    {
      name: 'monitoring without telling workers the reasons, schedule, methods and data (ILO 6.14(1)): notice created by the clause',
      category: 'monitoring',
      given: { 'intl-monitoring-notice': answered('partly') },
      clause: 'worker-notice-compliance',
      citesNot: ALL,
    },
    {
      name: 'secret monitoring (ILO 6.14(2))',
      category: 'location',
      given: { 'intl-covert-monitoring': YES },
      clause: 'worker-notice-compliance',
      citesNot: ALL,
    },
    {
      name: 'continuous monitoring with no safety reason (ILO 6.14(3))',
      category: 'monitoring',
      given: { 'intl-continuous-monitoring': YES },
      clause: 'data-minimisation',
      citesNot: ALL,
    },
    {
      name: 'a system whose principal purpose is watching behaviour (CM/Rec(2015)5 15.1)',
      category: 'generative-ai',
      given: { 'intl-monitoring-purpose': UNKNOWN },
      clause: 'purpose-limitation',
      citesNot: ALL,
    },
    {
      name: 'performance judged on monitoring data alone (ILO 5.6, C158 Art. 7)',
      category: 'performance',
      given: { 'intl-monitoring-sole-factor': YES },
      clause: 'human-review',
      citesNot: ALL,
    },
    {
      name: 'a solely automated decision (ILO 5.5, 108+ Art. 9)',
      category: 'scheduling',
      given: { 'automated-decisions': answered('solely') },
      clause: 'human-review',
      citesNot: ALL,
    },
    {
      name: 'no consultation before the system came in (ILO 12.2, CM/Rec(2015)5 21)',
      category: 'monitoring',
      given: { consultation: NO },
      clause: 'consultation',
      citesNot: ALL,
    },
    {
      name: 'information refused: the disclosure clause asks, citing no duty',
      category: 'hiring',
      given: { 'union-information': REFUSED },
      clause: 'information-disclosure',
      citesNot: ALL,
    },
  ],
};

describeLayer(INTL);

describe('what the international baseline does not give', () => {
  const flow = composedWith(INTL);

  it('no instrument obliges the employer to answer: nothing discloses, so the letter only asks (§5.4(c))', () => {
    expect(flow.provisions.filter((provision) => provision.discloses)).toEqual([]);
  });

  it('no clause rests on soft law or on treaties that bind only states: every rule has no basis (§5.4(b), trap 23)', () => {
    expect(flow.clauseRules.filter((rule) => rule.provisions.length > 0)).toEqual([]);
  });

  it('the clauses are still proposed: the standards shape the questions, and the agreement creates the rights', () => {
    const clauses = clausesFor(flow, {
      category: 'monitoring',
      given: { 'intl-monitoring-notice': NO, 'intl-continuous-monitoring': YES, consultation: NO },
    });
    for (const id of ['worker-notice-compliance', 'data-minimisation', 'consultation']) {
      const clause = clauses.find((candidate) => candidate.clauseId === id);
      expect(clause, id).toBeDefined();
      expect(clause?.provisions, id).toEqual([]);
    }
  });

  it('the code\'s paragraphs are cited as paragraphs of a code, and nothing is dated as if it were in force law', () => {
    for (const provision of flow.provisions.filter((candidate) => candidate.instrument === 'ilo-code-workers-data')) {
      expect(provision.kind, provision.id).toBe('para');
    }
    expect(flow.provisions.filter((provision) => provision.appliesFrom !== undefined)).toEqual([]);
  });
});
