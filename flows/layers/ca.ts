/**
 * Canada (federal): what PIPEDA (S.C. 2000, c. 5) and the technological-change rules of the Canada
 * Labour Code (R.S.C. 1985, c. L-2, ss. 51–55) change in the core checklist. Legal facts come only
 * from `shared/design/legal-verification-uk-us-ca-au-intl.md` §3.1, §3.6, §6.3 and traps 16–18,
 * which correct `legal-research.md` §5.6. Flags map [V] verified, [V-sec] secondary, [K] known,
 * [?] uncertain (the first flag of each row). Words: `locales/<lang>/law-ca.json`. Ids are permanent.
 *
 * Canada is four regimes (trap 16), so the first thing asked is which one covers the employer.
 * PIPEDA reaches employees' information only in a federal work, undertaking or business (s. 4(1)(b)):
 * banks, telecoms, broadcasting, interprovincial transport, aviation, and private employers in the
 * territories. Every PIPEDA provision therefore binds only when the employer is said to be federally
 * regulated (`appliesIf`); elsewhere the clauses stand on no provision of this layer, and a province's
 * overlay (Quebec, Ontario) says what its own law adds, which for Ontario is very little.
 * The Canada Labour Code technological-change regime binds only a federally regulated employer bound
 * by a collective agreement that has no technological-change procedure of its own (s. 51; trap 18).
 *
 * Links (none invented): both acts link to their own page on laws-lois.justice.gc.ca, the official
 * site the notes give. The PIPEDA page was not opened by the notes. The s. 52 page the notes read
 * (`/eng/acts/L-2/page-26.html`) is a copy current only to 2012, and those page numbers move when the
 * Code is amended, so the Code's own page is linked instead. Neither link was opened for this layer.
 *
 * Not included: the OPC's "Privacy in the Workplace" guidance and the 2023 FPT resolution (soft law,
 * not to be cited as obliging anyone); Bill C-27 (died 6 Jan 2025) and the reported Bill C-36 [?].
 */
import type { Condition, Provision, Verification } from '../../src/engine/flow-types.ts';
import type { JurisdictionLayer } from '../../src/engine/layers.ts';
import { isOrOwed } from '../../src/engine/condition-builders.ts';

const PIPEDA_URL = 'https://laws-lois.justice.gc.ca/eng/acts/P-8.6/';
const CLC_URL = 'https://laws-lois.justice.gc.ca/eng/acts/L-2/';
const REVIEWED = '2026-12-02';

/**
 * The employer is a federal work, undertaking or business, or a private employer in the territories,
 * or at least nobody has said it is provincially regulated (unanswered, the federal acts still apply).
 */
export const CA_FEDERAL: Condition = { not: { question: 'ca-federally-regulated', is: ['provincial'] } };

/** A collective agreement binds the employer with no technological-change procedure of its own (or not said otherwise). */
const AGREEMENT_WITHOUT_PROCEDURE: Condition = { not: { question: 'ca-collective-agreement', is: ['own-procedure', 'no-agreement'] } };

/** Sections 52 and 54–55 bind: federal, bound by such an agreement, and not said to be no technological change. */
const TECH_CHANGE_REGIME: Condition = { all: [CA_FEDERAL, AGREEMENT_WITHOUT_PROCEDURE] };
const TECH_CHANGE: Condition = { all: [TECH_CHANGE_REGIME, { not: { question: 'ca-tech-change-notice', is: ['not-tech-change'] } }] };

type Extra = Partial<Pick<Provision, 'discloses' | 'appliesIf'>>;

function provision(id: string, instrument: string, kind: Provision['kind'], pinpoint: string, url: string, verification: Verification, extra: Extra): Provision {
  return { id, instrument, kind, pinpoint, url, verification, reviewed: REVIEWED, ...extra };
}

/** A section of PIPEDA: it binds only a federally regulated employer. */
function pipeda(id: string, pinpoint: string, verification: Verification, extra: Extra = {}): Provision {
  return provision(id, 'pipeda', 'section', pinpoint, PIPEDA_URL, verification, { appliesIf: CA_FEDERAL, ...extra });
}

/** A principle of PIPEDA Schedule 1 (the CSA model code, numbered 4.1–4.10): federal only, and [K] here. */
function principle(number: string, extra: Extra = {}): Provision {
  return provision(`pipeda-sch-1-${number.replace('.', '-')}`, 'pipeda-schedule-1', 'principle', number, PIPEDA_URL, 'known', { appliesIf: CA_FEDERAL, ...extra });
}

function code(id: string, pinpoint: string, verification: Verification, appliesIf: Condition, extra: Extra = {}): Provision {
  return provision(id, 'clc', 'section', pinpoint, CLC_URL, verification, { appliesIf, ...extra });
}

export const CA_LAYER = {
  id: 'ca',
  instruments: [
    { id: 'pipeda', url: PIPEDA_URL },
    { id: 'pipeda-schedule-1', url: PIPEDA_URL },
    { id: 'clc', url: CLC_URL },
  ],
  provisions: [
    // ── PIPEDA ──────────────────────────────────────────────────────────────
    // The scope rule itself: shown beside the regime question whatever the answer.
    provision('pipeda-s-4-1-b', 'pipeda', 'section', '4(1)(b)', PIPEDA_URL, 'secondary', {}),
    pipeda('pipeda-s-5-3', '5(3)', 'known'),
    pipeda('pipeda-s-7-3', '7.3', 'known'),
    // Owed to each worker, not to the union; the notes' letter list (§3.6(c)) cites it as a duty.
    pipeda('pipeda-s-8-3', '8(3)', 'known', { discloses: true }),
    principle('4.1'),
    principle('4.2'),
    principle('4.3'),
    principle('4.4'),
    principle('4.5'),
    principle('4.6'),
    principle('4.7'),
    principle('4.8'),
    principle('4.9', { discloses: true }),
    principle('4.10'),
    // ── Canada Labour Code, technological change ───────────────────────────
    // s. 51 [K]: the definition, and the exemption where the agreement has its own procedure.
    code('clc-s-51', '51', 'known', CA_FEDERAL),
    // s. 52(1)–(3) read [V], on a copy current to 2012 (trap 18): the notice and its contents…
    code('clc-s-52-1-2', '52(1)–(2)', 'verified', TECH_CHANGE),
    // …and the detailed written statement, with the rationale, on request: a duty to answer the union.
    code('clc-s-52-3', '52(3)', 'verified', TECH_CHANGE, { discloses: true }),
    code('clc-s-54', '54', 'secondary', TECH_CHANGE),
    code('clc-s-55', '55', 'known', TECH_CHANGE),
  ],
  backing: {
    // ── Collection ──
    'data-categories': ['pipeda-sch-1-4-4', 'pipeda-sch-1-4-8'],
    'ca-federally-regulated': ['pipeda-s-4-1-b'],
    'ca-collective-agreement': ['clc-s-51'],
    purpose: ['pipeda-sch-1-4-2', 'pipeda-s-5-3'],
    'special-category-data': ['pipeda-sch-1-4-7'],
    'special-category-basis': ['pipeda-sch-1-4-3', 'pipeda-sch-1-4-7'],
    'legal-basis': ['pipeda-s-7-3', 'pipeda-sch-1-4-3'],
    'worker-notice': ['pipeda-s-7-3', 'pipeda-sch-1-4-8'],
    'off-duty-collection': ['pipeda-s-5-3', 'pipeda-sch-1-4-4'],
    'secondary-uses': ['pipeda-sch-1-4-5', 'pipeda-sch-1-4-2'],
    // ── Analysis: no automated-decision or explanation right outside Quebec (§3.6(b)) ──
    'emotion-recognition': ['pipeda-s-5-3'],
    'job-impact': ['clc-s-52-1-2', 'clc-s-54'],
    'ca-tech-change-notice': ['clc-s-51', 'clc-s-52-1-2'],
    'ca-tech-change-statement': ['clc-s-52-3'],
    // ── Storage and sharing ──
    'storage-location': ['pipeda-sch-1-4-1'],
    'cross-border-transfers': ['pipeda-sch-1-4-1'],
    'transfer-safeguards': ['pipeda-sch-1-4-1'],
    'vendor-involved': ['pipeda-sch-1-4-1'],
    'vendor-contract': ['pipeda-sch-1-4-1'],
    'third-party-use': ['pipeda-sch-1-4-5', 'pipeda-sch-1-4-3'],
    'breach-notice': ['pipeda-sch-1-4-7'],
    'retention-period': ['pipeda-sch-1-4-5'],
    'worker-access-requests': ['pipeda-sch-1-4-9', 'pipeda-s-8-3'],
    // ── Off-boarding ──
    'correction-deletion': ['pipeda-sch-1-4-6', 'pipeda-sch-1-4-9'],
    'leavers-data': ['pipeda-sch-1-4-5'],
    'training-reuse': ['pipeda-sch-1-4-5'],
    // ── Governance: no impact-assessment duty and no duty to consult in privacy law (§3.6(b)) ──
    'union-information': ['clc-s-52-3'],
    'audit-review': ['pipeda-sch-1-4-1'],
  },
  addQuestions: [
    // "First decide which regime applies" (§3): asked at the start, the same answer for every system.
    { after: 'data-categories', question: { id: 'ca-federally-regulated', stage: 'collection', options: ['federal', 'provincial'] } },
    {
      after: 'ca-federally-regulated',
      question: { id: 'ca-collective-agreement', stage: 'collection', options: ['no-own-procedure', 'own-procedure', 'no-agreement'], showIf: CA_FEDERAL },
    },
    {
      after: 'job-impact',
      question: { id: 'ca-tech-change-notice', stage: 'analysis', options: ['notice-given', 'no-notice', 'not-tech-change'], showIf: TECH_CHANGE_REGIME },
    },
    { after: 'ca-tech-change-notice', question: { id: 'ca-tech-change-statement', stage: 'analysis', options: ['yes', 'no'], showIf: TECH_CHANGE } },
  ],
  ruleBases: {
    'advance-notice': ['clc-s-52-1-2'],
    'worker-notice-compliance': ['pipeda-s-7-3', 'pipeda-sch-1-4-8'],
    // `consultation` has no basis: no privacy law gives the union a say, and s. 52 is a notice, not consultation.
    'purpose-limitation': ['pipeda-sch-1-4-2', 'pipeda-sch-1-4-5', 'pipeda-s-5-3'],
    'no-emotion-recognition': ['pipeda-s-5-3'],
    'no-off-duty-monitoring': ['pipeda-s-5-3', 'pipeda-sch-1-4-4'],
    'data-minimisation': ['pipeda-sch-1-4-4', 'pipeda-s-5-3'],
    'no-consent-reliance': ['pipeda-s-7-3'],
    'special-category-safeguards': ['pipeda-sch-1-4-7'],
    // Human review, explanation, impact assessment and bias audit: no right in federal law (§3.6(b)), negotiate them.
    'individual-access': ['pipeda-sch-1-4-9', 'pipeda-s-8-3'],
    'retention-deletion': ['pipeda-sch-1-4-5'],
    'no-sale-no-training': ['pipeda-sch-1-4-5', 'pipeda-sch-1-4-3'],
    'vendor-safeguards': ['pipeda-sch-1-4-1'],
    'cross-border-transfers': ['pipeda-sch-1-4-1'],
    'security-breach-notice': ['pipeda-sch-1-4-7'],
    'job-security': ['clc-s-54', 'clc-s-55'],
    'redress-no-retaliation': ['pipeda-sch-1-4-10'],
  },
  addRules: [
    // No 120-day notice of a technological change, or management will not say (s. 52(1)–(2)).
    {
      id: 'ca-technological-change-notice',
      clause: 'advance-notice',
      when: isOrOwed('ca-tech-change-notice', ['no-notice']),
      provisions: ['clc-s-52-1-2'],
    },
    // The detailed statement, with the rationale, refused or not yet given (s. 52(3)).
    {
      id: 'ca-technological-change-statement',
      clause: 'collective-access',
      when: isOrOwed('ca-tech-change-statement', ['no']),
      provisions: ['clc-s-52-3'],
    },
  ],
  // Terms are defined in every Canadian agreement, the provinces' too: only those that hold there as well.
  terms: ['technological-change', 'bargaining-agent'],
} as const satisfies JurisdictionLayer;
