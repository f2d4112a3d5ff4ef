import { describe, expect, it } from 'vitest';
import { US_LAYER } from '../../flows/layers/us.ts';
import { US_CO_OVERLAY } from '../../flows/overlays/us-co.ts';
import { composedWith, clausesFor, describeLayer, NO, REFUSED, type LayerCase } from '../support/layer-suite.ts';

/** Colorado on the US federal layer: SB 26-189, from 1 January 2027, its sections not read. */

const SOLELY = { 'automated-decisions': { status: 'answered', choice: 'solely' } } as const;
const NOT_COVERED = { 'co-admt-safeguards': { status: 'answered', choice: 'not-covered' } } as const;

const CO_CASE: LayerCase = {
  layer: US_CO_OVERLAY,
  below: [US_LAYER],
  hosts: { 'co-sb-26-189': 'leg.colorado.gov' },
  // The notes' rows are [V-sec] from the AG's page and bill summaries, but the sections were not read [?].
  flags: {
    'co-admt-notice': '?',
    'co-admt-explanation': '?',
    'co-admt-correction': '?',
    'co-admt-human-review': '?',
    'co-admt-records': '?',
  },
  requirements: [
    {
      name: 'a solely automated decision: human review of adverse decisions (from 2027)',
      category: 'performance',
      given: SOLELY,
      clause: 'human-review',
      cites: ['co-admt-human-review'],
    },
    {
      name: 'a partly automated scheduling decision without review: it materially influences, so human review',
      category: 'scheduling',
      given: { 'automated-decisions': { status: 'answered', choice: 'partly' }, 'human-review': NO },
      clause: 'human-review',
      cites: ['co-admt-human-review'],
    },
    {
      name: 'no safeguards planned: notice, explanation and human review',
      category: 'hiring',
      given: { 'co-admt-safeguards': NO },
      clause: 'explanation-of-decisions',
      cites: ['co-admt-explanation'],
    },
    {
      name: 'safeguards refused: the notice clause rests on the notice duty',
      category: 'hiring',
      given: { 'co-admt-safeguards': REFUSED },
      clause: 'worker-notice-compliance',
      cites: ['co-admt-notice'],
    },
    {
      name: 'workers cannot see or correct the data used',
      category: 'performance',
      given: { 'correction-deletion': REFUSED },
      clause: 'individual-access',
      cites: ['co-admt-correction'],
    },
    {
      name: 'no influence on employment decisions: SB 26-189 is not cited',
      category: 'performance',
      given: { ...SOLELY, ...NOT_COVERED },
      clause: 'human-review',
      citesNot: ['co-admt-human-review'],
    },
    {
      name: 'the letter does not cite SB 26-189 as a duty to answer',
      category: 'hiring',
      given: { 'logic-explanation': REFUSED, ...SOLELY },
      clause: 'information-disclosure',
      citesNot: ['co-admt-explanation'],
    },
  ],
};

describeLayer(CO_CASE);

describe('what Colorado law does not give (trap 15, §2.6 (c))', () => {
  const flow = composedWith(CO_CASE);

  it('cites no section number it did not read, and dates every duty from 1 January 2027', () => {
    for (const provision of flow.provisions.filter((candidate) => candidate.jurisdiction === 'us-co')) {
      expect(provision.pinpoint, provision.id).toBe('SB 26-189');
      expect(provision.appliesFrom, provision.id).toBe('2027-01-01');
      expect(provision.appliesFromUncertain, provision.id).toBeUndefined();
      expect(provision.discloses, provision.id).toBeUndefined();
    }
  });

  it('has no bias-audit or impact-assessment duty (the SB 24-205 regime is gone)', () => {
    const clauses = clausesFor(flow, { category: 'hiring', given: { 'bias-testing': NO, 'impact-assessment': NO } });
    for (const id of ['bias-audit', 'joint-impact-assessment']) expect(clauses.find((clause) => clause.clauseId === id)?.provisions, id).toEqual([]);
  });
});
