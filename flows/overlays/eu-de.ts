/**
 * Germany, stacked on the EU layer: the Works Constitution Act (Betriebsverfassungsgesetz, BetrVG)
 * and the Federal Data Protection Act (Bundesdatenschutzgesetz, BDSG).
 *
 * Legal facts come only from `shared/design/legal-verification-br-ke-ng-in-kr-eu-national.md`
 * §6.1, §7.6 and §8 (traps 18–20), which correct `legal-research.md` §5.16. Flags map as
 * [V] → 'verified', [V-sec] → 'secondary', [K] → 'known', [?] → 'uncertain'. No per-section
 * link on gesetze-im-internet.de was tested, so every provision links to the act's own page.
 *
 * Every right here runs through a works council (Betriebsrat): where there is none, BetrVG gives
 * nothing (trap 18). So the BetrVG bases are not added to the core rules wholesale: each is
 * carried by a rule of this overlay that holds only while a works council is not said to be
 * absent. BDSG §26(1) sentence 1 is shown beside the legal-basis question as what it is since
 * CJEU C-34/21, inapplicable, and is never a clause's basis (trap 20).
 * Words: `locales/<lang>/law-eu-de.json`. Ids are permanent.
 */
import { type Condition } from '../../src/engine/flow-types.ts';
import type { JurisdictionLayer } from '../../src/engine/layers.ts';
import { isOrGap, isOrOwed } from '../../src/engine/condition-builders.ts';

const BETRVG_URL = 'https://www.gesetze-im-internet.de/betrvg/';
const BDSG_URL = 'https://www.gesetze-im-internet.de/bdsg_2018/';
const REVIEWED = '2026-11-30';

/** A works council exists, or at least nobody has said there is none. */
const WORKS_COUNCIL: Condition = { not: { question: 'works-council-agreement', is: ['no-works-council'] } };
const DECIDES: Condition = { question: 'automated-decisions', is: ['solely', 'partly'] };
const PROFILES: Condition = { question: 'inferences-profiles', is: ['yes'] };

export const EU_DE_OVERLAY = {
  id: 'eu-de',
  extends: 'eu',
  instruments: [
    { id: 'betrvg', url: BETRVG_URL },
    { id: 'bdsg', url: BDSG_URL },
  ],
  provisions: [
    { id: 'betrvg-s-87-1-6', instrument: 'betrvg', kind: 'paragraph', pinpoint: '87(1) no. 6', url: BETRVG_URL, verification: 'secondary', reviewed: REVIEWED },
    { id: 'betrvg-s-87-2', instrument: 'betrvg', kind: 'paragraph', pinpoint: '87(2)', url: BETRVG_URL, verification: 'known', reviewed: REVIEWED },
    { id: 'betrvg-s-80-2', instrument: 'betrvg', kind: 'paragraph', pinpoint: '80(2)', url: BETRVG_URL, verification: 'known', reviewed: REVIEWED, discloses: true },
    { id: 'betrvg-s-80-3', instrument: 'betrvg', kind: 'paragraph', pinpoint: '80(3)', url: BETRVG_URL, verification: 'secondary', reviewed: REVIEWED },
    { id: 'betrvg-s-40', instrument: 'betrvg', kind: 'paragraph', pinpoint: '40', url: BETRVG_URL, verification: 'known', reviewed: REVIEWED },
    { id: 'betrvg-s-90-1-3', instrument: 'betrvg', kind: 'paragraph', pinpoint: '90(1) no. 3', url: BETRVG_URL, verification: 'secondary', reviewed: REVIEWED, discloses: true },
    { id: 'betrvg-s-90-2', instrument: 'betrvg', kind: 'paragraph', pinpoint: '90(2)', url: BETRVG_URL, verification: 'secondary', reviewed: REVIEWED },
    { id: 'betrvg-s-94', instrument: 'betrvg', kind: 'paragraph', pinpoint: '94', url: BETRVG_URL, verification: 'known', reviewed: REVIEWED },
    { id: 'betrvg-s-95-1', instrument: 'betrvg', kind: 'paragraph', pinpoint: '95(1)', url: BETRVG_URL, verification: 'secondary', reviewed: REVIEWED },
    { id: 'betrvg-s-95-2a', instrument: 'betrvg', kind: 'paragraph', pinpoint: '95(2a)', url: BETRVG_URL, verification: 'secondary', reviewed: REVIEWED },
    { id: 'bdsg-s-26-1', instrument: 'bdsg', kind: 'paragraph', pinpoint: '26(1) sentence 1', url: BDSG_URL, verification: 'secondary', reviewed: REVIEWED },
  ],
  backing: {
    'legal-basis': ['bdsg-s-26-1'],
    'inactive-functions': ['betrvg-s-87-1-6'],
    consultation: ['betrvg-s-87-1-6'],
    'works-council-agreement': ['betrvg-s-87-1-6', 'betrvg-s-87-2'],
    'works-council-planning-information': ['betrvg-s-90-1-3', 'betrvg-s-90-2', 'betrvg-s-80-2'],
    'works-council-expert': ['betrvg-s-80-3', 'betrvg-s-40'],
    'selection-guidelines-consent': ['betrvg-s-95-1', 'betrvg-s-95-2a'],
    'assessment-principles-consent': ['betrvg-s-94'],
  },
  addQuestions: [
    // Asked of every system: the "objectively suitable" test catches ordinary office software.
    { after: 'consultation', question: { id: 'works-council-agreement', stage: 'governance', options: ['yes', 'no', 'no-works-council'] } },
    {
      after: 'works-council-agreement',
      question: { id: 'works-council-planning-information', stage: 'governance', options: ['yes', 'partly', 'no'], showIf: WORKS_COUNCIL },
    },
    { after: 'works-council-planning-information', question: { id: 'works-council-expert', stage: 'governance', options: ['yes', 'no'], showIf: WORKS_COUNCIL } },
    {
      after: 'works-council-expert',
      question: {
        id: 'selection-guidelines-consent',
        stage: 'governance',
        options: ['yes', 'no'],
        showIf: { all: [WORKS_COUNCIL, { any: [{ category: ['hiring', 'performance'] }, DECIDES] }] },
      },
    },
    {
      after: 'selection-guidelines-consent',
      question: {
        id: 'assessment-principles-consent',
        stage: 'governance',
        options: ['yes', 'no'],
        showIf: { all: [WORKS_COUNCIL, { any: [{ category: ['performance'] }, PROFILES, { question: 'pay-linked-scores', is: ['yes'] }] }] },
      },
    },
  ],
  // The BetrVG bases depend on a works council: they come with this overlay's rules below.
  ruleBases: {},
  addRules: [
    // No introduction or use without the works council's agreement (§87(1) no. 6; the Einigungsstelle, §87(2)).
    {
      id: 'de-works-council-agreement',
      clause: 'consultation',
      when: isOrOwed('works-council-agreement', ['no']),
      provisions: ['betrvg-s-87-1-6', 'betrvg-s-87-2'],
    },
    // A monitoring-capable function switched on later is co-determined too.
    {
      id: 'de-no-activation-without-works-council',
      clause: 'no-activation-without-agreement',
      when: { all: [isOrGap('inactive-functions', ['yes']), WORKS_COUNCIL] },
      provisions: ['betrvg-s-87-1-6'],
    },
    {
      id: 'de-planning-information',
      clause: 'advance-notice',
      when: isOrOwed('works-council-planning-information', ['partly', 'no']),
      provisions: ['betrvg-s-90-1-3', 'betrvg-s-80-2'],
    },
    {
      id: 'de-planning-consultation',
      clause: 'consultation',
      when: isOrOwed('works-council-planning-information', ['partly', 'no']),
      provisions: ['betrvg-s-90-2'],
    },
    // The expert at the employer's cost; deemed necessary where AI is assessed (§80(3) sentences 2–3, §40).
    { id: 'de-works-council-expert', clause: 'union-expert', when: WORKS_COUNCIL, provisions: ['betrvg-s-80-3', 'betrvg-s-40'] },
    {
      id: 'de-selection-guidelines',
      clause: 'consultation',
      when: isOrOwed('selection-guidelines-consent', ['no']),
      provisions: ['betrvg-s-95-1', 'betrvg-s-95-2a'],
    },
    {
      id: 'de-assessment-principles',
      clause: 'consultation',
      when: isOrOwed('assessment-principles-consent', ['no']),
      provisions: ['betrvg-s-94'],
    },
  ],
  terms: ['betriebsrat', 'betriebsvereinbarung', 'mitbestimmung', 'einigungsstelle', 'technische-einrichtung', 'sachverstaendiger'],
} as const satisfies JurisdictionLayer;
