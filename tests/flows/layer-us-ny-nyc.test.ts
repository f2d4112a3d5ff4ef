import { describe, expect, it } from 'vitest';
import { US_LAYER } from '../../flows/layers/us.ts';
import { US_NY_OVERLAY } from '../../flows/overlays/us-ny.ts';
import { US_NY_NYC_OVERLAY } from '../../flows/overlays/us-ny-nyc.ts';
import { composedWith, clausesFor, describeLayer, NO, REFUSED, type LayerCase } from '../support/layer-suite.ts';

/** New York City on New York State on the US federal layer: Local Law 144 on automated employment decision tools. */

const AEDT = { 'nyc-aedt': { status: 'answered', choice: 'yes' } } as const;
const NOT_AEDT = { 'nyc-aedt': { status: 'answered', choice: 'no' } } as const;
const AMLEGAL = 'codelibrary.amlegal.com';

const NYC_CASE: LayerCase = {
  layer: US_NY_NYC_OVERLAY,
  below: [US_LAYER, US_NY_OVERLAY],
  hosts: { 'nyc-admin-code': AMLEGAL, 'dcwp-aedt-rules': AMLEGAL },
  flags: {
    'nyc-20-871-a': 'V',
    'nyc-20-871-b': 'V-sec',
    'nyc-20-871-c': 'V-sec',
    'nyc-20-872': 'V-sec',
    'dcwp-rules': 'V-sec',
  },
  requirements: [
    {
      name: 'a hiring tool with no bias audit within the year (§20-871(a))',
      category: 'hiring',
      given: { ...AEDT, 'nyc-bias-audit-summary': { status: 'answered', choice: 'no-audit' } },
      clause: 'bias-audit',
      cites: ['nyc-20-871-a', 'dcwp-rules'],
    },
    {
      name: 'an audit whose summary is not published',
      category: 'performance',
      given: { ...AEDT, 'nyc-bias-audit-summary': { status: 'answered', choice: 'audit-not-published' } },
      clause: 'bias-audit',
      cites: ['nyc-20-871-a'],
    },
    {
      name: 'management will not say whether the tool was audited',
      category: 'hiring',
      given: { ...AEDT, 'nyc-bias-audit-summary': REFUSED },
      clause: 'bias-audit',
      cites: ['nyc-20-871-a'],
    },
    {
      name: 'no 10-business-day notice to candidates (§20-871(b))',
      category: 'hiring',
      given: { ...AEDT, 'nyc-candidate-notice': NO },
      clause: 'worker-notice-compliance',
      cites: ['nyc-20-871-b'],
    },
    {
      name: 'the data type, source and retention not available: the letter cites §20-871(c) as a duty',
      category: 'hiring',
      given: { ...AEDT, 'nyc-data-information': REFUSED },
      clause: 'information-disclosure',
      cites: ['nyc-20-871-c'],
    },
    {
      name: 'not an AEDT (a scheduling tool): no Local Law 144 basis for the bias audit (trap 11)',
      category: 'scheduling',
      given: { 'bias-testing': NO, 'automated-decisions': { status: 'answered', choice: 'partly' }, ...NOT_AEDT },
      clause: 'bias-audit',
      citesNot: ['nyc-20-871-a', 'dcwp-rules'],
    },
    {
      name: 'a location tracker is asked nothing of Local Law 144 and cites none of it',
      category: 'location',
      given: { 'worker-notice': REFUSED, 'automated-decisions': { status: 'answered', choice: 'none' }, 'inferences-profiles': NO },
      clause: 'information-disclosure',
      citesNot: ['nyc-20-871-b', 'nyc-20-871-c'],
    },
    {
      name: 'the NY State notice still applies in the city (§52-c)',
      category: 'monitoring',
      given: { 'ny-monitoring-notice': NO },
      clause: 'worker-notice-compliance',
      cites: ['ny-crl-52-c'],
    },
  ],
};

describeLayer(NYC_CASE);

describe('what Local Law 144 does not give (trap 11, §6.2)', () => {
  const flow = composedWith(NYC_CASE);

  it('notice of how to request an alternative process is no right to one: human review has no NYC basis', () => {
    const clauses = clausesFor(flow, { category: 'hiring', given: { ...AEDT, 'automated-decisions': { status: 'answered', choice: 'solely' } } });
    expect(clauses.find((clause) => clause.clauseId === 'human-review')?.provisions).toEqual([]);
  });

  it('only §20-871(c) obliges an answer', () => {
    expect(US_NY_NYC_OVERLAY.provisions.filter((provision) => 'discloses' in provision).map((provision) => provision.id)).toEqual(['nyc-20-871-c']);
  });
});
