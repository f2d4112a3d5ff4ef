/**
 * New York City, stacked on New York State: Local Law 144 of 2021 on automated employment
 * decision tools (AEDT), N.Y.C. Admin. Code §§20-870 to 20-874, and the DCWP rules (6 RCNY
 * §§5-300 to 5-304; enforced since 5 Jul 2023). Legal facts come only from
 * `shared/design/legal-verification-uk-us-ca-au-intl.md` §2.3, §2.6, §6.2 and trap 11; flags map
 * [V] → 'verified', [V-sec] → 'secondary', [K] → 'known', [?] → 'uncertain'.
 * Words: `locales/<lang>/law-us-ny-nyc.json`. Ids are permanent.
 *
 * The law covers hiring and promotion only, NYC candidates and employees only, and tools that
 * "substantially assist or replace" discretion, a test the rules read narrowly (trap 11). Every
 * provision here applies only to a system the AEDT question is asked of, unless management says
 * it is not such a tool. The notice must say how to request an alternative process, but the law
 * does not oblige the employer to grant one: no human-review basis here. §20-871(c) (data type,
 * source and retention, within 30 days of a written request) is the one duty to answer.
 *
 * Links (not opened): the notes give the NYC code library on codelibrary.amlegal.com for the
 * Administrative Code; they give no page for the RCNY, which the same library publishes, so the
 * rules link to the library's root.
 */
import type { Condition, Provision, Verification } from '../../src/engine/flow-types.ts';
import type { JurisdictionLayer } from '../../src/engine/layers.ts';
import { isOrOwed } from '../../src/engine/condition-builders.ts';

const ADMIN_CODE_URL = 'https://codelibrary.amlegal.com/codes/newyorkcity/latest/NYCadmin/';
const RCNY_URL = 'https://codelibrary.amlegal.com/codes/newyorkcity/latest/';
const REVIEWED = '2026-12-02';

/** The systems the AEDT question is asked of: hiring and promotion tools, and any system that decides or scores. */
const SCREENS: Condition = {
  any: [{ category: ['hiring', 'performance'] }, { question: 'automated-decisions', is: ['solely', 'partly'] }, { question: 'inferences-profiles', is: ['yes'] }],
};
/** Local Law 144 reaches the system, unless management says it is no AEDT for hiring or promotion. */
const AEDT: Condition = { all: [SCREENS, { not: { question: 'nyc-aedt', is: ['no'] } }] };
const AEDT_IN_USE: Condition = { question: 'nyc-aedt', is: ['yes'] };

function code(id: string, pinpoint: string, verification: Verification, extra: Partial<Provision> = {}): Provision {
  return { id, instrument: 'nyc-admin-code', kind: 'paragraph', pinpoint, url: ADMIN_CODE_URL, verification, reviewed: REVIEWED, appliesIf: AEDT, ...extra };
}

export const US_NY_NYC_OVERLAY = {
  id: 'us-ny-nyc',
  extends: 'us-ny',
  instruments: [
    { id: 'nyc-admin-code', url: ADMIN_CODE_URL, numbering: 'as-written' },
    { id: 'dcwp-aedt-rules', url: RCNY_URL, numbering: 'as-written' },
  ],
  provisions: [
    code('nyc-20-871-a', '20-871(a)', 'verified'),
    code('nyc-20-871-b', '20-871(b)', 'secondary'),
    code('nyc-20-871-c', '20-871(c)', 'secondary', { discloses: true }),
    code('nyc-20-872', '20-872', 'secondary'),
    { id: 'dcwp-rules', instrument: 'dcwp-aedt-rules', kind: 'paragraph', pinpoint: '5-300–5-304', url: RCNY_URL, verification: 'secondary', reviewed: REVIEWED, appliesIf: AEDT },
  ],
  backing: {
    'data-categories': ['nyc-20-871-c'],
    'worker-notice': ['nyc-20-871-b'],
    'bias-testing': ['nyc-20-871-a', 'dcwp-rules'],
    'bias-test-results': ['nyc-20-871-a', 'dcwp-rules'],
    'nyc-aedt': ['nyc-20-871-a', 'dcwp-rules', 'nyc-20-872'],
    'nyc-bias-audit-summary': ['nyc-20-871-a', 'dcwp-rules'],
    'nyc-candidate-notice': ['nyc-20-871-b'],
    'nyc-data-information': ['nyc-20-871-c'],
    'retention-period': ['nyc-20-871-c'],
  },
  addQuestions: [
    { after: 'bias-test-results', question: { id: 'nyc-aedt', stage: 'analysis', options: ['yes', 'no'], showIf: SCREENS } },
    {
      // §2.6 (a) 2: the audit date, the summary's address, the tool's distribution date.
      after: 'nyc-aedt',
      question: { id: 'nyc-bias-audit-summary', stage: 'analysis', options: ['published', 'audit-not-published', 'no-audit'], showIf: AEDT_IN_USE },
    },
    { after: 'nyc-bias-audit-summary', question: { id: 'nyc-candidate-notice', stage: 'analysis', options: ['yes', 'partly', 'no'], showIf: AEDT_IN_USE } },
    { after: 'nyc-candidate-notice', question: { id: 'nyc-data-information', stage: 'analysis', options: ['on-website', 'on-request', 'no'], showIf: AEDT_IN_USE } },
  ],
  ruleBases: {
    // The audit duty binds AEDT use only (AEDT condition); no bias-audit duty elsewhere (§2.6 (b)).
    'bias-audit': ['nyc-20-871-a', 'dcwp-rules'],
  },
  addRules: [
    {
      id: 'nyc-bias-audit',
      clause: 'bias-audit',
      when: isOrOwed('nyc-bias-audit-summary', ['audit-not-published', 'no-audit']),
      provisions: ['nyc-20-871-a', 'dcwp-rules'],
    },
    {
      id: 'nyc-candidate-notice',
      clause: 'worker-notice-compliance',
      when: isOrOwed('nyc-candidate-notice', ['partly', 'no']),
      provisions: ['nyc-20-871-b'],
    },
    {
      id: 'nyc-data-information',
      clause: 'worker-notice-compliance',
      when: isOrOwed('nyc-data-information', ['no']),
      provisions: ['nyc-20-871-c'],
    },
  ],
  terms: ['aedt', 'bias-audit', 'dcwp'],
} as const satisfies JurisdictionLayer;
