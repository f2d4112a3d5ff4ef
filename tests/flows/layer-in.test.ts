import { describe, expect, it } from 'vitest';
import { IN_LAYER } from '../../flows/layers/in.ts';
import { INFORMATION_CLAUSE_ID, type SystemCategory } from '../../src/engine/flow-types.ts';
import { withSystemAdded } from '../../src/engine/record-updates.ts';
import { composeDocument } from '../../src/export/compose-document.ts';
import { answerPath, emptyRecord, system } from '../support/records.ts';
import { composedWith, describeLayer, NO, REFUSED, UNKNOWN, YES, type LayerCase, type LayerRequirement } from '../support/layer-suite.ts';

/** India: the DPDP Act 2023, the IT Act rules meanwhile and the IR Code, after legal-verification-br-ke-ng-in-kr-eu-national.md §4, §7.4 and §8. */

const EMPLOYMENT = { 'in-dpdp-basis': { status: 'answered', choice: 'employment' } } as const;
const CONSENT = { 'in-dpdp-basis': { status: 'answered', choice: 'consent' } } as const;
const ACCESS_OWED = { 'worker-access-requests': UNKNOWN } as const;

function need(name: string, category: SystemCategory, given: LayerRequirement['given'], clause: string, basis: Pick<LayerRequirement, 'cites' | 'citesNot'>): LayerRequirement {
  return { name, category, given, clause, ...basis };
}

const IN: LayerCase = {
  layer: IN_LAYER,
  hosts: { 'dpdp-act': 'www.meity.gov.in', 'dpdp-rules': 'www.meity.gov.in', 'it-act': 'www.meity.gov.in', 'spdi-rules': 'www.meity.gov.in', 'ir-code': 'labour.gov.in' },
  flags: {
    'dpdp-s-4': 'V',
    'dpdp-s-5': 'V-sec',
    'dpdp-s-6': 'V-sec',
    'dpdp-s-7-i': 'V',
    'dpdp-s-8-3': 'V-sec',
    'dpdp-s-8-5': 'K',
    'dpdp-s-8-6': 'K',
    'dpdp-s-8-7': 'V',
    'dpdp-s-8-9': 'K',
    'dpdp-s-8-10': 'K',
    'dpdp-s-10': 'K',
    'dpdp-s-11-1': 'V',
    'dpdp-s-12-1': 'V',
    'dpdp-s-13': 'K',
    'dpdp-rules-r-14-3': 'V',
    'it-act-s-43a': 'V-sec',
    // The notes give the SPDI Rules' content [K] but no rule number: the numbers are marked uncertain.
    'spdi-rules-r-4': '?',
    'spdi-rules-r-5-1': '?',
    'ir-code-s-3': 'V-sec',
    'ir-code-s-4': 'V-sec',
    'ir-code-s-40': 'V-sec',
  },
  requirements: [
    need('processing for employment (s. 7(i)): no statutory access or correction, negotiate it (trap 1)', 'monitoring', { ...EMPLOYMENT, ...ACCESS_OWED }, 'individual-access', {
      citesNot: ['dpdp-s-11-1', 'dpdp-s-12-1'],
    }),
    need('consent-based processing: ss. 11(1) and 12(1) apply', 'generative-ai', { ...CONSENT, ...ACCESS_OWED }, 'individual-access', { cites: ['dpdp-s-11-1', 'dpdp-s-12-1'] }),
    need('management will not say which route: the consent rights are not assumed', 'monitoring', { 'in-dpdp-basis': REFUSED, ...ACCESS_OWED }, 'individual-access', {
      citesNot: ['dpdp-s-11-1', 'dpdp-s-12-1'],
    }),
    need('a shift system changed without the 21-day notice of change: IR Code s. 40 (trap 3)', 'scheduling', { 'in-notice-of-change': { status: 'answered', choice: 'not-given' } }, 'advance-notice', {
      cites: ['ir-code-s-40'],
    }),
    need('management will not say whether a Third-Schedule matter changes: the letter cites s. 40 as a duty', 'monitoring', { 'in-notice-of-change': REFUSED }, INFORMATION_CLAUSE_ID, {
      cites: ['ir-code-s-40'],
    }),
    need('the system changes no Third-Schedule matter: s. 40 is not cited', 'monitoring', { 'in-notice-of-change': { status: 'answered', choice: 'no-change' }, 'job-impact': REFUSED }, INFORMATION_CLAUSE_ID, {
      citesNot: ['ir-code-s-40'],
    }),
    need('scores used for decisions: kept complete and accurate (s. 8(3))', 'performance', { 'inferences-profiles': YES }, 'individual-access', { cites: ['dpdp-s-8-3'] }),
    need('a biometric clock: the SPDI Rules and IT Act s. 43A until May 2027', 'biometrics', { 'special-category-data': YES, 'in-spdi-consent': NO }, 'special-category-safeguards', {
      cites: ['spdi-rules-r-5-1', 'it-act-s-43a'],
    }),
    need('retention: erase once the purpose is served, s. 7 processing too (s. 8(7))', 'location', { 'retention-period': { status: 'answered', choice: 'indefinite' } }, 'retention-deletion', { cites: ['dpdp-s-8-7'] }),
    need('breaches: the Board and the workers, never the union by law', 'monitoring', {}, 'security-breach-notice', { cites: ['dpdp-s-8-5', 'dpdp-s-8-6'] }),
    need('no contact or grievance route named: ss. 8(9) and 13', 'hiring', { 'in-grievance-contact': REFUSED }, 'individual-access', { cites: ['dpdp-s-8-9', 'dpdp-s-13'] }),
    need('a solely automated decision: no right about automated decisions in Indian law', 'scheduling', { 'automated-decisions': { status: 'answered', choice: 'solely' } }, 'human-review', { citesNot: ['dpdp-s-8-3'] }),
    need('no impact assessment: only a Significant Data Fiduciary must make one (s. 10)', 'performance', { 'impact-assessment': NO }, 'joint-impact-assessment', { citesNot: ['dpdp-s-10'] }),
  ],
};

describeLayer(IN);

describe('what Indian law does not give', () => {
  const flow = composedWith({ layer: IN_LAYER });
  const basisOf = (id: string) => flow.clauseRules.filter((rule) => rule.id === id).flatMap((rule) => rule.provisions);

  it('nearly everything must be negotiated: these core rules carry no basis', () => {
    const none = ['advance-notice', 'consultation', 'objection-procedure', 'joint-impact-assessment', 'human-review-solely', 'human-review-partly', 'explanation-of-decisions', 'collective-access', 'bias-audit', 'job-security'];
    for (const id of none) expect(basisOf(id), id).toEqual([]);
  });

  it('ss. 11 and 12 bind only where the worker consented (trap 1), as does the s. 5 notice', () => {
    for (const id of ['dpdp-s-5', 'dpdp-s-11-1', 'dpdp-s-12-1']) {
      expect(flow.provisions.find((provision) => provision.id === id)?.appliesIf, id).toEqual({ question: 'in-dpdp-basis', is: ['consent', 'both'] });
    }
  });

  it('every DPDP duty and right starts with the third phase, surely not before (trap 2: only the day is reported)', () => {
    for (const provision of flow.provisions.filter((candidate) => candidate.instrument.startsWith('dpdp'))) {
      expect([provision.id, provision.appliesFrom, provision.appliesFromUncertain]).toEqual([provision.id, '2027-05-13', undefined]);
    }
  });

  it('the letter cites as duties what binds on its date: DPDP s. 13 and Rule 14(3) only from May 2027', () => {
    let record = withSystemAdded(emptyRecord(flow), system('s1', 'monitoring'));
    record = answerPath(flow, record, 's1', (question) =>
      question.id === 'in-grievance-contact' ? { status: 'refused', words: '', note: '' } : { status: 'answered', ...(question.options ? { choice: question.options[0] } : {}), words: 'Said.', note: '' },
    );
    const cited = (date: string) => {
      const letter = composeDocument(flow, record, { kind: 'letter', language: 'en', generatedAt: `${date}T10:00:00.000Z`, letter: { date } });
      return letter.kind === 'letter' ? letter.systems.flatMap((section) => section.requests.flatMap((request) => request.provisions)) : [];
    };
    expect(cited('2026-12-02')).not.toContain('dpdp-s-13');
    expect(cited('2026-12-02')).not.toContain('dpdp-rules-r-14-3');
    expect(cited('2027-06-01')).toEqual(expect.arrayContaining(['dpdp-s-13', 'dpdp-rules-r-14-3']));
    expect(flow.provisions.filter((provision) => provision.discloses && provision.appliesFrom === undefined).map((provision) => provision.id)).toEqual(['spdi-rules-r-4', 'ir-code-s-40']);
  });

  it('the Industrial Disputes Act is gone: no provision of it is cited (trap 3)', () => {
    expect(flow.instruments.map((instrument) => instrument.id)).not.toContain('id-act');
  });
});
