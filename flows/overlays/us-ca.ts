/**
 * California, stacked on the US federal layer: the CCPA as amended by the CPRA (Cal. Civ. Code
 * §1798.100 et seq.), which has covered employees, applicants and contractors since the HR
 * exemption expired on 1 Jan 2023; the CPPA regulations (11 CCR §7000 et seq.), with the
 * automated decision-making technology (ADMT) duties from 1 Jan 2027 for existing uses; and the
 * Labor and Penal Code provisions the notes verified. Legal facts come only from
 * `shared/design/legal-verification-uk-us-ca-au-intl.md` §2.2, §2.6, §6.2 and traps 9–10; flags map
 * [V] → 'verified', [V-sec] → 'secondary', [K] → 'known', [?] → 'uncertain'.
 * Words: `locales/<lang>/law-us-ca.json`. Ids are permanent.
 *
 * The CCPA binds only a "business" (§1798.140(d): revenue above the adjusted $25m, 100,000+
 * consumers or households, or half its revenue from selling or sharing): every CCPA and CPPA
 * provision applies only where management has not said the employer is not covered. The ADMT
 * provisions apply only where management has not said the system is not ADMT for a significant
 * decision; their start date, 1 Jan 2027 (§7200(b)), is only reported [V-sec], so it is marked
 * uncertain. The Civil Rights Council ADS regulations are left out: the notes give no section
 * numbers and their notice and human-review duties are contested [?]. SB 7 was vetoed and is not
 * cited: human decisions for discipline and dismissal must still be negotiated.
 *
 * Links: per-section pages on leginfo.legislature.ca.gov follow the pattern the notes give (not
 * opened); the CPPA regulations link to cppa.ca.gov/regulations/ (not opened).
 */
import type { Condition, Provision, Verification } from '../../src/engine/flow-types.ts';
import type { JurisdictionLayer } from '../../src/engine/layers.ts';
import { isOrOwed } from '../../src/engine/condition-builders.ts';
import { INFORMATION } from '../layers/us.ts';

const CPPA_URL = 'https://cppa.ca.gov/regulations/';
const REVIEWED = '2026-12-02';
const ADMT_FROM = '2027-01-01';

function leginfo(code: string, section: string): string {
  return `https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=${code}&sectionNum=${section}.`;
}

/** The employer is a CCPA "business", or at least management has not said it is not. */
const COVERED: Condition = { not: { question: 'ccpa-covered-business', is: ['not-covered'] } };
/** The system is ADMT for a significant decision, or at least management has not said it is not. */
const ADMT: Condition = { all: [COVERED, { not: { question: 'ccpa-admt-pre-use-notice', is: ['not-admt'] } }] };
const DECIDES: Condition = { question: 'automated-decisions', is: ['solely', 'partly'] };

/** A section of the Civil Code, linked to its own page (the section number without its subdivisions). */
function civilCode(id: string, pinpoint: string, verification: Verification): Provision {
  const section = pinpoint.replace(/\(.*$/, '');
  return { id, instrument: 'ccpa', kind: 'paragraph', pinpoint, url: leginfo('CIV', section), verification, reviewed: REVIEWED };
}

/** A CCPA duty: it binds only a covered business. */
function civ(id: string, pinpoint: string, verification: Verification, extra: Partial<Provision> = {}): Provision {
  return { ...civilCode(id, pinpoint, verification), appliesIf: COVERED, ...extra };
}

function ccr(id: string, pinpoint: string, extra: Partial<Provision> = {}): Provision {
  return { id, instrument: 'cppa-regulations', kind: 'paragraph', pinpoint, url: CPPA_URL, verification: 'secondary', reviewed: REVIEWED, appliesIf: COVERED, ...extra };
}

/**
 * An ADMT duty, from 1 Jan 2027 for existing uses (§7200(b)). The date is read in secondary
 * sources only, but nothing suggests the duties apply earlier: not `appliesFromUncertain`, so the
 * letter does not cite them as duties before that day.
 */
const ADMT_DUTY: Partial<Provision> = { appliesIf: ADMT, appliesFrom: ADMT_FROM };

export const US_CA_OVERLAY = {
  id: 'us-ca',
  extends: 'us',
  instruments: [
    { id: 'ccpa', url: leginfo('CIV', '1798.100'), numbering: 'as-written' },
    { id: 'cppa-regulations', url: CPPA_URL, numbering: 'as-written' },
    { id: 'cal-labor-code', url: leginfo('LAB', '435'), numbering: 'as-written' },
    { id: 'cal-penal-code', url: leginfo('PEN', '632'), numbering: 'as-written' },
  ],
  provisions: [
    // ── CCPA (Cal. Civ. Code) ────────────────────────────────────────────────
    civ('ccpa-1798-145-m-4', '1798.145(m)(4)', 'secondary'),
    // The rights of §§1798.100–.121: numbering [K], §1798.100(a) content [V-sec]; first flag [K].
    civ('ccpa-1798-100', '1798.100', 'known'),
    civ('ccpa-1798-105', '1798.105', 'known'),
    civ('ccpa-1798-106', '1798.106', 'known'),
    // The right to know: the letter may cite it for a worker or the union as their authorised agent (§2.6 (c)).
    civ('ccpa-1798-110', '1798.110', 'known', { discloses: true }),
    civ('ccpa-1798-115', '1798.115', 'known', { discloses: true }),
    civ('ccpa-1798-120', '1798.120', 'known'),
    civ('ccpa-1798-121', '1798.121', 'known'),
    civ('ccpa-1798-125-a-1-e', '1798.125(a)(1)(E)', 'verified'),
    civ('ccpa-1798-130', '1798.130', 'known'),
    // The coverage test itself binds unconditionally.
    civilCode('ccpa-1798-140-d', '1798.140(d)', 'secondary'),
    // ── CPPA regulations (11 CCR) ────────────────────────────────────────────
    ccr('cppa-7063', '7063', { verification: 'known' }),
    ccr('cppa-7001-e', '7001(e)'),
    ccr('cppa-7001-ddd-4', '7001(ddd)(4)'),
    ccr('cppa-7200-b', '7200(b)', ADMT_DUTY),
    ccr('cppa-7220', '7220', ADMT_DUTY),
    ccr('cppa-7221', '7221', ADMT_DUTY),
    ccr('cppa-7222', '7222', { ...ADMT_DUTY, discloses: true }),
    // Risk assessments, required since the package took effect (1 Jan 2026); existing processing by 31 Dec 2027.
    ccr('cppa-7150-b-3', '7150(b)(3)', { appliesIf: ADMT }),
    ccr('cppa-7150-b-4', '7150(b)(4)'),
    // ── Labor and Penal Codes: every employer in California ─────────────────
    { id: 'cal-lab-435', instrument: 'cal-labor-code', kind: 'paragraph', pinpoint: '435', url: leginfo('LAB', '435'), verification: 'verified', reviewed: REVIEWED },
    {
      id: 'cal-lab-1198-5',
      instrument: 'cal-labor-code',
      kind: 'paragraph',
      pinpoint: '1198.5',
      url: leginfo('LAB', '1198.5'),
      verification: 'secondary',
      reviewed: REVIEWED,
      discloses: true,
    },
    { id: 'cal-pen-632', instrument: 'cal-penal-code', kind: 'paragraph', pinpoint: '632', url: leginfo('PEN', '632'), verification: 'secondary', reviewed: REVIEWED },
  ],
  backing: {
    'data-categories': ['ccpa-1798-100', 'ccpa-1798-110', 'cal-pen-632'],
    purpose: ['ccpa-1798-100'],
    'special-category-data': ['ccpa-1798-121'],
    'worker-notice': ['ccpa-1798-100', 'ccpa-1798-145-m-4'],
    'ccpa-covered-business': ['ccpa-1798-140-d', 'ccpa-1798-145-m-4'],
    'off-duty-collection': ['cal-lab-435', 'cal-pen-632'],
    'union-activity-tracking': ['ccpa-1798-121'],
    'inferences-profiles': ['cppa-7150-b-4'],
    'automated-decisions': ['cppa-7001-e', 'cppa-7001-ddd-4'],
    'human-review': ['cppa-7221', 'cppa-7001-e'],
    'human-reviewer': ['cppa-7001-e'],
    'logic-explanation': ['cppa-7222'],
    'ccpa-admt-pre-use-notice': ['cppa-7220', 'cppa-7200-b', 'cppa-7001-ddd-4', ...INFORMATION],
    'ccpa-admt-opt-out': ['cppa-7221', ...INFORMATION],
    'third-party-use': ['ccpa-1798-120'],
    'retention-period': ['ccpa-1798-100'],
    'worker-access-requests': ['ccpa-1798-110', 'ccpa-1798-115', 'ccpa-1798-130', 'cppa-7063', 'cal-lab-1198-5'],
    'correction-deletion': ['ccpa-1798-105', 'ccpa-1798-106'],
    'leavers-data': ['ccpa-1798-105', 'cal-lab-1198-5'],
    'training-reuse': ['ccpa-1798-120'],
    'impact-assessment': ['cppa-7150-b-3', 'cppa-7150-b-4'],
  },
  addQuestions: [
    { after: 'worker-notice', question: { id: 'ccpa-covered-business', stage: 'collection', options: ['covered', 'not-covered'] } },
    {
      // §2.6 (a) 5: which systems are ADMT for significant decisions, and the Pre-use Notice.
      after: 'logic-explanation',
      question: {
        id: 'ccpa-admt-pre-use-notice',
        stage: 'analysis',
        options: ['notice-ready', 'in-preparation', 'no', 'not-admt'],
        showIf: { all: [COVERED, { any: [DECIDES, { category: ['hiring', 'scheduling', 'performance'] }] }] },
      },
    },
    {
      // §7221: an opt-out, or instead a human appeal, or an exception claimed for hiring or work allocation (trap 9).
      after: 'ccpa-admt-pre-use-notice',
      question: {
        id: 'ccpa-admt-opt-out',
        stage: 'analysis',
        options: ['opt-out', 'human-appeal', 'exception-claimed', 'none'],
        showIf: { question: 'ccpa-admt-pre-use-notice', is: ['notice-ready', 'in-preparation', 'no'] },
      },
    },
  ],
  ruleBases: {
    'worker-notice-compliance': ['ccpa-1798-100'],
    'individual-access': ['ccpa-1798-110', 'ccpa-1798-115', 'ccpa-1798-105', 'ccpa-1798-106', 'ccpa-1798-130', 'cppa-7063', 'cal-lab-1198-5'],
    'retention-deletion': ['ccpa-1798-100', 'ccpa-1798-105'],
    'no-sale-no-training': ['ccpa-1798-120'],
    // Sensitive personal information includes union membership, biometrics, precise geolocation and message contents.
    'special-category-safeguards': ['ccpa-1798-121'],
    'no-union-activity-profiling': ['ccpa-1798-121'],
    'no-off-duty-monitoring': ['cal-lab-435'],
    'redress-no-retaliation': ['ccpa-1798-125-a-1-e'],
    'joint-impact-assessment': ['cppa-7150-b-3', 'cppa-7150-b-4'],
    'explanation-of-decisions': ['cppa-7222'],
    // The opt-out or the human appeal covers ADMT that replaces human decision-making, not partly automated decisions.
    'human-review-solely': ['cppa-7221'],
  },
  addRules: [
    {
      id: 'ca-admt-pre-use-notice',
      clause: 'worker-notice-compliance',
      when: isOrOwed('ccpa-admt-pre-use-notice', ['in-preparation', 'no']),
      provisions: ['cppa-7220', 'cppa-7200-b'],
    },
    {
      id: 'ca-admt-access',
      clause: 'explanation-of-decisions',
      when: isOrOwed('ccpa-admt-pre-use-notice', ['in-preparation', 'no']),
      provisions: ['cppa-7222'],
    },
    {
      // An exception claimed, or nothing offered: the clause's human decision, on the §7221 appeal as far as it goes.
      id: 'ca-admt-human-appeal',
      clause: 'human-review',
      when: isOrOwed('ccpa-admt-opt-out', ['exception-claimed', 'none']),
      provisions: ['cppa-7221'],
    },
  ],
  terms: ['cppa', 'admt', 'significant-decision', 'authorized-agent'],
} as const satisfies JurisdictionLayer;
