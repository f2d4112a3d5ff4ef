/**
 * Italy, on the EU layer: the Statuto dei lavoratori (L. 300/1970) Art. 4 on equipment able to
 * monitor workers at a distance, and the information duty on automated systems in Art. 1-bis of
 * D.Lgs. 152/1997 (inserted by the Decreto Trasparenza, D.Lgs. 104/2022, and narrowed by the
 * Decreto Lavoro, DL 48/2023, converted by L. 85/2023).
 *
 * Facts and flags come from `shared/design/legal-verification-br-ke-ng-in-kr-eu-national.md`
 * §6.4, §7.6 and §8 (trap 23), which correct `legal-research.md` §5.16: [V] 'verified',
 * [V-sec] 'secondary', [K] 'known', [?] 'uncertain'. Nothing here was read on Normattiva itself.
 * Links are the acts' Normattiva URN pages (the notes mark those links untested); no per-article
 * anchor is used. The AI law reported for 2025 is left out: the notes give neither its number nor
 * an article. Words are in `locales/<lang>/law-eu-it.json`. Ids are permanent.
 */
import { OUTSTANDING_STATUSES } from '../../src/engine/flow-types.ts';
import type { JurisdictionLayer } from '../../src/engine/layers.ts';
import { isOrGap } from '../../src/engine/condition-builders.ts';

const STATUTO_URL = 'https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:legge:1970-05-20;300';
const DLGS_152_1997_URL = 'https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto.legislativo:1997-05-26;152';
const REVIEWED = '2026-11-30';

const REMOTE_MONITORING = 'it-remote-monitoring-agreement';
const AUTOMATED_SYSTEMS = 'it-automated-systems-information';

export const EU_IT_OVERLAY = {
  id: 'eu-it',
  extends: 'eu',
  instruments: [
    { id: 'statuto-lavoratori', url: STATUTO_URL },
    { id: 'dlgs-152-1997', url: DLGS_152_1997_URL },
  ],
  provisions: [
    // Art. 4 as replaced by D.Lgs. 151/2015: the agreement (or authorisation) comes before installation.
    { id: 'statuto-art-4-1', instrument: 'statuto-lavoratori', kind: 'article', pinpoint: '4(1)', url: STATUTO_URL, verification: 'secondary', reviewed: REVIEWED },
    { id: 'statuto-art-4-2', instrument: 'statuto-lavoratori', kind: 'article', pinpoint: '4(2)', url: STATUTO_URL, verification: 'known', reviewed: REVIEWED },
    { id: 'statuto-art-4-3', instrument: 'statuto-lavoratori', kind: 'article', pinpoint: '4(3)', url: STATUTO_URL, verification: 'known', reviewed: REVIEWED },
    // The 2023 ruling (Art. 1-bis information withheld from unions = anti-union conduct) is [V-sec].
    { id: 'statuto-art-28', instrument: 'statuto-lavoratori', kind: 'article', pinpoint: '28', url: STATUTO_URL, verification: 'secondary', reviewed: REVIEWED },
    // Content [V-sec]; the item list and the 30-day written reply are [K]. Since DL 48/2023: fully automated systems only, trade secrets excluded.
    {
      id: 'dlgs-152-1997-art-1-bis',
      instrument: 'dlgs-152-1997',
      kind: 'article',
      pinpoint: '1-bis',
      url: DLGS_152_1997_URL,
      verification: 'secondary',
      reviewed: REVIEWED,
      discloses: true,
    },
  ],
  backing: {
    'worker-notice': ['statuto-art-4-3'],
    'secondary-uses': ['statuto-art-4-3'],
    [REMOTE_MONITORING]: ['statuto-art-4-1', 'statuto-art-4-2'],
    [AUTOMATED_SYSTEMS]: ['dlgs-152-1997-art-1-bis', 'statuto-art-28'],
  },
  addQuestions: [
    {
      after: 'consultation',
      question: {
        id: REMOTE_MONITORING,
        stage: 'governance',
        // Individual consent is an answer management gives, and never a substitute (INL note 2572/2023).
        options: ['agreement', 'authorisation', 'work-tool', 'individual-consent', 'none'],
      },
    },
    {
      after: REMOTE_MONITORING,
      question: {
        id: AUTOMATED_SYSTEMS,
        stage: 'governance',
        options: ['yes', 'workers-only', 'no', 'not-fully-automated', 'trade-secret'],
      },
    },
  ],
  ruleBases: {
    // Data from monitoring equipment and work tools serve employment purposes only if workers were properly informed.
    'worker-notice-compliance': ['statuto-art-4-3'],
  },
  addRules: [
    // No equipment able to monitor at a distance without the RSU/RSA agreement or the INL's authorisation.
    // A claimed work tool (Art. 4(2)) is not treated as a breach: the law exempts it, the union may contest it.
    {
      id: 'it-remote-monitoring-agreement',
      clause: 'consultation',
      when: isOrGap(REMOTE_MONITORING, ['individual-consent', 'none']),
      provisions: ['statuto-art-4-1'],
    },
    // Art. 1-bis information owed to the RSA/RSU; not where the employer invokes the post-2023 exclusions.
    {
      id: 'it-automated-systems-union',
      clause: 'collective-access',
      when: { any: [isOrGap(AUTOMATED_SYSTEMS, ['workers-only', 'no']), { question: AUTOMATED_SYSTEMS, status: OUTSTANDING_STATUSES }] },
      provisions: ['dlgs-152-1997-art-1-bis'],
    },
    // ... and to the workers themselves.
    {
      id: 'it-automated-systems-workers',
      clause: 'worker-notice-compliance',
      when: isOrGap(AUTOMATED_SYSTEMS, ['no']),
      provisions: ['dlgs-152-1997-art-1-bis'],
    },
  ],
  terms: [
    'it-rsu',
    'it-rsa',
    'it-ispettorato-nazionale-del-lavoro',
    'it-accordo-sindacale',
    'it-controllo-a-distanza',
    'it-strumenti-di-lavoro',
    'it-sistemi-integralmente-automatizzati',
    'it-garante',
  ],
} as const satisfies JurisdictionLayer;
