/**
 * Ontario, stacked on the Canadian layer. Ontario has no private-sector privacy statute that covers
 * employees (trap 16): no access, correction, automated-decision or impact-assessment right. What the
 * Employment Standards Act, 2000 adds is disclosure only: the written policy on electronic monitoring
 * (Part XI.1, s. 41.1.1, from the Working for Workers Act, 2022) and, from 1 January 2026, a statement
 * in publicly advertised job postings of whether artificial intelligence screens, assesses or selects
 * applicants (Part III.1, s. 8.1, with O. Reg. 476/24, from the Working for Workers Four Act, 2024).
 * Neither limits monitoring or its use: every other clause stands on no Ontario provision, and the
 * union negotiates the right itself.
 *
 * Legal facts come only from `shared/design/legal-verification-uk-us-ca-au-intl.md` §3.3, §3.6, §6.3
 * and trap 16, which correct `legal-research.md` §5.6. Flags map [V] verified, [V-sec] secondary,
 * [K] known, [?] uncertain. Words: `locales/<lang>/law-ca-on.json`. Ids are permanent.
 *
 * Which regime (§3): the ESA does not govern a federally regulated employer, so both provisions bind
 * only where the employer is not said to be federally regulated (`appliesIf`), and not for an employer
 * that says it had fewer than 25 employees (the policy: on 1 January; job postings: O. Reg. 476/24).
 * s. 41.1.1 is cited as a duty to answer (a copy of the policy goes to each employee, §3.6(c));
 * s. 8.1 is not. The subsection numbers of s. 41.1.1 are not verified [?], so none is cited.
 *
 * O. Reg. 476/24 was read [V] (https://www.ontario.ca/laws/regulation/240476), but the notes give
 * none of its section numbers and a citation names a pinpoint, so it is described in the words of
 * s. 8.1 and not cited on its own. Link: the Act's own page on ontario.ca/laws, not opened by the notes.
 */
import { type Condition, type Provision } from '../../src/engine/flow-types.ts';
import type { JurisdictionLayer } from '../../src/engine/layers.ts';
import { isOrOwed } from '../../src/engine/condition-builders.ts';

const ESA_URL = 'https://www.ontario.ca/laws/statute/00e41';
const REVIEWED = '2026-12-02';

/** The ESA binds unless the employer is said to be federally regulated. */
const ONTARIO: Condition = { not: { question: 'ca-federally-regulated', is: ['federal'] } };
const NOT_HIRING: Condition = { not: { category: ['hiring'] } };

const MONITORING_POLICY_DUTY: Condition = { all: [ONTARIO, NOT_HIRING, { not: { question: 'on-monitoring-policy', is: ['under-25'] } }] };
const JOB_POSTING_DUTY: Condition = { all: [ONTARIO, { not: { question: 'on-ai-job-posting', is: ['under-25', 'no-public-postings'] } }] };

function section(id: string, pinpoint: string, extra: Partial<Provision>): Provision {
  return { id, instrument: 'on-esa', kind: 'section', pinpoint, url: ESA_URL, verification: 'secondary', reviewed: REVIEWED, ...extra };
}

export const CA_ON_OVERLAY = {
  id: 'ca-on',
  extends: 'ca',
  instruments: [{ id: 'on-esa', url: ESA_URL }],
  provisions: [
    section('on-esa-s-41-1-1', '41.1.1', { discloses: true, appliesIf: MONITORING_POLICY_DUTY }),
    // In force 1 January 2026 [V]: past at review, kept so the documents say when the duty began.
    section('on-esa-s-8-1', '8.1', { appliesFrom: '2026-01-01', appliesIf: JOB_POSTING_DUTY }),
  ],
  backing: {
    purpose: ['on-esa-s-41-1-1'],
    'worker-notice': ['on-esa-s-41-1-1'],
    'on-ai-job-posting': ['on-esa-s-8-1'],
    'on-monitoring-policy': ['on-esa-s-41-1-1'],
    'on-policy-covers-system': ['on-esa-s-41-1-1'],
    'off-duty-collection': ['on-esa-s-41-1-1'],
  },
  addQuestions: [
    {
      after: 'worker-notice',
      question: { id: 'on-ai-job-posting', stage: 'collection', options: ['disclosed', 'not-disclosed', 'no-public-postings', 'under-25'], showIf: { all: [ONTARIO, { category: ['hiring'] }] } },
    },
    {
      after: 'on-ai-job-posting',
      question: { id: 'on-monitoring-policy', stage: 'collection', options: ['provided', 'not-provided', 'no-policy', 'under-25'], showIf: { all: [ONTARIO, NOT_HIRING] } },
    },
    {
      after: 'on-monitoring-policy',
      question: { id: 'on-policy-covers-system', stage: 'collection', options: ['yes', 'partly', 'no'], showIf: { question: 'on-monitoring-policy', is: ['provided', 'not-provided'] } },
    },
  ],
  // Disclosure only: the policy gives no right not to be monitored and no limit on use (§3.3).
  ruleBases: {},
  addRules: [
    {
      id: 'on-monitoring-policy',
      clause: 'worker-notice-compliance',
      when: { any: [isOrOwed('on-monitoring-policy', ['not-provided', 'no-policy']), isOrOwed('on-policy-covers-system', ['partly', 'no'])] },
      provisions: ['on-esa-s-41-1-1'],
    },
    {
      id: 'on-ai-job-posting',
      clause: 'worker-notice-compliance',
      when: isOrOwed('on-ai-job-posting', ['not-disclosed']),
      provisions: ['on-esa-s-8-1'],
    },
  ],
  terms: ['on-electronic-monitoring'],
} as const satisfies JurisdictionLayer;
