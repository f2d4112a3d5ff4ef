/**
 * Quebec, stacked on the Canadian layer: the Act respecting the protection of personal information in
 * the private sector (CQLR c. P-39.1; « Loi sur la protection des renseignements personnels dans le
 * secteur privé ») as amended by Law 25 (S.Q. 2021, c. 25), and the biometric rules of the Act to
 * establish a legal framework for information technology (CQLR c. C-1.1, ss. 44–45).
 *
 * Legal facts come only from `shared/design/legal-verification-uk-us-ca-au-intl.md` §3.2, §3.6,
 * §6.3 and trap 17, which correct `legal-research.md` §5.6 (s. 12.1 is information, correction and
 * observations to a reviewer, not a right not to be subject to the decision). Flags map [V] verified,
 * [V-sec] secondary, [K] known, [?] uncertain. Words: `locales/<lang>/law-ca-qc.json`. Ids are permanent.
 *
 * Which regime (§3): Quebec's act covers Quebec employers; a federally regulated employer in Quebec
 * falls under PIPEDA and the Canada Labour Code instead, so every provision here binds only where the
 * employer has not been said to be federally regulated (`appliesIf`, on the Canadian layer's question).
 * s. 12.1 binds only a decision based exclusively on automated processing; C-1.1 ss. 44–45 only a
 * biometric identity check. Only s. 12.1 (information on request), s. 27 (access) and the C-1.1 s. 45
 * declaration are cited as duties (§3.6(c)); s. 3.3 obliges an assessment, not handing it to the union.
 *
 * Links (none opened for this overlay): the official site the notes give, legisquebec.gouv.qc.ca.
 * P-39.1 links to its own page there; the notes read only pre-2022 versions of it. C-1.1 links to its
 * own page built on the same pattern, not the 2020 point-in-time page of s. 44 the notes read, which
 * predates Law 25.
 */
import { type Condition, type Provision, type Verification } from '../../src/engine/flow-types.ts';
import type { JurisdictionLayer } from '../../src/engine/layers.ts';
import { isOrOwed } from '../../src/engine/condition-builders.ts';

const P39_URL = 'https://www.legisquebec.gouv.qc.ca/en/document/cs/P-39.1';
const C11_URL = 'https://www.legisquebec.gouv.qc.ca/en/document/cs/C-1.1';
const REVIEWED = '2026-12-02';

/** Quebec's act binds unless the employer is said to be federally regulated. */
const QUEBEC: Condition = { not: { question: 'ca-federally-regulated', is: ['federal'] } };
/** s. 12.1: a decision based exclusively on automated processing, or one management will not describe. */
const EXCLUSIVELY_AUTOMATED: Condition = { all: [QUEBEC, { not: { question: 'automated-decisions', is: ['partly', 'none'] } }] };
/** s. 8.1: the system has a function able to identify, locate or profile, or management will not say. */
const TRACKING_FUNCTIONS: Condition = { all: [QUEBEC, { not: { question: 'qc-identify-locate-profile', is: ['no-such-function'] } }] };
/** C-1.1 ss. 44–45: the system checks identity biometrically, or management owes the answer. */
const BIOMETRIC_CHECK: Condition = { all: [QUEBEC, isOrOwed('qc-biometric-express-consent', ['express-consent', 'no-express-consent'])] };

type Extra = Partial<Pick<Provision, 'discloses' | 'appliesIf'>>;

function section(id: string, instrument: string, pinpoint: string, verification: Verification, extra: Extra = {}): Provision {
  const url = instrument === 'qc-c-1-1' ? C11_URL : P39_URL;
  return { id, instrument, kind: 'section', pinpoint, url, verification, reviewed: REVIEWED, appliesIf: QUEBEC, ...extra };
}

export const CA_QC_OVERLAY = {
  id: 'ca-qc',
  extends: 'ca',
  instruments: [
    { id: 'qc-p-39-1', url: P39_URL },
    { id: 'qc-c-1-1', url: C11_URL },
  ],
  provisions: [
    // All [V-sec] from Law 25 summaries; the current consolidated text was not read (§8).
    section('qc-p-39-1-s-3-1', 'qc-p-39-1', '3.1', 'secondary'),
    section('qc-p-39-1-s-3-3', 'qc-p-39-1', '3.3', 'secondary'),
    section('qc-p-39-1-ss-3-5-3-8', 'qc-p-39-1', '3.5–3.8', 'secondary'),
    section('qc-p-39-1-s-8-1', 'qc-p-39-1', '8.1', 'secondary', { appliesIf: TRACKING_FUNCTIONS }),
    // The public-sector twin (A-2.1 s. 65.2) was read [V]; the private-sector text only in a summary.
    section('qc-p-39-1-s-12-1', 'qc-p-39-1', '12.1', 'secondary', { discloses: true, appliesIf: EXCLUSIVELY_AUTOMATED }),
    section('qc-p-39-1-s-27', 'qc-p-39-1', '27', 'secondary', { discloses: true }),
    // s. 44 read in its 2020 version [V]; the Law 25 changes to it were not read.
    section('qc-c-1-1-s-44', 'qc-c-1-1', '44', 'verified', { appliesIf: BIOMETRIC_CHECK }),
    // The post-2022 declaration rule [V-sec]; the CAI's powers were read in the 2020 version.
    section('qc-c-1-1-s-45', 'qc-c-1-1', '45', 'secondary', { discloses: true, appliesIf: BIOMETRIC_CHECK }),
  ],
  backing: {
    'special-category-data': ['qc-c-1-1-s-44'],
    'special-category-basis': ['qc-c-1-1-s-44'],
    'qc-biometric-express-consent': ['qc-c-1-1-s-44'],
    'qc-biometric-cai-declaration': ['qc-c-1-1-s-45'],
    'inactive-functions': ['qc-p-39-1-s-8-1'],
    'qc-identify-locate-profile': ['qc-p-39-1-s-8-1'],
    'inferences-profiles': ['qc-p-39-1-s-8-1'],
    'automated-decisions': ['qc-p-39-1-s-12-1'],
    'qc-automated-decision-notice': ['qc-p-39-1-s-12-1'],
    'human-review': ['qc-p-39-1-s-12-1'],
    'human-reviewer': ['qc-p-39-1-s-12-1'],
    'logic-explanation': ['qc-p-39-1-s-12-1'],
    'breach-notice': ['qc-p-39-1-ss-3-5-3-8', 'qc-p-39-1-s-3-1'],
    'worker-access-requests': ['qc-p-39-1-s-27', 'qc-p-39-1-s-3-1'],
    'impact-assessment': ['qc-p-39-1-s-3-3'],
    'impact-assessment-shared': ['qc-p-39-1-s-3-3'],
  },
  addQuestions: [
    {
      after: 'special-category-basis',
      question: {
        id: 'qc-biometric-express-consent',
        stage: 'collection',
        options: ['express-consent', 'no-express-consent', 'no-biometric-check'],
        showIf: { any: [{ category: ['biometrics'] }, { question: 'special-category-data', is: ['yes'] }] },
      },
    },
    {
      after: 'qc-biometric-express-consent',
      question: {
        id: 'qc-biometric-cai-declaration',
        stage: 'collection',
        options: ['declared', 'not-declared'],
        showIf: isOrOwed('qc-biometric-express-consent', ['express-consent', 'no-express-consent']),
      },
    },
    { after: 'inactive-functions', question: { id: 'qc-identify-locate-profile', stage: 'collection', options: ['off-by-default', 'on-by-default', 'no-such-function'] } },
    {
      after: 'automated-decision-exception',
      question: { id: 'qc-automated-decision-notice', stage: 'analysis', options: ['yes', 'partly', 'no'], showIf: { question: 'automated-decisions', is: ['solely'] } },
    },
  ],
  ruleBases: {
    'worker-notice-compliance': ['qc-p-39-1-s-8-1'],
    'no-activation-without-agreement': ['qc-p-39-1-s-8-1'],
    'special-category-safeguards': ['qc-c-1-1-s-44'],
    // The assessment is a duty (s. 3.3); the union's part in it and a copy are negotiated.
    'joint-impact-assessment': ['qc-p-39-1-s-3-3'],
    // Observations to a staff member able to review the decision: not a veto (trap 17).
    'human-review-solely': ['qc-p-39-1-s-12-1'],
    'human-review-undisclosed': ['qc-p-39-1-s-12-1'],
    'explanation-of-decisions': ['qc-p-39-1-s-12-1'],
    'individual-access': ['qc-p-39-1-s-27'],
    'security-breach-notice': ['qc-p-39-1-ss-3-5-3-8'],
  },
  addRules: [
    {
      id: 'qc-functions-off-by-default',
      clause: 'no-activation-without-agreement',
      when: isOrOwed('qc-identify-locate-profile', ['on-by-default']),
      provisions: ['qc-p-39-1-s-8-1'],
    },
    {
      id: 'qc-automated-decision-notice',
      clause: 'worker-notice-compliance',
      when: isOrOwed('qc-automated-decision-notice', ['partly', 'no']),
      provisions: ['qc-p-39-1-s-12-1'],
    },
    {
      id: 'qc-biometric-express-consent',
      clause: 'special-category-safeguards',
      when: isOrOwed('qc-biometric-express-consent', ['no-express-consent']),
      provisions: ['qc-c-1-1-s-44'],
    },
    {
      id: 'qc-biometric-cai-declaration',
      clause: 'special-category-safeguards',
      when: isOrOwed('qc-biometric-cai-declaration', ['not-declared']),
      provisions: ['qc-c-1-1-s-45'],
    },
  ],
  terms: ['qc-person-in-charge', 'qc-privacy-impact-assessment', 'qc-confidentiality-incident', 'qc-profiling', 'qc-cai'],
} as const satisfies JurisdictionLayer;
