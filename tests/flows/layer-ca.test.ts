import { describe, expect, it } from 'vitest';
import { CA_LAYER } from '../../flows/layers/ca.ts';
import { CA_ON_OVERLAY } from '../../flows/overlays/ca-on.ts';
import { CA_QC_OVERLAY } from '../../flows/overlays/ca-qc.ts';
import { clausesFor, composedWith, describeLayer, NO, REFUSED, YES, type LayerRequirement } from '../support/layer-suite.ts';

/**
 * Canada (federal): PIPEDA for federally regulated employers, and the Canada Labour Code's technological-change notice;
 * Quebec's Private Sector Act (Law 25) and IT Framework Act, and Ontario's Employment Standards Act, stacked on it.
 */

const PROVINCIAL = { status: 'answered', choice: 'provincial' } as const;
const OWN_PROCEDURE = { status: 'answered', choice: 'own-procedure' } as const;
const NO_NOTICE = { status: 'answered', choice: 'no-notice' } as const;
const FEDERAL = { status: 'answered', choice: 'federal' } as const;
const SOLELY = { status: 'answered', choice: 'solely' } as const;
const PARTLY = { status: 'answered', choice: 'partly' } as const;

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
      given: { 'automated-decisions': SOLELY },
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

/** A provincially regulated Quebec employer (the default first answer is the federal one). */
const IN_QUEBEC = { 'ca-federally-regulated': PROVINCIAL } as const;
const QUEBEC_IDS = CA_QC_OVERLAY.provisions.map((provision) => provision.id);

describeLayer({
  layer: CA_QC_OVERLAY,
  below: [CA_LAYER],
  hosts: { 'qc-p-39-1': 'www.legisquebec.gouv.qc.ca', 'qc-c-1-1': 'www.legisquebec.gouv.qc.ca' },
  flags: {
    'qc-p-39-1-s-3-1': 'V-sec',
    'qc-p-39-1-s-3-3': 'V-sec',
    'qc-p-39-1-ss-3-5-3-8': 'V-sec',
    'qc-p-39-1-s-8-1': 'V-sec',
    'qc-p-39-1-s-12-1': 'V-sec',
    'qc-p-39-1-s-27': 'V-sec',
    'qc-c-1-1-s-44': 'V',
    'qc-c-1-1-s-45': 'V-sec',
  },
  requirements: [
    {
      name: 'no privacy impact assessment before the system went in (s. 3.3)',
      category: 'performance',
      given: { ...IN_QUEBEC, 'impact-assessment': NO },
      clause: 'joint-impact-assessment',
      cites: ['qc-p-39-1-s-3-3'],
    },
    {
      name: 'a federally regulated employer in Quebec: PIPEDA, not the Private Sector Act (§3)',
      category: 'performance',
      given: { 'ca-federally-regulated': FEDERAL, 'impact-assessment': NO },
      clause: 'joint-impact-assessment',
      citesNot: ['qc-p-39-1-s-3-3'],
    },
    {
      name: 'an exclusively automated decision without its reasons and principal factors (s. 12.1)',
      category: 'scheduling',
      given: { ...IN_QUEBEC, 'automated-decisions': SOLELY, 'logic-explanation': NO },
      clause: 'explanation-of-decisions',
      cites: ['qc-p-39-1-s-12-1'],
    },
    {
      name: 'a partly automated decision: s. 12.1 does not reach it, negotiate the explanation',
      category: 'scheduling',
      given: { ...IN_QUEBEC, 'automated-decisions': PARTLY, 'logic-explanation': NO },
      clause: 'explanation-of-decisions',
      citesNot: ['qc-p-39-1-s-12-1'],
    },
    {
      name: 'an exclusively automated decision: observations to a staff member able to review it (s. 12.1)',
      category: 'scheduling',
      given: { ...IN_QUEBEC, 'automated-decisions': SOLELY },
      clause: 'human-review',
      cites: ['qc-p-39-1-s-12-1'],
    },
    {
      name: 'workers not told that the system decides alone (s. 12.1)',
      category: 'scheduling',
      given: { ...IN_QUEBEC, 'automated-decisions': SOLELY, 'qc-automated-decision-notice': NO },
      clause: 'worker-notice-compliance',
      cites: ['qc-p-39-1-s-12-1'],
    },
    {
      name: 'location and performance-profiling functions on by default (s. 8.1)',
      category: 'location',
      given: { ...IN_QUEBEC, 'qc-identify-locate-profile': { status: 'answered', choice: 'on-by-default' } },
      clause: 'no-activation-without-agreement',
      cites: ['qc-p-39-1-s-8-1'],
    },
    {
      name: 'fingerprint clock-in without express consent (IT Framework Act s. 44)',
      category: 'biometrics',
      given: { ...IN_QUEBEC, 'qc-biometric-express-consent': { status: 'answered', choice: 'no-express-consent' } },
      clause: 'special-category-safeguards',
      cites: ['qc-c-1-1-s-44'],
    },
    {
      name: 'a biometric database never declared to the CAI (s. 45)',
      category: 'biometrics',
      given: { ...IN_QUEBEC, 'qc-biometric-cai-declaration': { status: 'answered', choice: 'not-declared' } },
      clause: 'special-category-safeguards',
      cites: ['qc-c-1-1-s-45'],
    },
    {
      name: 'access and a copy in a structured format refused (s. 27)',
      category: 'performance',
      given: { ...IN_QUEBEC, 'worker-access-requests': REFUSED },
      clause: 'individual-access',
      cites: ['qc-p-39-1-s-27'],
    },
    {
      name: 'confidentiality incidents: register and notice where serious injury is at risk (ss. 3.5–3.8)',
      category: 'monitoring',
      given: IN_QUEBEC,
      clause: 'security-breach-notice',
      cites: ['qc-p-39-1-ss-3-5-3-8'],
    },
  ],
});

describe('what Quebec law does not give', () => {
  const flow = composedWith({ layer: CA_QC_OVERLAY, below: [CA_LAYER] });

  it('s. 12.1 is no veto and binds only exclusively automated decisions (trap 17): never cited for a partly automated one', () => {
    const clauses = clausesFor(flow, { category: 'scheduling', given: { ...IN_QUEBEC, 'automated-decisions': PARTLY, 'logic-explanation': NO, 'human-review': NO } });
    expect(clauses.flatMap((clause) => clause.provisions)).not.toContain('qc-p-39-1-s-12-1');
  });

  it('the privacy impact assessment is a duty to assess, not to hand over: s. 3.3 never carries `discloses` (§3.6(c))', () => {
    const disclosing = CA_QC_OVERLAY.provisions.filter((provision) => 'discloses' in provision).map((provision) => provision.id);
    expect(disclosing.sort()).toEqual(['qc-c-1-1-s-45', 'qc-p-39-1-s-12-1', 'qc-p-39-1-s-27']);
  });

  it('a federally regulated employer in Quebec: no clause cites the Quebec acts', () => {
    const clauses = clausesFor(flow, { category: 'biometrics', given: allGaps({ 'ca-federally-regulated': FEDERAL }) });
    expect(clauses.flatMap((clause) => clause.provisions).filter((id) => QUEBEC_IDS.includes(id))).toEqual([]);
  });

  it('no biometric identity check: C-1.1 ss. 44–45 are not cited for other sensitive data', () => {
    const clauses = clausesFor(flow, {
      category: 'monitoring',
      given: { ...IN_QUEBEC, 'special-category-data': YES, 'qc-biometric-express-consent': { status: 'answered', choice: 'no-biometric-check' } },
    });
    const cited = clauses.flatMap((clause) => clause.provisions);
    expect(cited).not.toContain('qc-c-1-1-s-44');
    expect(cited).not.toContain('qc-c-1-1-s-45');
  });
});

/** A provincially regulated Ontario employer. */
const IN_ONTARIO = { 'ca-federally-regulated': PROVINCIAL } as const;
const ONTARIO_IDS = CA_ON_OVERLAY.provisions.map((provision) => provision.id);

describeLayer({
  layer: CA_ON_OVERLAY,
  below: [CA_LAYER],
  hosts: { 'on-esa': 'www.ontario.ca' },
  flags: { 'on-esa-s-41-1-1': 'V-sec', 'on-esa-s-8-1': 'V-sec' },
  requirements: [
    {
      name: 'the written electronic monitoring policy not handed over (ESA s. 41.1.1)',
      category: 'monitoring',
      given: { ...IN_ONTARIO, 'on-monitoring-policy': { status: 'answered', choice: 'not-provided' } },
      clause: 'worker-notice-compliance',
      cites: ['on-esa-s-41-1-1'],
    },
    {
      name: 'no monitoring policy at all',
      category: 'location',
      given: { ...IN_ONTARIO, 'on-monitoring-policy': { status: 'answered', choice: 'no-policy' } },
      clause: 'worker-notice-compliance',
      cites: ['on-esa-s-41-1-1'],
    },
    {
      name: 'the policy leaves this system or its purposes out',
      category: 'monitoring',
      given: { ...IN_ONTARIO, 'on-policy-covers-system': { status: 'answered', choice: 'partly' } },
      clause: 'worker-notice-compliance',
      cites: ['on-esa-s-41-1-1'],
    },
    {
      name: 'fewer than 25 employees on 1 January: no policy duty',
      category: 'monitoring',
      given: { ...IN_ONTARIO, 'worker-notice': NO, 'on-monitoring-policy': { status: 'answered', choice: 'under-25' } },
      clause: 'worker-notice-compliance',
      citesNot: ['on-esa-s-41-1-1'],
    },
    {
      name: 'AI screening not stated in a public job posting (ESA s. 8.1, from 1 January 2026)',
      category: 'hiring',
      given: { ...IN_ONTARIO, 'on-ai-job-posting': { status: 'answered', choice: 'not-disclosed' } },
      clause: 'worker-notice-compliance',
      cites: ['on-esa-s-8-1'],
    },
    {
      name: 'a federally regulated employer in Ontario: the ESA does not govern it, PIPEDA does',
      category: 'monitoring',
      given: { 'ca-federally-regulated': FEDERAL, 'worker-notice': NO },
      clause: 'worker-notice-compliance',
      cites: ['pipeda-s-7-3'],
      citesNot: ['on-esa-s-41-1-1'],
    },
    {
      name: 'monitoring after hours: the policy must say so, but nothing forbids it (trap 16), negotiate the ban',
      category: 'location',
      given: { ...IN_ONTARIO, 'off-duty-collection': YES },
      clause: 'no-off-duty-monitoring',
      citesNot: [...ONTARIO_IDS, ...PIPEDA_IDS],
    },
    {
      name: 'no statutory access right for Ontario private-sector workers: negotiate it',
      category: 'performance',
      given: { ...IN_ONTARIO, 'worker-access-requests': REFUSED },
      clause: 'individual-access',
      citesNot: [...ONTARIO_IDS, ...PIPEDA_IDS],
    },
  ],
});

describe('what Ontario law does not give', () => {
  const flow = composedWith({ layer: CA_ON_OVERLAY, below: [CA_LAYER] });

  it('the policy and the posting statement are disclosure only: no limit on monitoring, access, automated decisions or assessment rests on them (trap 16)', () => {
    for (const rule of flow.clauseRules) {
      if (rule.clause !== 'worker-notice-compliance') expect(rule.provisions.filter((id) => ONTARIO_IDS.includes(id)), rule.id).toEqual([]);
    }
  });

  it('a provincially regulated Ontario employer: with every answer owed, only the ESA is cited, never PIPEDA or the Canada Labour Code', () => {
    const clauses = clausesFor(flow, { category: 'monitoring', given: allGaps(IN_ONTARIO) });
    const cited = new Set(clauses.flatMap((clause) => clause.provisions));
    expect([...cited].filter((id) => !ONTARIO_IDS.includes(id))).toEqual([]);
  });

  it('only the monitoring policy is cited as a duty to answer, not the job-posting statement (§3.6(c))', () => {
    expect(CA_ON_OVERLAY.provisions.filter((provision) => 'discloses' in provision).map((provision) => provision.id)).toEqual(['on-esa-s-41-1-1']);
  });
});
