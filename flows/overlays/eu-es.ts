/**
 * Spain, stacked on the EU layer: the Workers' Statute (Estatuto de los Trabajadores, Real Decreto
 * Legislativo 2/2015) and the data-protection and digital-rights law (LOPDGDD, Ley Orgánica 3/2018).
 *
 * Legal facts come only from `shared/design/legal-verification-br-ke-ng-in-kr-eu-national.md`
 * §6.3, §7.6 and §8 (trap 22), which correct `legal-research.md` §5.16. Flags map as
 * [V] → 'verified', [V-sec] → 'secondary', [K] → 'known', [?] → 'uncertain'. The BOE
 * identifiers are the notes' [K]; no per-article anchor on boe.es was tested, so every provision
 * links to the act's own page.
 *
 * Art. 64.4(d) is a right to information, not to agreement, and not to source code (trap 22): it
 * backs the clauses that demand the parameters (notice and collective access), never the one
 * that makes agreement a condition. The works council's prior report (64.5(f)) does not bind the
 * employer either; the consultation clause rests on it only as the law's nearest hook.
 * Words: `locales/<lang>/law-eu-es.json`. Ids are permanent.
 */
import { GAP_STATUSES, type Condition } from '../../src/engine/flow-types.ts';
import type { JurisdictionLayer } from '../../src/engine/layers.ts';
import { isOrOwed } from '../../src/engine/condition-builders.ts';

const ET_URL = 'https://www.boe.es/buscar/act.php?id=BOE-A-2015-11430';
const LOPDGDD_URL = 'https://www.boe.es/buscar/act.php?id=BOE-A-2018-16673';
const REVIEWED = '2026-11-30';

/** Algorithms that affect working conditions or employment, including profiling (64.4(d)). */
const ALGORITHMIC: Condition = {
  any: [
    { question: 'automated-decisions', is: ['solely', 'partly'] },
    { question: 'automated-decisions', status: GAP_STATUSES },
    { question: 'inferences-profiles', is: ['yes'] },
    { category: ['hiring', 'performance', 'scheduling', 'generative-ai'] },
  ],
};

const PARAMETERS_OWED = isOrOwed('algorithm-parameters', ['no']);

export const EU_ES_OVERLAY = {
  id: 'eu-es',
  extends: 'eu',
  instruments: [
    { id: 'estatuto-trabajadores', url: ET_URL, numbering: 'spanish' },
    { id: 'lopdgdd', url: LOPDGDD_URL, numbering: 'spanish' },
  ],
  provisions: [
    {
      id: 'estatuto-trabajadores-art-64-4-d',
      instrument: 'estatuto-trabajadores',
      kind: 'article',
      pinpoint: '64.4(d)',
      url: ET_URL,
      verification: 'secondary',
      reviewed: REVIEWED,
      discloses: true,
    },
    {
      id: 'estatuto-trabajadores-art-64-5-f',
      instrument: 'estatuto-trabajadores',
      kind: 'article',
      pinpoint: '64.5(f)',
      url: ET_URL,
      verification: 'known',
      reviewed: REVIEWED,
      discloses: true,
    },
    { id: 'estatuto-trabajadores-art-20-bis', instrument: 'estatuto-trabajadores', kind: 'article', pinpoint: '20 bis', url: ET_URL, verification: 'verified', reviewed: REVIEWED },
    { id: 'lopdgdd-art-87-3', instrument: 'lopdgdd', kind: 'article', pinpoint: '87.3', url: LOPDGDD_URL, verification: 'secondary', reviewed: REVIEWED, discloses: true },
    { id: 'lopdgdd-art-88', instrument: 'lopdgdd', kind: 'article', pinpoint: '88', url: LOPDGDD_URL, verification: 'secondary', reviewed: REVIEWED },
    { id: 'lopdgdd-art-89', instrument: 'lopdgdd', kind: 'article', pinpoint: '89', url: LOPDGDD_URL, verification: 'secondary', reviewed: REVIEWED },
    { id: 'lopdgdd-art-89-1', instrument: 'lopdgdd', kind: 'article', pinpoint: '89.1', url: LOPDGDD_URL, verification: 'secondary', reviewed: REVIEWED, discloses: true },
    { id: 'lopdgdd-art-90-2', instrument: 'lopdgdd', kind: 'article', pinpoint: '90.2', url: LOPDGDD_URL, verification: 'secondary', reviewed: REVIEWED, discloses: true },
    { id: 'lopdgdd-art-91', instrument: 'lopdgdd', kind: 'article', pinpoint: '91', url: LOPDGDD_URL, verification: 'secondary', reviewed: REVIEWED },
  ],
  backing: {
    'off-duty-collection': ['estatuto-trabajadores-art-20-bis', 'lopdgdd-art-88'],
    'camera-geolocation-notice': ['lopdgdd-art-89-1', 'lopdgdd-art-90-2', 'lopdgdd-art-89'],
    'logic-explanation': ['estatuto-trabajadores-art-64-4-d'],
    'comite-prior-report': ['estatuto-trabajadores-art-64-5-f'],
    'algorithm-parameters': ['estatuto-trabajadores-art-64-4-d'],
    'device-use-criteria': ['lopdgdd-art-87-3', 'estatuto-trabajadores-art-20-bis'],
    'disconnection-policy': ['lopdgdd-art-88'],
    'collective-agreement-guarantees': ['lopdgdd-art-91'],
  },
  addQuestions: [
    {
      after: 'worker-notice',
      question: { id: 'camera-geolocation-notice', stage: 'collection', options: ['yes', 'no'], showIf: { category: ['monitoring', 'location', 'biometrics'] } },
    },
    { after: 'consultation', question: { id: 'comite-prior-report', stage: 'governance', options: ['yes', 'no'] } },
    { after: 'comite-prior-report', question: { id: 'algorithm-parameters', stage: 'governance', options: ['yes', 'no'], showIf: ALGORITHMIC } },
    { after: 'algorithm-parameters', question: { id: 'device-use-criteria', stage: 'governance', options: ['yes', 'no'] } },
    {
      after: 'device-use-criteria',
      question: {
        id: 'disconnection-policy',
        stage: 'governance',
        options: ['yes', 'no'],
        showIf: { any: [{ question: 'off-duty-collection', is: ['yes'] }, { category: ['scheduling', 'monitoring', 'location', 'generative-ai'] }] },
      },
    },
    { after: 'disconnection-policy', question: { id: 'collective-agreement-guarantees', stage: 'governance' } },
  ],
  ruleBases: {
    // No cameras in rest areas (89); disconnection outside working time (88); both apply to every employer.
    'no-off-duty-monitoring': ['estatuto-trabajadores-art-20-bis', 'lopdgdd-art-88', 'lopdgdd-art-89'],
    'health-safety-intensity': ['lopdgdd-art-88'],
  },
  addRules: [
    // The parameters, rules and instructions of the algorithm, to the comité de empresa (64.4(d)).
    { id: 'es-algorithm-parameters-notice', clause: 'advance-notice', when: PARAMETERS_OWED, provisions: ['estatuto-trabajadores-art-64-4-d'] },
    { id: 'es-algorithm-parameters-access', clause: 'collective-access', when: PARAMETERS_OWED, provisions: ['estatuto-trabajadores-art-64-4-d'] },
    { id: 'es-prior-report', clause: 'consultation', when: isOrOwed('comite-prior-report', ['no']), provisions: ['estatuto-trabajadores-art-64-5-f'] },
    { id: 'es-device-use-criteria', clause: 'consultation', when: isOrOwed('device-use-criteria', ['no']), provisions: ['lopdgdd-art-87-3'] },
    {
      id: 'es-camera-geolocation-notice',
      clause: 'worker-notice-compliance',
      when: isOrOwed('camera-geolocation-notice', ['no']),
      provisions: ['lopdgdd-art-89-1', 'lopdgdd-art-90-2'],
    },
    { id: 'es-disconnection-policy', clause: 'health-safety-intensity', when: isOrOwed('disconnection-policy', ['no']), provisions: ['lopdgdd-art-88'] },
  ],
  terms: [
    'comite-de-empresa',
    'delegados-de-personal',
    'representacion-legal',
    'seccion-sindical',
    'convenio-colectivo',
    'informe-previo',
    'parametros-reglas-instrucciones',
    'desconexion-digital',
  ],
} as const satisfies JurisdictionLayer;
