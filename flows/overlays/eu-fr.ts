/**
 * France, stacked on the EU layer: the Labour Code (Code du travail).
 *
 * Legal facts come only from `shared/design/legal-verification-br-ke-ng-in-kr-eu-national.md`
 * §6.2, §7.6 and §8 (trap 21), which correct `legal-research.md` §5.16. Flags map as
 * [V] → 'verified', [V-sec] → 'secondary', [K] → 'known', [?] → 'uncertain'. No per-article
 * link on legifrance.gouv.fr was tested, so every provision links to the Code's own page.
 *
 * L. 2312-38 has three limbs: the CSE is informed before recruitment techniques and before
 * automated personnel-management processing, and informed AND consulted only before the decision
 * to introduce a means of monitoring workers' activity (trap 21). So recruitment and HR software
 * lead to notice (advance-notice), monitoring and new technologies (L. 2312-8) to consultation.
 * The CSE's powers need a CSE (50 or more employees [K]): those bases hold only while a CSE is not
 * said to be absent. L. 1121-1 and L. 1222-4 bind every employer.
 * The notes name no article of the loi Informatique et Libertés, and not L. 1221-9: none is cited.
 * Words: `locales/<lang>/law-eu-fr.json`. Ids are permanent.
 */
import { OUTSTANDING_STATUSES, type Condition } from '../../src/engine/flow-types.ts';
import type { JurisdictionLayer } from '../../src/engine/layers.ts';
import { isOrOwed } from '../../src/engine/condition-builders.ts';

const CODE_DU_TRAVAIL_URL = 'https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006072050/';
const REVIEWED = '2026-11-30';

/** A CSE with these powers exists, or at least nobody has said there is none. */
const CSE: Condition = { not: { question: 'cse-consultation', is: ['no-cse'] } };
const DECIDES: Condition = { question: 'automated-decisions', is: ['solely', 'partly'] };
const PROFILES: Condition = { question: 'inferences-profiles', is: ['yes'] };

export const EU_FR_OVERLAY = {
  id: 'eu-fr',
  extends: 'eu',
  instruments: [{ id: 'code-du-travail', url: CODE_DU_TRAVAIL_URL }],
  provisions: [
    { id: 'code-du-travail-art-l1121-1', instrument: 'code-du-travail', kind: 'article', pinpoint: 'L. 1121-1', url: CODE_DU_TRAVAIL_URL, verification: 'secondary', reviewed: REVIEWED },
    {
      id: 'code-du-travail-art-l1222-4',
      instrument: 'code-du-travail',
      kind: 'article',
      pinpoint: 'L. 1222-4',
      url: CODE_DU_TRAVAIL_URL,
      verification: 'secondary',
      reviewed: REVIEWED,
      discloses: true,
    },
    {
      id: 'code-du-travail-art-l2312-38',
      instrument: 'code-du-travail',
      kind: 'article',
      pinpoint: 'L. 2312-38',
      url: CODE_DU_TRAVAIL_URL,
      verification: 'verified',
      reviewed: REVIEWED,
      discloses: true,
    },
    {
      id: 'code-du-travail-art-l2312-8-ii-4',
      instrument: 'code-du-travail',
      kind: 'article',
      pinpoint: 'L. 2312-8 II 4°',
      url: CODE_DU_TRAVAIL_URL,
      verification: 'secondary',
      reviewed: REVIEWED,
      discloses: true,
    },
    {
      id: 'code-du-travail-art-l2312-15',
      instrument: 'code-du-travail',
      kind: 'article',
      pinpoint: 'L. 2312-15',
      url: CODE_DU_TRAVAIL_URL,
      verification: 'known',
      reviewed: REVIEWED,
      discloses: true,
    },
    { id: 'code-du-travail-art-l2315-94', instrument: 'code-du-travail', kind: 'article', pinpoint: 'L. 2315-94', url: CODE_DU_TRAVAIL_URL, verification: 'secondary', reviewed: REVIEWED },
  ],
  backing: {
    'proportionality-justification': ['code-du-travail-art-l1121-1'],
    'worker-notice': ['code-du-travail-art-l1222-4'],
    'cse-consultation': ['code-du-travail-art-l2312-38', 'code-du-travail-art-l2312-8-ii-4', 'code-du-travail-art-l2312-15'],
    'cse-information': ['code-du-travail-art-l2312-38'],
    'cse-expert': ['code-du-travail-art-l2315-94'],
  },
  addQuestions: [
    { after: 'purpose', question: { id: 'proportionality-justification', stage: 'collection' } },
    { after: 'consultation', question: { id: 'cse-consultation', stage: 'governance', options: ['yes', 'no', 'no-cse'] } },
    {
      after: 'cse-consultation',
      question: {
        id: 'cse-information',
        stage: 'governance',
        options: ['yes', 'no'],
        showIf: { all: [CSE, { any: [{ category: ['hiring', 'performance', 'scheduling'] }, DECIDES, PROFILES] }] },
      },
    },
    { after: 'cse-information', question: { id: 'cse-expert', stage: 'governance', options: ['yes', 'shared', 'no'], showIf: CSE } },
  ],
  ruleBases: {
    'worker-notice-compliance': ['code-du-travail-art-l1222-4'],
    'data-minimisation': ['code-du-travail-art-l1121-1'],
  },
  addRules: [
    // Informed and consulted before the decision: monitoring tools (L. 2312-38) and new technologies (L. 2312-8).
    {
      id: 'fr-cse-consultation',
      clause: 'consultation',
      when: isOrOwed('cse-consultation', ['no']),
      provisions: ['code-du-travail-art-l2312-38', 'code-du-travail-art-l2312-8-ii-4', 'code-du-travail-art-l2312-15'],
    },
    // Recruitment techniques and automated HR processing: information before use and at each change, not consultation.
    { id: 'fr-cse-information', clause: 'advance-notice', when: isOrOwed('cse-information', ['no']), provisions: ['code-du-travail-art-l2312-38'] },
    { id: 'fr-cse-expert', clause: 'union-expert', when: CSE, provisions: ['code-du-travail-art-l2315-94'] },
    // No justification given: the restriction cannot be shown to be proportionate.
    {
      id: 'fr-proportionality',
      clause: 'data-minimisation',
      when: { question: 'proportionality-justification', status: OUTSTANDING_STATUSES },
      provisions: ['code-du-travail-art-l1121-1'],
      facts: { dataCategories: 'data-categories' },
    },
  ],
  terms: ['cse', 'information-consultation', 'avis', 'moyens-de-controle', 'expert-habilite', 'delegue-syndical', 'accord-d-entreprise'],
} as const satisfies JurisdictionLayer;
