import { describe, expect, it } from 'vitest';
import { AU_LAYER } from '../../flows/layers/au.ts';
import { AU_ACT_OVERLAY } from '../../flows/overlays/au-act.ts';
import { INFORMATION_CLAUSE_ID } from '../../src/engine/flow-types.ts';
import { composedWith, describeLayer, NO, REFUSED, type LayerCase } from '../support/layer-suite.ts';

/** The ACT, stacked on the Australian layer, from legal-verification-uk-us-ca-au-intl.md §4.2 and trap 21. */

const ACT_CASE: LayerCase = {
  layer: AU_ACT_OVERLAY,
  below: [AU_LAYER],
  hosts: { 'act-workplace-privacy-act': 'www.legislation.act.gov.au' },
  // The notice section is [V-sec]; the consultation section's number is [?] and is not cited.
  flags: { 'act-wpa-s-13': 'V-sec' },
  requirements: [
    {
      name: 'surveillance without the 14-day written notice (s. 13)',
      category: 'monitoring',
      given: { 'act-surveillance-notice': NO },
      clause: 'worker-notice-compliance',
      cites: ['act-wpa-s-13'],
    },
    {
      name: 'a notice without the purposes or the invitation to consult',
      category: 'location',
      given: { 'act-surveillance-notice': { status: 'partly', choice: 'partly' } },
      clause: 'worker-notice-compliance',
      cites: ['act-wpa-s-13'],
    },
    {
      name: 'no good-faith consultation during the notice period',
      category: 'monitoring',
      given: { 'act-good-faith-consultation': NO },
      clause: 'consultation',
      cites: ['act-wpa-s-13'],
    },
    {
      name: 'the notice withheld: the letter asks for it as a duty',
      category: 'performance',
      given: { 'act-surveillance-notice': REFUSED },
      clause: INFORMATION_CLAUSE_ID,
      cites: ['act-wpa-s-13'],
    },
    {
      name: 'management says it is not surveillance: no consultation question, no s. 13 basis for consultation',
      category: 'monitoring',
      given: { 'act-surveillance-notice': { status: 'answered', choice: 'not-surveillance' }, consultation: NO },
      clause: 'consultation',
      citesNot: ['act-wpa-s-13'],
    },
    {
      name: 'a hiring system: the Act\'s notice is not asked',
      category: 'hiring',
      given: { 'worker-notice': NO },
      clause: 'worker-notice-compliance',
      citesNot: ['act-wpa-s-13'],
    },
  ],
};

describeLayer(ACT_CASE);

describe('what the ACT Workplace Privacy Act does not give', () => {
  const flow = composedWith({ layer: AU_ACT_OVERLAY, below: [AU_LAYER] });

  it('good-faith consultation is not agreement: the Act backs only the notice and the consultation clauses', () => {
    const clauses = flow.clauseRules.filter((rule) => rule.provisions.includes('act-wpa-s-13')).map((rule) => rule.clause);
    expect([...new Set(clauses)].sort()).toEqual(['consultation', 'worker-notice-compliance']);
  });

  it('cites no section the notes do not number (consultation, prohibited places, covert surveillance)', () => {
    expect(AU_ACT_OVERLAY.provisions.map((provision) => provision.pinpoint)).toEqual(['13']);
  });
});
