/**
 * The Netherlands, on the EU layer: the works council's (ondernemingsraad) consent right over
 * rules on workers' personal data and on monitoring provisions, Wet op de ondernemingsraden
 * Art. 27(1)(k) and (l), its advice right on important technological provisions (Art. 25(1)(k)),
 * and its right to information (Art. 31).
 *
 * Facts and flags come from `shared/design/legal-verification-br-ke-ng-in-kr-eu-national.md`
 * §6.5, §7.6 and §8 (trap 24): [V] 'verified', [V-sec] 'secondary', [K] 'known', [?] 'uncertain'.
 * Nothing here was read on wetten.overheid.nl itself; the link is the act's page there (BWB
 * identifier [K]), with no per-article anchor. The notes name no UAVG provision, so none is cited.
 * The consent right belongs to the works council (from 50 persons), not to a staff
 * representation (PVT) and not to the union: the answers say which one the workplace has.
 * Words are in `locales/<lang>/law-eu-nl.json`. Ids are permanent.
 */
import { type Condition } from '../../src/engine/flow-types.ts';
import type { JurisdictionLayer } from '../../src/engine/layers.ts';
import { isOrGap } from '../../src/engine/condition-builders.ts';

const WOR_URL = 'https://wetten.overheid.nl/BWBR0002747/';
const REVIEWED = '2026-11-30';

const CONSENT = 'nl-works-council-consent';
const ADVICE = 'nl-works-council-advice';

/** The works council has not consented (asked and pending, refused, not asked, or not said). */
const NO_CONSENT = isOrGap(CONSENT, ['requested', 'no']);

/**
 * A provision aimed at or suitable for observing or checking attendance, behaviour or
 * performance (Art. 27(1)(l)): the kinds of system the regulator and the SER give as examples,
 * or a system management says sets work targets or reaches beyond working time.
 */
const MONITORING_CAPABLE: Condition = {
  any: [
    { category: ['monitoring', 'location', 'biometrics', 'performance', 'scheduling'] },
    { question: 'work-pace-targets', is: ['yes'] },
    { question: 'off-duty-collection', is: ['yes'] },
  ],
};

export const EU_NL_OVERLAY = {
  id: 'eu-nl',
  extends: 'eu',
  instruments: [{ id: 'wor', url: WOR_URL }],
  provisions: [
    { id: 'wor-art-27-1-k', instrument: 'wor', kind: 'article', pinpoint: '27(1)(k)', url: WOR_URL, verification: 'secondary', reviewed: REVIEWED },
    { id: 'wor-art-27-1-l', instrument: 'wor', kind: 'article', pinpoint: '27(1)(l)', url: WOR_URL, verification: 'secondary', reviewed: REVIEWED },
    // The cao exception, the subdistrict court's substitute consent and nullity, as the notes group them [K].
    { id: 'wor-art-27-3-5', instrument: 'wor', kind: 'article', pinpoint: '27(3)–(5)', url: WOR_URL, verification: 'known', reviewed: REVIEWED },
    { id: 'wor-art-25-1-k', instrument: 'wor', kind: 'article', pinpoint: '25(1)(k)', url: WOR_URL, verification: 'secondary', reviewed: REVIEWED },
    { id: 'wor-art-31', instrument: 'wor', kind: 'article', pinpoint: '31', url: WOR_URL, verification: 'known', reviewed: REVIEWED, discloses: true },
    { id: 'wor-art-2', instrument: 'wor', kind: 'article', pinpoint: '2', url: WOR_URL, verification: 'known', reviewed: REVIEWED },
  ],
  backing: {
    'inactive-functions': ['wor-art-27-1-l'],
    'union-information': ['wor-art-31'],
    'impact-assessment-shared': ['wor-art-31'],
    [CONSENT]: ['wor-art-27-1-k', 'wor-art-27-1-l', 'wor-art-27-3-5', 'wor-art-2'],
    [ADVICE]: ['wor-art-25-1-k'],
  },
  addQuestions: [
    {
      after: 'consultation',
      question: { id: CONSENT, stage: 'governance', options: ['yes', 'requested', 'no', 'cao', 'no-works-council'] },
    },
    {
      after: CONSENT,
      question: {
        id: ADVICE,
        stage: 'governance',
        options: ['yes', 'no'],
        // Without a works council there is no advice right to ask about.
        showIf: { not: { question: CONSENT, is: ['no-works-council'] } },
      },
    },
  ],
  ruleBases: {},
  addRules: [
    // No introduction without the works council's consent: a regulation on workers' personal data ...
    { id: 'nl-works-council-consent', clause: 'consultation', when: NO_CONSENT, provisions: ['wor-art-27-1-k', 'wor-art-27-3-5'] },
    // ... and, for a system able to observe or check workers, a monitoring provision.
    {
      id: 'nl-works-council-consent-monitoring',
      clause: 'consultation',
      when: { all: [NO_CONSENT, MONITORING_CAPABLE] },
      provisions: ['wor-art-27-1-l'],
    },
    { id: 'nl-works-council-advice', clause: 'consultation', when: isOrGap(ADVICE, ['no']), provisions: ['wor-art-25-1-k'] },
    // Switching on a dormant monitoring function changes the monitoring regulation: consent again,
    // unless there is no works council or the cao settles the matter.
    {
      id: 'nl-activation-consent',
      clause: 'no-activation-without-agreement',
      when: { all: [isOrGap('inactive-functions', ['yes']), { not: { question: CONSENT, is: ['no-works-council', 'cao'] } }] },
      provisions: ['wor-art-27-1-l'],
    },
  ],
  terms: [
    'nl-ondernemingsraad',
    'nl-personeelsvertegenwoordiging',
    'nl-instemmingsrecht',
    'nl-adviesrecht',
    'nl-personeelsvolgsysteem',
    'nl-cao',
    'nl-kantonrechter',
    'nl-autoriteit-persoonsgegevens',
  ],
} as const satisfies JurisdictionLayer;
