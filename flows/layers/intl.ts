/**
 * The international baseline, for a workplace in any country without a layer of its own: the ILO
 * Code of Practice on the protection of workers' personal data (1997), the ILO Conventions the
 * notes characterise (C098, C158), Council of Europe Convention 108+ and Recommendation
 * CM/Rec(2015)5.
 *
 * Legal facts come only from `shared/design/legal-verification-uk-us-ca-au-intl.md` §5 and §7
 * (traps 23–24). Flags map [V] → 'verified', [V-sec] → 'secondary', [K] → 'known', [?] → 'uncertain'.
 * Words: `locales/<lang>/law-intl.json`. Ids are permanent.
 *
 * None of these instruments binds an employer (§5): the code and the Recommendation are soft law,
 * the Conventions bind the states that ratified them. So:
 * - they back the questions, as the standard the union can point to, and are never the basis of
 *   a clause: every rule keeps an empty basis, and each footnote says that no provision in the
 *   tool gives the right and the clause creates it by agreement (§5.4(b));
 * - none `discloses`: the letter asks each question as a request and cites no duty (§5.4(c));
 * - the words say each is a standard, not a legal duty, and that a Convention or 108+ binds only
 *   the states that are parties, which the tool does not know.
 * The code's paragraphs are cited with kind 'para' ("para. 6.14(1)"). Paragraphs 5.1–5.6 are
 * numbered from a 1996 press release (trap 23): their numbers are [K] even where the content is
 * [V-sec]; the flag kept is the row's first. Ranges the notes give as one row (5.2–5.3, 6.10–6.13,
 * 8.1–8.3, 11.1–11.8, 11.9–11.13) stay one provision, because the notes do not say which
 * paragraph holds which point. CM/Rec(2015)5: principle numbers in the final text are [K]
 * (15.1 on monitoring, 21 on safeguards, as the notes' open items name them).
 *
 * Links (none opened for this layer): the ILO's page for the code (seen by the notes); NORMLEX
 * for the Conventions (the C098 page was seen; C158's was not, so NORMLEX's home is linked);
 * the Council of Europe's data-protection page for 108+ (not opened) and its search page for the
 * Recommendation, as the notes advise.
 *
 * Not here: C193 (platform economy, adopted 12 June 2026), whose article numbers the notes could
 * not give [?]; Convention 108 (1981), for which the notes give no article; C087 and C135, which
 * the notes do not cover.
 */
import type { Condition, Provision, Verification } from '../../src/engine/flow-types.ts';
import type { JurisdictionLayer } from '../../src/engine/layers.ts';
import { isOrGap, isOrOwed } from '../../src/engine/condition-builders.ts';

const ILO_CODE_URL = 'https://www.ilo.org/public/english/protection/condtrav/publ/wc-code-97.htm';
const NORMLEX_C098_URL = 'https://normlex.ilo.org/dyn/normlex/en/f?p=1000%3A11300%3A0%3A%3ANO%3A11300%3AP11300_INSTRUMENT_ID%3A312243';
const NORMLEX_URL = 'https://normlex.ilo.org/';
const COE_DATA_PROTECTION_URL = 'https://www.coe.int/en/web/data-protection';
const COE_SEARCH_URL = 'https://search.coe.int/';
const REVIEWED = '2026-12-02';

function codePara(pinpoint: string, verification: Verification): Provision {
  const id = `ilo-code-para-${pinpoint.replace(/[^0-9]+/g, '-').replace(/-$/, '')}`;
  return { id, instrument: 'ilo-code-workers-data', kind: 'para', pinpoint, url: ILO_CODE_URL, verification, reviewed: REVIEWED };
}

function provision(id: string, instrument: string, kind: Provision['kind'], pinpoint: string, url: string, verification: Verification): Provision {
  return { id, instrument, kind, pinpoint, url, verification, reviewed: REVIEWED };
}

const MONITORED: Condition = { category: ['monitoring', 'location', 'biometrics', 'performance'] };
const DECIDES: Condition = { question: 'automated-decisions', is: ['solely', 'partly'] };
const PROFILES: Condition = { question: 'inferences-profiles', is: ['yes'] };

export const INTL_LAYER = {
  id: 'intl',
  instruments: [
    { id: 'ilo-code-workers-data', url: ILO_CODE_URL },
    { id: 'ilo-c098', url: NORMLEX_C098_URL },
    { id: 'ilo-c158', url: NORMLEX_URL },
    { id: 'coe-convention-108-plus', url: COE_DATA_PROTECTION_URL },
    { id: 'coe-rec-2015-5', url: COE_SEARCH_URL },
  ],
  provisions: [
    // ── ILO Code of Practice (1997) ────────────────────────────────────────────
    codePara('5.1', 'secondary'),
    codePara('5.2–5.3', 'secondary'),
    codePara('5.4', 'secondary'),
    codePara('5.5', 'secondary'),
    codePara('5.6', 'known'),
    codePara('5.8', 'known'),
    codePara('5.11–5.12', 'secondary'),
    codePara('5.13', 'secondary'),
    codePara('6.1', 'secondary'),
    codePara('6.10–6.13', 'verified'),
    codePara('6.14(1)', 'verified'),
    codePara('6.14(2)', 'verified'),
    codePara('6.14(3)', 'verified'),
    codePara('7.1', 'verified'),
    codePara('8.1–8.3', 'verified'),
    codePara('11.1–11.8', 'known'),
    codePara('11.9–11.13', 'verified'),
    codePara('12.1', 'verified'),
    // Opening read [V]; the rest [V-sec].
    codePara('12.2', 'verified'),
    // ── ILO Conventions (bind ratifying states) ─────────────────────────────────
    provision('ilo-c098-art-4', 'ilo-c098', 'article', '4', NORMLEX_C098_URL, 'secondary'),
    provision('ilo-c158-art-4', 'ilo-c158', 'article', '4', NORMLEX_URL, 'known'),
    provision('ilo-c158-art-7', 'ilo-c158', 'article', '7', NORMLEX_URL, 'known'),
    provision('ilo-c158-art-13', 'ilo-c158', 'article', '13', NORMLEX_URL, 'known'),
    // ── Council of Europe (bind parties; 108+ status [?]) ───────────────────────
    provision('coe-108-plus-art-9', 'coe-convention-108-plus', 'article', '9', COE_DATA_PROTECTION_URL, 'known'),
    provision('coe-rec-2015-5-para-15-1', 'coe-rec-2015-5', 'para', '15.1', COE_SEARCH_URL, 'known'),
    provision('coe-rec-2015-5-para-21', 'coe-rec-2015-5', 'para', '21', COE_SEARCH_URL, 'known'),
  ],
  backing: {
    // ── Collection ──
    'data-categories': ['ilo-code-para-6-1', 'ilo-code-para-5-1'],
    purpose: ['ilo-code-para-5-1', 'ilo-code-para-5-2-5-3'],
    'intl-monitoring-purpose': ['coe-rec-2015-5-para-15-1', 'ilo-code-para-5-4'],
    'special-category-data': ['ilo-code-para-6-10-6-13'],
    'special-category-basis': ['ilo-code-para-8-1-8-3'],
    'legal-basis': ['ilo-code-para-5-13'],
    'worker-notice': ['ilo-code-para-5-8'],
    'intl-monitoring-notice': ['ilo-code-para-6-14-1'],
    'intl-covert-monitoring': ['ilo-code-para-6-14-2'],
    'intl-continuous-monitoring': ['ilo-code-para-6-14-3'],
    'secondary-uses': ['ilo-code-para-5-2-5-3', 'ilo-code-para-5-4'],
    'inactive-functions': ['ilo-code-para-12-2'],
    // ── Analysis ──
    'inferences-profiles': ['ilo-code-para-11-9-11-13'],
    'emotion-recognition': ['ilo-code-para-6-10-6-13'],
    'automated-decisions': ['ilo-code-para-5-5', 'coe-108-plus-art-9', 'ilo-c158-art-7'],
    'human-review': ['ilo-code-para-5-5', 'ilo-c158-art-7'],
    'logic-explanation': ['coe-108-plus-art-9'],
    'intl-monitoring-sole-factor': ['ilo-code-para-5-6', 'ilo-c158-art-4'],
    'job-impact': ['ilo-c158-art-13'],
    // ── Storage and sharing ──
    'internal-access': ['ilo-code-para-8-1-8-3'],
    'breach-notice': ['ilo-code-para-7-1'],
    'retention-period': ['ilo-code-para-8-1-8-3'],
    'worker-access-requests': ['ilo-code-para-11-1-11-8'],
    // ── Off-boarding ──
    'correction-deletion': ['ilo-code-para-11-9-11-13'],
    // ── Governance ──
    'reps-views-sought': ['ilo-code-para-5-11-5-12'],
    'union-information': ['ilo-code-para-12-1', 'ilo-code-para-12-2'],
    consultation: ['ilo-code-para-12-2', 'coe-rec-2015-5-para-21', 'ilo-c098-art-4'],
  },
  addQuestions: [
    {
      // CM/Rec(2015)5 15.1: a system whose direct and principal purpose is monitoring should not be permitted (§5.4(a)).
      after: 'purpose',
      question: { id: 'intl-monitoring-purpose', stage: 'collection', options: ['yes', 'no'], showIf: { not: { category: ['hiring'] } } },
    },
    {
      // ILO code 6.14(1)–(3): notice in advance, secret monitoring, continuous monitoring (§5.4(a)).
      after: 'worker-notice',
      question: { id: 'intl-monitoring-notice', stage: 'collection', options: ['yes', 'partly', 'no'], showIf: MONITORED },
    },
    { after: 'intl-monitoring-notice', question: { id: 'intl-covert-monitoring', stage: 'collection', options: ['yes', 'no'], showIf: MONITORED } },
    { after: 'intl-covert-monitoring', question: { id: 'intl-continuous-monitoring', stage: 'collection', options: ['yes', 'no'], showIf: MONITORED } },
    {
      // ILO code 5.5–5.6: no decision on monitoring data alone (§5.4(a)).
      after: 'pay-linked-scores',
      question: {
        id: 'intl-monitoring-sole-factor',
        stage: 'analysis',
        options: ['yes', 'no'],
        showIf: { any: [DECIDES, PROFILES, { category: ['performance', 'monitoring'] }] },
      },
    },
  ],
  // Soft law and treaties binding states only: no clause rests on them (§5.4(b)).
  ruleBases: {},
  addRules: [
    { id: 'intl-monitoring-purpose', clause: 'purpose-limitation', when: isOrGap('intl-monitoring-purpose', ['yes']), provisions: [] },
    { id: 'intl-monitoring-purpose-minimisation', clause: 'data-minimisation', when: isOrGap('intl-monitoring-purpose', ['yes']), provisions: [], facts: { dataCategories: 'data-categories' } },
    { id: 'intl-monitoring-notice', clause: 'worker-notice-compliance', when: isOrOwed('intl-monitoring-notice', ['partly', 'no']), provisions: [] },
    { id: 'intl-covert-monitoring', clause: 'worker-notice-compliance', when: isOrGap('intl-covert-monitoring', ['yes']), provisions: [] },
    { id: 'intl-continuous-monitoring', clause: 'data-minimisation', when: isOrGap('intl-continuous-monitoring', ['yes']), provisions: [], facts: { dataCategories: 'data-categories' } },
    { id: 'intl-monitoring-sole-factor', clause: 'human-review', when: isOrGap('intl-monitoring-sole-factor', ['yes']), provisions: [] },
  ],
  terms: ['workers-representatives', 'ilo-code'],
} as const satisfies JurisdictionLayer;
