import { describe, expect, it } from 'vitest';
import { US_LAYER } from '../../flows/layers/us.ts';
import { US_NY_OVERLAY } from '../../flows/overlays/us-ny.ts';
import { composedWith, clausesFor, describeLayer, NO, REFUSED, type LayerCase } from '../support/layer-suite.ts';

/** New York State on the US federal layer: Civil Rights Law §52-c, a notice law. */

export const NY_CASE: LayerCase = {
  layer: US_NY_OVERLAY,
  below: [US_LAYER],
  hosts: { 'ny-civil-rights-law': 'www.nysenate.gov' },
  flags: { 'ny-crl-52-c': 'V-sec' },
  requirements: [
    {
      name: 'email monitoring without the notice at hire: a compliant notice (§52-c)',
      category: 'monitoring',
      given: { 'ny-monitoring-notice': NO },
      clause: 'worker-notice-compliance',
      cites: ['ny-crl-52-c'],
    },
    {
      name: 'notice given to some, not posted: a compliant notice',
      category: 'performance',
      given: { 'ny-monitoring-notice': { status: 'answered', choice: 'partly' } },
      clause: 'worker-notice-compliance',
      cites: ['ny-crl-52-c'],
    },
    {
      name: 'management will not say whether the notice was given',
      category: 'generative-ai',
      given: { 'ny-monitoring-notice': REFUSED },
      clause: 'worker-notice-compliance',
      cites: ['ny-crl-52-c'],
    },
    {
      name: 'no phone, email or internet monitoring: §52-c is not cited',
      category: 'monitoring',
      given: { 'worker-notice': NO, 'ny-monitoring-notice': { status: 'answered', choice: 'not-electronic-monitoring' } },
      clause: 'worker-notice-compliance',
      citesNot: ['ny-crl-52-c'],
    },
    {
      name: 'a GPS tracker is not phone, email or internet monitoring',
      category: 'location',
      given: { 'worker-notice': NO },
      clause: 'worker-notice-compliance',
      citesNot: ['ny-crl-52-c'],
    },
    {
      name: 'monitoring refused to the union: §52-c is no duty to answer, the NLRA is',
      category: 'monitoring',
      given: { 'worker-notice': REFUSED },
      clause: 'information-disclosure',
      cites: ['nlra-s-8-a-5'],
      citesNot: ['ny-crl-52-c'],
    },
  ],
};

describeLayer(NY_CASE);

describe('what New York State law does not give (trap 12)', () => {
  const flow = composedWith(NY_CASE);

  it('§52-c obliges no answer to the union', () => {
    expect(flow.provisions.find((provision) => provision.id === 'ny-crl-52-c')?.discloses).toBeUndefined();
  });

  it('§52-c limits no monitoring: data minimisation and off-duty limits must be negotiated', () => {
    const clauses = clausesFor(flow, { category: 'monitoring', given: { 'off-duty-collection': { status: 'answered', choice: 'yes' } } });
    for (const id of ['data-minimisation', 'no-off-duty-monitoring']) expect(clauses.find((clause) => clause.clauseId === id)?.provisions, id).toEqual([]);
  });
});
