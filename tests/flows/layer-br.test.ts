import { describe, expect, it } from 'vitest';
import { BR_LAYER } from '../../flows/layers/br.ts';
import { INFORMATION_CLAUSE_ID, type SystemCategory } from '../../src/engine/flow-types.ts';
import { composedWith, describeLayer, NO, REFUSED, UNKNOWN, YES, type LayerCase, type LayerRequirement } from '../support/layer-suite.ts';

/** Brazil: the LGPD and CLT Art. 611-A, after legal-verification-br-ke-ng-in-kr-eu-national.md §1, §7.1 and §8. */

const SOLELY = { status: 'answered', choice: 'solely' } as const;
const PARTLY = { status: 'answered', choice: 'partly' } as const;
const LEGITIMATE = { 'legal-basis': { status: 'answered', choice: 'legitimate-interests' } } as const;

function need(name: string, category: SystemCategory, given: LayerRequirement['given'], clause: string, basis: Pick<LayerRequirement, 'cites' | 'citesNot'>): LayerRequirement {
  return { name, category, given, clause, ...basis };
}

const BR: LayerCase = {
  layer: BR_LAYER,
  hosts: { lgpd: 'www.planalto.gov.br', clt: 'www.planalto.gov.br' },
  flags: {
    'lgpd-art-5-ii': 'V-sec',
    'lgpd-art-6': 'K',
    'lgpd-art-7': 'K',
    'lgpd-art-10-3': 'K',
    'lgpd-art-11': 'V-sec',
    'lgpd-art-11-ii-g': 'V-sec',
    'lgpd-art-18-i-ii': 'V',
    'lgpd-art-18-iii': 'V',
    'lgpd-art-18-iv': 'V',
    'lgpd-art-18-vii': 'V',
    'lgpd-art-18-viii': 'V',
    'lgpd-art-18-1': 'V',
    'lgpd-art-18-2': 'V',
    'lgpd-art-18-3': 'V',
    'lgpd-art-18-4': 'V',
    'lgpd-art-19': 'V',
    'lgpd-art-20': 'V',
    'lgpd-art-20-1': 'V',
    'lgpd-art-20-2': 'V',
    'lgpd-art-37': 'K',
    'lgpd-art-38': 'V-sec',
    'lgpd-art-41': 'K',
    'lgpd-art-46': 'K',
    'lgpd-art-48': 'V-sec',
    'clt-art-611-a': 'V',
    'clt-art-611-a-vi': 'V',
    'clt-art-611-a-ix': 'V',
    'clt-art-611-a-x': 'V',
    'clt-art-611-b': 'K',
  },
  requirements: [
    need('a solely automated scheduling decision: review under Art. 20, the human reviewer negotiated', 'scheduling', { 'automated-decisions': SOLELY }, 'human-review', { cites: ['lgpd-art-20'] }),
    need('a partly automated decision: Art. 20 does not reach it, negotiate the review', 'performance', { 'automated-decisions': PARTLY, 'human-review': NO }, 'human-review', { citesNot: ['lgpd-art-20'] }),
    need('criteria of a solely automated decision withheld: Art. 20 §1 and §2', 'hiring', { 'automated-decisions': SOLELY, 'logic-explanation': REFUSED }, 'explanation-of-decisions', {
      cites: ['lgpd-art-20-1', 'lgpd-art-20-2'],
    }),
    need('the criteria of a solely automated decision refused: the letter cites Art. 20 §1 as a duty', 'scheduling', { 'automated-decisions': SOLELY, 'logic-explanation': REFUSED }, INFORMATION_CLAUSE_ID, {
      cites: ['lgpd-art-20-1'],
    }),
    need('a partly automated decision: Art. 20 §1 is no duty to explain it', 'performance', { 'automated-decisions': PARTLY, 'logic-explanation': REFUSED }, INFORMATION_CLAUSE_ID, {
      citesNot: ['lgpd-art-20-1'],
    }),
    need('no 15-day statement promised for mandated requests: Art. 19 and Art. 18 §3', 'monitoring', { 'br-access-statement': NO }, 'individual-access', { cites: ['lgpd-art-19', 'lgpd-art-18-3'] }),
    need('no encarregado named: Art. 41', 'monitoring', { 'br-encarregado': UNKNOWN }, 'individual-access', { cites: ['lgpd-art-41'] }),
    need('a biometric time clock: sensitive data under Arts 5 II and 11', 'biometrics', { 'special-category-data': YES }, 'special-category-safeguards', { cites: ['lgpd-art-5-ii', 'lgpd-art-11'] }),
    need("incidents: Arts 46 and 48, telling the union is the clause's own", 'location', {}, 'security-breach-notice', { cites: ['lgpd-art-46', 'lgpd-art-48'] }),
    need('legitimate interest without the record shown: Art. 37 for the record, the access negotiated', 'monitoring', { ...LEGITIMATE, 'br-legitimate-interest-record': REFUSED }, 'collective-access', {
      cites: ['lgpd-art-37'],
    }),
    need('no general right to object: the objection procedure has no basis (trap 4)', 'monitoring', { ...LEGITIMATE, 'objection-route': REFUSED }, 'objection-procedure', { citesNot: ['lgpd-art-18-2'] }),
    need("no impact report: the union cannot demand one (Art. 38, on the ANPD's request only, trap 6)", 'performance', { 'impact-assessment': NO }, 'joint-impact-assessment', {
      citesNot: ['lgpd-art-38', 'lgpd-art-10-3'],
    }),
    need('no consultation duty: CLT Art. 611-A permits the agreement, it obliges no bargaining', 'generative-ai', { consultation: NO }, 'consultation', { citesNot: ['clt-art-611-a'] }),
  ],
};

describeLayer(BR);

describe('what the LGPD and the CLT do not give', () => {
  const flow = composedWith({ layer: BR_LAYER });
  const cited = (id: string) => flow.clauseRules.filter((rule) => rule.provisions.includes(id)).map((rule) => rule.id);

  it('no human review in law: Art. 20 backs only the review of a solely automated decision (trap 5)', () => {
    expect(cited('lgpd-art-20')).toEqual(['human-review-solely']);
  });

  it('no general right to object: Art. 18 §2 is never the basis of a clause (trap 4)', () => {
    expect(cited('lgpd-art-18-2')).toEqual([]);
  });

  it('the impact report is the ANPD\'s to require: Arts 38 and 10 §3 found no clause (trap 6)', () => {
    expect([...cited('lgpd-art-38'), ...cited('lgpd-art-10-3')]).toEqual([]);
  });

  it('no duty to inform, consult or bargain with the union: those clauses have no basis here', () => {
    for (const id of ['advance-notice', 'consultation', 'union-expert', 'job-security']) {
      expect(flow.clauseRules.filter((rule) => rule.id === id).flatMap((rule) => rule.provisions), id).toEqual([]);
    }
    expect(cited('clt-art-611-a')).toEqual([]);
  });

  it('only what obliges an answer is cited as a duty: Art. 18 I, II, VII, VIII, §4, Arts 19, 20 §1 and 41', () => {
    const duties = flow.provisions.filter((provision) => provision.discloses).map((provision) => provision.id);
    expect(duties.sort()).toEqual(['lgpd-art-18-4', 'lgpd-art-18-i-ii', 'lgpd-art-18-vii', 'lgpd-art-18-viii', 'lgpd-art-19', 'lgpd-art-20-1', 'lgpd-art-41']);
  });
});
