/**
 * New York State, stacked on the US federal layer: Civil Rights Law §52-c, the electronic
 * monitoring notice (in force 7 May 2022). Legal facts come only from
 * `shared/design/legal-verification-uk-us-ca-au-intl.md` §2.3, §2.6, §6.2 and trap 12; flags map
 * [V] → 'verified', [V-sec] → 'secondary', [K] → 'known', [?] → 'uncertain'.
 * Words: `locales/<lang>/law-us-ny.json`. Ids are permanent.
 *
 * §52-c is a notice law only: notice at hiring, an acknowledgment and a posting, enforced by the
 * Attorney General alone. It is never cited as a duty to answer the union (§2.6 (c)), nor as a
 * limit on monitoring or a right to refuse it (§2.6 (b)). It reaches the monitoring of phone,
 * email and internet use, not tools that only manage volume or protect the system.
 *
 * Link: the notes give the NY Senate page for §52-c (not opened).
 */
import type { Condition } from '../../src/engine/flow-types.ts';
import type { JurisdictionLayer } from '../../src/engine/layers.ts';
import { isOrOwed } from '../../src/engine/condition-builders.ts';
import { INFORMATION } from '../layers/us.ts';

const CRL_52C_URL = 'https://www.nysenate.gov/legislation/laws/CVR/52-C';
const REVIEWED = '2026-12-02';

/** Systems that can monitor phone, email or internet use. */
const ELECTRONIC: Condition = { category: ['monitoring', 'performance', 'generative-ai', 'other'] };
/** §52-c reaches an electronic system, unless management says it does not monitor phone, email or internet use. */
const MONITORS: Condition = { not: { question: 'ny-monitoring-notice', is: ['not-electronic-monitoring'] } };

export const US_NY_OVERLAY = {
  id: 'us-ny',
  extends: 'us',
  instruments: [{ id: 'ny-civil-rights-law', url: CRL_52C_URL, numbering: 'as-written' }],
  provisions: [
    { id: 'ny-crl-52-c', instrument: 'ny-civil-rights-law', kind: 'paragraph', pinpoint: '52-c', url: CRL_52C_URL, verification: 'secondary', reviewed: REVIEWED, appliesIf: { all: [ELECTRONIC, MONITORS] } },
  ],
  backing: {
    'worker-notice': ['ny-crl-52-c'],
    'ny-monitoring-notice': ['ny-crl-52-c', ...INFORMATION],
  },
  addQuestions: [
    {
      // §2.6 (a) 6: the notice at hire, its acknowledgment, and the posting.
      after: 'worker-notice',
      question: {
        id: 'ny-monitoring-notice',
        stage: 'collection',
        options: ['given-and-posted', 'partly', 'no', 'not-electronic-monitoring'],
        showIf: ELECTRONIC,
      },
    },
  ],
  ruleBases: {},
  addRules: [
    {
      id: 'ny-monitoring-notice',
      clause: 'worker-notice-compliance',
      when: isOrOwed('ny-monitoring-notice', ['partly', 'no']),
      provisions: ['ny-crl-52-c'],
    },
  ],
} as const satisfies JurisdictionLayer;
