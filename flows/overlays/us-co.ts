/**
 * Colorado, stacked on the US federal layer: SB 26-189 (signed 14 May 2026, in force 1 Jan 2027),
 * which repealed and re-enacted the 2024 Colorado AI Act (SB 24-205, which never took effect:
 * trap 15) as a law on automated decision-making technology that materially influences a
 * consequential decision, employment and pay included. Legal facts come only from
 * `shared/design/legal-verification-uk-us-ca-au-intl.md` §2.5, §2.6 and §6.2. Words:
 * `locales/<lang>/law-us-co.json`. Ids are permanent.
 *
 * The notes read only the AG's page and bill summaries [V-sec]: the statutory text and the C.R.S.
 * section numbers were not read [?]. So no section number is given: each duty cites the bill
 * itself (kind 'case', which prints the instrument and the pinpoint as they are, for want of a
 * kind for a bill cited as a whole), graded uncertain. It starts on 1 Jan 2027: the day comes from
 * secondary sources, but that it does not apply before is not in doubt, so the start is not
 * flagged `appliesFromUncertain` (which says a duty may already apply). None is cited in the letter as a duty to answer: the explanation is owed
 * to the person after an adverse decision, and the notes list SB 26-189 before 2027 as not citable
 * (§2.6 (c)). The AG enforces it, with no private right of action; AG rules and federal litigation
 * are pending [?].
 *
 * Link: the Colorado General Assembly's site, which the notes give (the bill page was not opened).
 */
import type { Condition, Provision } from '../../src/engine/flow-types.ts';
import type { JurisdictionLayer } from '../../src/engine/layers.ts';
import { isOrOwed } from '../../src/engine/condition-builders.ts';
import { INFORMATION } from '../layers/us.ts';

const LEG_URL = 'https://leg.colorado.gov/';
const REVIEWED = '2026-12-02';

const INFLUENCES: Condition = {
  any: [{ question: 'automated-decisions', is: ['solely', 'partly'] }, { question: 'inferences-profiles', is: ['yes'] }, { category: ['hiring', 'performance', 'scheduling'] }],
};
/** SB 26-189 reaches the system, unless management says it influences no consequential decision. */
const COVERED: Condition = { all: [INFLUENCES, { not: { question: 'co-admt-safeguards', is: ['not-covered'] } }] };

/** One duty of the bill, its section not read: cited by the bill's number, from 1 Jan 2027 (reported). */
function duty(id: string): Provision {
  return {
    id,
    instrument: 'co-sb-26-189',
    kind: 'case',
    pinpoint: 'SB 26-189',
    url: LEG_URL,
    verification: 'uncertain',
    reviewed: REVIEWED,
    appliesFrom: '2027-01-01',
    appliesIf: COVERED,
  };
}

const ALL_DUTIES = ['co-admt-notice', 'co-admt-explanation', 'co-admt-correction', 'co-admt-human-review'] as const;

export const US_CO_OVERLAY = {
  id: 'us-co',
  extends: 'us',
  instruments: [{ id: 'co-sb-26-189', url: LEG_URL }],
  provisions: [duty('co-admt-notice'), duty('co-admt-explanation'), duty('co-admt-correction'), duty('co-admt-human-review'), duty('co-admt-records')],
  backing: {
    'automated-decisions': ['co-admt-notice'],
    'human-review': ['co-admt-human-review'],
    'logic-explanation': ['co-admt-explanation'],
    'worker-access-requests': ['co-admt-correction'],
    'correction-deletion': ['co-admt-correction'],
    'co-admt-safeguards': [...ALL_DUTIES, ...INFORMATION],
    'audit-review': ['co-admt-records'],
  },
  addQuestions: [
    {
      // §2.6 (a) 6: from 2027, notice, adverse-decision explanations, correction and human review.
      after: 'job-impact',
      question: { id: 'co-admt-safeguards', stage: 'analysis', options: ['ready', 'partly', 'no', 'not-covered'], showIf: INFLUENCES },
    },
  ],
  ruleBases: {
    'worker-notice-compliance': ['co-admt-notice'],
    'explanation-of-decisions': ['co-admt-explanation'],
    'individual-access': ['co-admt-correction'],
    // Human review of adverse decisions: the one US human-review right besides the CCPA appeal (§2.6 (b)).
    'human-review-solely': ['co-admt-human-review'],
    'human-review-partly': ['co-admt-human-review'],
    'human-review-undisclosed': ['co-admt-human-review'],
  },
  addRules: [
    { id: 'co-admt-human-review', clause: 'human-review', when: isOrOwed('co-admt-safeguards', ['partly', 'no']), provisions: ['co-admt-human-review'] },
    { id: 'co-admt-explanation', clause: 'explanation-of-decisions', when: isOrOwed('co-admt-safeguards', ['partly', 'no']), provisions: ['co-admt-explanation'] },
    { id: 'co-admt-notice', clause: 'worker-notice-compliance', when: isOrOwed('co-admt-safeguards', ['partly', 'no']), provisions: ['co-admt-notice'] },
  ],
  terms: ['consequential-decision'],
} as const satisfies JurisdictionLayer;
