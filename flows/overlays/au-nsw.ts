/**
 * New South Wales, stacked on the Australian layer: the Workplace Surveillance Act 2005 (NSW),
 * No 47. Legal facts come only from `shared/design/legal-verification-uk-us-ca-au-intl.md` §4.2,
 * §4.4 and trap 21. Flags map [V] verified, [V-sec] secondary, [K] known, [?] uncertain.
 * Words: `locales/<lang>/law-au-nsw.json`. Ids are permanent.
 *
 * The Act is a notice law for camera, computer and tracking surveillance: written notice at least
 * 14 days ahead with the items s. 10 lists, computer surveillance only under a notified policy
 * (s. 12), limits on where and when (ss. 15–16), on blocking (s. 17) and on using the records
 * (s. 18). Surveillance without the notices is covert and needs a magistrate's covert surveillance
 * authority (Part 4): the engine has no pinpoint kind for a Part, so Part 4 is said in the words
 * and the covert-surveillance rule rests on s. 10, whose notice is what such surveillance lacks.
 * The notice and the policy must exist, so the letter asks for copies (ss. 10 and 12 disclose).
 *
 * Link: the Act's page on the NSW legislation site, which the notes give and did not open;
 * ss. 10 and 18 were read on AustLII, s. 12 on a secondary site.
 */
import type { Condition, Provision, Verification } from '../../src/engine/flow-types.ts';
import type { JurisdictionLayer } from '../../src/engine/layers.ts';
import { isOrGap, isOrOwed } from '../../src/engine/condition-builders.ts';

const WSA_URL = 'https://legislation.nsw.gov.au/view/html/inforce/current/act-2005-047';
const REVIEWED = '2026-12-02';

/** Hiring systems watch applicants, not employees at work: the Act binds only for the others. */
const EMPLOYEES_WATCHED: Condition = { not: { category: ['hiring'] } };

function section(pinpoint: string, verification: Verification, extra: Partial<Pick<Provision, 'discloses'>> = {}): Provision {
  return {
    id: `nsw-wsa-s-${pinpoint}`,
    instrument: 'nsw-workplace-surveillance-act',
    kind: 'section',
    pinpoint,
    url: WSA_URL,
    verification,
    reviewed: REVIEWED,
    appliesIf: EMPLOYEES_WATCHED,
    ...extra,
  };
}
const SURVEILLANCE: Condition = { all: [EMPLOYEES_WATCHED, { not: { question: 'nsw-surveillance-notice', is: ['not-surveillance'] } }] };

export const AU_NSW_OVERLAY = {
  id: 'au-nsw',
  extends: 'au',
  instruments: [{ id: 'nsw-workplace-surveillance-act', url: WSA_URL }],
  provisions: [
    section('10', 'verified', { discloses: true }),
    section('11', 'secondary'),
    section('12', 'verified', { discloses: true }),
    section('13', 'secondary'),
    // The agreement route: read in a summary; the section number is [K].
    section('14', 'secondary'),
    section('15', 'secondary'),
    section('16', 'secondary'),
    // The industrial-matters limb of the blocking rule is [K]: re-read before relying on it.
    section('17', 'known'),
    section('18', 'verified'),
  ],
  backing: {
    'nsw-surveillance-notice': ['nsw-wsa-s-10', 'nsw-wsa-s-11', 'nsw-wsa-s-13', 'nsw-wsa-s-14'],
    'nsw-computer-surveillance-policy': ['nsw-wsa-s-12'],
    'nsw-covert-surveillance': ['nsw-wsa-s-10'],
    'off-duty-collection': ['nsw-wsa-s-15', 'nsw-wsa-s-16'],
    'union-activity-tracking': ['nsw-wsa-s-17'],
    'secondary-uses': ['nsw-wsa-s-18'],
    'third-party-use': ['nsw-wsa-s-18'],
  },
  addQuestions: [
    {
      after: 'worker-notice',
      question: { id: 'nsw-surveillance-notice', stage: 'collection', options: ['yes', 'partly', 'no', 'not-surveillance'], showIf: EMPLOYEES_WATCHED },
    },
    {
      after: 'nsw-surveillance-notice',
      question: { id: 'nsw-computer-surveillance-policy', stage: 'collection', options: ['yes', 'no', 'no-computer-surveillance'], showIf: SURVEILLANCE },
    },
    {
      after: 'nsw-computer-surveillance-policy',
      question: { id: 'nsw-covert-surveillance', stage: 'collection', options: ['no', 'with-authority', 'without-authority'], showIf: EMPLOYEES_WATCHED },
    },
  ],
  ruleBases: {
    // Where and when: no surveillance in toilets, change rooms or showers (s. 15), none while the
    // employee is not at work except computer surveillance of the employer's equipment (s. 16).
    'no-off-duty-monitoring': ['nsw-wsa-s-15', 'nsw-wsa-s-16'],
    // Records of notified surveillance: used and disclosed only for the purposes s. 18 lists.
    'purpose-limitation': ['nsw-wsa-s-18'],
    'no-sale-no-training': ['nsw-wsa-s-18'],
  },
  addRules: [
    { id: 'nsw-surveillance-notice', clause: 'worker-notice-compliance', when: isOrOwed('nsw-surveillance-notice', ['partly', 'no']), provisions: ['nsw-wsa-s-10'] },
    { id: 'nsw-computer-surveillance-policy', clause: 'worker-notice-compliance', when: isOrOwed('nsw-computer-surveillance-policy', ['no']), provisions: ['nsw-wsa-s-12'] },
    // Tracking a vehicle needs a visible notice on it (s. 13). Camera signs (s. 11) are shown beside the
    // notice question only: a monitoring system may watch screens, not through cameras.
    { id: 'nsw-tracking-notice', clause: 'worker-notice-compliance', when: { all: [SURVEILLANCE, { category: ['location'] }] }, provisions: ['nsw-wsa-s-13'] },
    // Surveillance without the s. 10 notice is covert: lawful only under a magistrate's authority (Part 4).
    { id: 'nsw-covert-surveillance', clause: 'worker-notice-compliance', when: isOrGap('nsw-covert-surveillance', ['without-authority']), provisions: ['nsw-wsa-s-10'] },
    // Management says the system does not watch employees: the Act's agreement route then runs
    // through a body representing a substantial number of employees, such as the union (s. 14).
    { id: 'nsw-agreement-route', clause: 'consultation', when: { question: 'nsw-surveillance-notice', is: ['not-surveillance'] }, provisions: ['nsw-wsa-s-14'] },
  ],
} as const satisfies JurisdictionLayer;
