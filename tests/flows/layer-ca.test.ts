import { describe, expect, it } from 'vitest';
import { CA_LAYER } from '../../flows/layers/ca.ts';
import { clausesFor, composedWith, describeLayer, NO, REFUSED, YES, type LayerRequirement } from '../support/layer-suite.ts';

/** Canada (federal): PIPEDA for federally regulated employers, and the Canada Labour Code's technological-change notice. */

const PROVINCIAL = { status: 'answered', choice: 'provincial' } as const;
const OWN_PROCEDURE = { status: 'answered', choice: 'own-procedure' } as const;
const NO_NOTICE = { status: 'answered', choice: 'no-notice' } as const;

const PIPEDA_IDS = CA_LAYER.provisions.filter((provision) => provision.instrument !== 'clc' && provision.id !== 'pipeda-s-4-1-b').map((provision) => provision.id);
const CLC_IDS = CA_LAYER.provisions.filter((provision) => provision.instrument === 'clc').map((provision) => provision.id);

describeLayer({
  layer: CA_LAYER,
  hosts: { pipeda: 'laws-lois.justice.gc.ca', 'pipeda-schedule-1': 'laws-lois.justice.gc.ca', clc: 'laws-lois.justice.gc.ca' },
  flags: {
    'pipeda-s-4-1-b': 'V-sec',
    'pipeda-s-5-3': 'K',
    'pipeda-s-7-3': 'K',
    'pipeda-s-8-3': 'K',
    'pipeda-sch-1-4-1': 'K',
    'pipeda-sch-1-4-2': 'K',
    'pipeda-sch-1-4-3': 'K',
    'pipeda-sch-1-4-4': 'K',
    'pipeda-sch-1-4-5': 'K',
    'pipeda-sch-1-4-6': 'K',
    'pipeda-sch-1-4-7': 'K',
    'pipeda-sch-1-4-8': 'K',
    'pipeda-sch-1-4-9': 'K',
    'pipeda-sch-1-4-10': 'K',
    'clc-s-51': 'K',
    'clc-s-52-1-2': 'V',
    'clc-s-52-3': 'V',
    'clc-s-54': 'V-sec',
    'clc-s-55': 'K',
  },
  requirements: [
    {
      name: 'a federal employer that never told workers what a system does with their data (PIPEDA s. 7.3, openness)',
      category: 'monitoring',
      given: { 'worker-notice': NO },
      clause: 'worker-notice-compliance',
      cites: ['pipeda-s-7-3', 'pipeda-sch-1-4-8'],
    },
    {
      name: 'the same gap at a provincially regulated employer: PIPEDA does not cover its employees (s. 4(1)(b))',
      category: 'monitoring',
      given: { 'ca-federally-regulated': PROVINCIAL, 'worker-notice': NO },
      clause: 'worker-notice-compliance',
      citesNot: ['pipeda-s-7-3', 'pipeda-sch-1-4-8'],
    },
    {
      name: 'a federal employer refuses to say how workers get their data: access within 30 days (principle 4.9, s. 8(3))',
      category: 'performance',
      given: { 'worker-access-requests': REFUSED },
      clause: 'individual-access',
      cites: ['pipeda-sch-1-4-9', 'pipeda-s-8-3'],
    },
    {
      name: 'a technological change without the 120-day notice (Canada Labour Code s. 52(1)–(2))',
      category: 'scheduling',
      given: { 'ca-tech-change-notice': NO_NOTICE },
      clause: 'advance-notice',
      cites: ['clc-s-52-1-2'],
    },
    {
      name: 'the detailed statement with the rationale refused (s. 52(3))',
      category: 'scheduling',
      given: { 'ca-tech-change-statement': NO },
      clause: 'collective-access',
      cites: ['clc-s-52-3'],
    },
    {
      name: 'jobs changed by a technological change: leave to reopen bargaining over the adjustment (ss. 54–55)',
      category: 'scheduling',
      given: { 'job-impact': YES },
      clause: 'job-security',
      cites: ['clc-s-54', 'clc-s-55'],
    },
    {
      name: 'the collective agreement has its own technological-change procedure: s. 52 gives way to it (s. 51, trap 18)',
      category: 'scheduling',
      given: { 'ca-collective-agreement': OWN_PROCEDURE, 'union-information': NO, 'job-impact': YES },
      clause: 'advance-notice',
      citesNot: ['clc-s-52-1-2'],
    },
    {
      name: 'management says the system is no technological change: no s. 52 or s. 54 basis',
      category: 'scheduling',
      given: { 'job-impact': YES, 'ca-tech-change-notice': { status: 'answered', choice: 'not-tech-change' } },
      clause: 'job-security',
      citesNot: ['clc-s-54', 'clc-s-55'],
    },
    {
      name: 'a provincially regulated employer: no Canada Labour Code notice (trap 18)',
      category: 'scheduling',
      given: { 'ca-federally-regulated': PROVINCIAL, 'job-impact': YES, 'union-information': NO },
      clause: 'advance-notice',
      citesNot: ['clc-s-52-1-2'],
    },
    {
      name: 'solely automated decisions at a federal employer: no right to a human decision in federal law, negotiate it',
      category: 'scheduling',
      given: { 'automated-decisions': { status: 'answered', choice: 'solely' } },
      clause: 'human-review',
      citesNot: PIPEDA_IDS,
    },
  ],
});

/** Every question answered with a gap where it can be: the widest set of clauses a system can get. */
function allGaps(extra: LayerRequirement['given']): LayerRequirement['given'] {
  const flow = composedWith({ layer: CA_LAYER });
  const given: Record<string, LayerRequirement['given'][string]> = {};
  for (const question of flow.questions) if (!question.showIf && !question.id.startsWith('ca-')) given[question.id] = REFUSED;
  return { ...given, ...extra };
}

describe('what federal Canadian law does not give', () => {
  const flow = composedWith({ layer: CA_LAYER });

  it('a provincially regulated employer: no clause and no information request cites PIPEDA or the Canada Labour Code (trap 16)', () => {
    const clauses = clausesFor(flow, { category: 'monitoring', given: allGaps({ 'ca-federally-regulated': PROVINCIAL }) });
    const cited = clauses.flatMap((clause) => clause.provisions);
    expect(cited.filter((id) => PIPEDA_IDS.includes(id) || CLC_IDS.includes(id))).toEqual([]);
  });

  it('no automated-decision, explanation, impact-assessment, bias-audit or consultation right: those clauses stand on nothing (§3.6(b))', () => {
    for (const rule of flow.clauseRules) {
      if (['human-review', 'explanation-of-decisions', 'joint-impact-assessment', 'bias-audit', 'consultation'].includes(rule.clause)) {
        expect(rule.provisions, rule.id).toEqual([]);
      }
    }
  });

  it('only the duties to answer carry `discloses`: access (principle 4.9, s. 8(3)) and the s. 52(3) statement, never soft law', () => {
    const disclosing = CA_LAYER.provisions.filter((provision) => 'discloses' in provision).map((provision) => provision.id);
    expect(disclosing.sort()).toEqual(['clc-s-52-3', 'pipeda-s-8-3', 'pipeda-sch-1-4-9']);
  });

  it('PIPEDA and the Code bind only a federally regulated employer: every such provision but the scope rule has a condition', () => {
    for (const provision of CA_LAYER.provisions) {
      if (provision.id === 'pipeda-s-4-1-b') expect('appliesIf' in provision).toBe(false);
      else expect(provision.appliesIf, provision.id).toBeDefined();
    }
  });
});
