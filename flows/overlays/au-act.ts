/**
 * The Australian Capital Territory, stacked on the Australian layer: the Workplace Privacy Act
 * 2011 (ACT), A2011-4. Legal facts come only from `shared/design/legal-verification-uk-us-ca-au-intl.md`
 * §4.2, §6.4 and trap 21. Flags map [V] verified, [V-sec] secondary, [K] known, [?] uncertain.
 * Words: `locales/<lang>/law-au-act.json`. Ids are permanent.
 *
 * Only the notice section is numbered in the notes (s. 13, [V-sec]): written notice at least 14
 * days ahead, fuller than in New South Wales (purposes of use and disclosure, and that workers may
 * consult). The duty to consult in good faith during the notice period, the prohibited places and
 * covert surveillance are in the Act, but the notes give no section number for them ([?]), so they
 * are said in the words and not cited: the consultation rule rests on s. 13, whose notice must
 * invite that consultation. The notes do not mention a surveillance policy under the ACT Act, so
 * none is asked here. The Act's parts on prohibited surveillance commenced on 10 March 2011, the
 * rest on 24 August 2011: both long in force.
 *
 * Link: the Act's page on the ACT legislation register, which the notes give and did not open.
 */
import type { Condition } from '../../src/engine/flow-types.ts';
import type { JurisdictionLayer } from '../../src/engine/layers.ts';
import { isOrOwed } from '../../src/engine/condition-builders.ts';

const WPA_URL = 'https://www.legislation.act.gov.au/a/2011-4/';
const REVIEWED = '2026-12-02';

/** Hiring systems watch applicants, not workers at work: the Act's notice is not asked of them. */
const WORKERS_WATCHED: Condition = { not: { category: ['hiring'] } };

export const AU_ACT_OVERLAY = {
  id: 'au-act',
  extends: 'au',
  instruments: [{ id: 'act-workplace-privacy-act', url: WPA_URL }],
  provisions: [
    {
      id: 'act-wpa-s-13',
      instrument: 'act-workplace-privacy-act',
      kind: 'section',
      pinpoint: '13',
      url: WPA_URL,
      verification: 'secondary',
      reviewed: REVIEWED,
      // The notice must exist and be given: the letter asks for a copy.
      discloses: true,
      appliesIf: WORKERS_WATCHED,
    },
  ],
  backing: {
    'act-surveillance-notice': ['act-wpa-s-13'],
    'act-good-faith-consultation': ['act-wpa-s-13'],
  },
  addQuestions: [
    {
      after: 'worker-notice',
      question: { id: 'act-surveillance-notice', stage: 'collection', options: ['yes', 'partly', 'no', 'not-surveillance'], showIf: WORKERS_WATCHED },
    },
    {
      after: 'consultation',
      question: {
        id: 'act-good-faith-consultation',
        stage: 'governance',
        options: ['yes', 'no'],
        showIf: { all: [WORKERS_WATCHED, { not: { question: 'act-surveillance-notice', is: ['not-surveillance'] } }] },
      },
    },
  ],
  ruleBases: {},
  addRules: [
    { id: 'act-surveillance-notice', clause: 'worker-notice-compliance', when: isOrOwed('act-surveillance-notice', ['partly', 'no']), provisions: ['act-wpa-s-13'] },
    // The notice must say workers may consult, and the employer must then consult in good faith.
    { id: 'act-good-faith-consultation', clause: 'consultation', when: isOrOwed('act-good-faith-consultation', ['no']), provisions: ['act-wpa-s-13'] },
  ],
} as const satisfies JurisdictionLayer;
