/**
 * Brazil: what the LGPD (Lei 13.709/2018) and the CLT (Decreto-Lei 5.452/1943) change in the core
 * checklist. Legal facts come only from `shared/design/legal-verification-br-ke-ng-in-kr-eu-national.md`
 * (§1 Brazil, §7.1, §8 traps 4–7), and from `legal-research.md` §5.7 where §7.1 does not correct it.
 * Flags map [V] verified, [V-sec] secondary, [K] known, [?] uncertain: the first flag of each row.
 * Words: `locales/<lang>/law-br.json`.
 *
 * Links: the Planalto compiled texts of the LGPD and of the CLT, the official bases the notes give.
 * Neither was opened by the notes (the LGPD was read in a reproduction of the Planalto text, the
 * CLT's Art. 611-A in a course reproduction), and no per-article anchor was tested, so every
 * provision links to its act's page. The ANPD's own page is not linked: no resolution is cited.
 *
 * What the law does not give (notes §1.3), so the rule carries no basis and the clause creates it:
 * no duty to inform, consult or bargain with the union before a system is introduced; no human
 * review of automated decisions (the natural-person wording was removed and its return vetoed,
 * trap 5: Art. 20 is cited for the review and the criteria only, and only where management does
 * not say the decision is partly automated or not automated: `appliesIf`); no general right to object
 * (Art. 18 §2 reaches only processing that breaches the LGPD, trap 4); no impact report the union
 * can demand (Art. 38: only the ANPD, trap 6); no union right of access (Art. 18 §3: a member's
 * mandate); no duty to tell the union of incidents.
 *
 * Letter (notes §1.4): only Art. 18 I, II, VII, VIII, Art. 18 §4, Art. 19, Art. 20 §1 and Art. 41
 * oblige an answer, owed to the worker or to the union acting under signed mandates; they alone
 * carry `discloses`. Arts 6, 7, 11, 37, 46, 48 are obligations, not a duty to answer the union;
 * Art. 38 and CLT Art. 611-A oblige nothing the union can invoke.
 */
import type { Condition, Provision, Verification } from '../../src/engine/flow-types.ts';
import type { JurisdictionLayer } from '../../src/engine/layers.ts';
import { isOrGap, owed } from '../../src/engine/condition-builders.ts';

const LGPD_URL = 'https://www.planalto.gov.br/ccivil_03/_ato2015-2018/2018/lei/l13709.htm';
const CLT_URL = 'https://www.planalto.gov.br/ccivil_03/decreto-lei/del5452.htm';
const REVIEWED = '2026-12-02';

function article(id: string, instrument: 'lgpd' | 'clt', pinpoint: string, verification: Verification, extra: Partial<Pick<Provision, 'discloses' | 'appliesIf'>> = {}): Provision {
  const url = instrument === 'lgpd' ? LGPD_URL : CLT_URL;
  return { id, instrument, kind: 'article', pinpoint, url, verification, reviewed: REVIEWED, ...extra };
}

const DUTY = { discloses: true } as const;
/**
 * Art. 20 reaches decisions taken solely by automated processing: not cited where management says
 * a person takes the decision or none is taken (unanswered or refused, it still applies).
 */
const SOLELY_AUTOMATED: Condition = { not: { question: 'automated-decisions', is: ['partly', 'none'] } };

/** What a worker may obtain on request, and the 15-day statement (Art. 18 I, II; Art. 19). */
const ACCESS = ['lgpd-art-18-i-ii', 'lgpd-art-19'] as const;

export const BR_LAYER = {
  id: 'br',
  instruments: [
    { id: 'lgpd', url: LGPD_URL, numbering: 'brazilian' },
    { id: 'clt', url: CLT_URL, numbering: 'brazilian' },
  ],
  provisions: [
    // ── LGPD: definitions, principles, legal bases ───────────────────────────────
    article('lgpd-art-5-ii', 'lgpd', '5, II', 'secondary'),
    article('lgpd-art-6', 'lgpd', '6', 'known'),
    article('lgpd-art-7', 'lgpd', '7', 'known'),
    article('lgpd-art-10-3', 'lgpd', '10 §3', 'known'),
    article('lgpd-art-11', 'lgpd', '11', 'secondary'),
    // II-g: fraud prevention and security in electronic identification, what biometric clocks rely on.
    article('lgpd-art-11-ii-g', 'lgpd', '11, II, g', 'secondary'),
    // ── LGPD: the data subject's rights (Art. 18 read [V]; §2 is no general objection right) ──
    article('lgpd-art-18-i-ii', 'lgpd', '18, I and II', 'verified', DUTY),
    article('lgpd-art-18-iii', 'lgpd', '18, III', 'verified'),
    article('lgpd-art-18-iv', 'lgpd', '18, IV', 'verified'),
    article('lgpd-art-18-vii', 'lgpd', '18, VII', 'verified', DUTY),
    article('lgpd-art-18-viii', 'lgpd', '18, VIII', 'verified', DUTY),
    article('lgpd-art-18-1', 'lgpd', '18 §1', 'verified'),
    article('lgpd-art-18-2', 'lgpd', '18 §2', 'verified'),
    article('lgpd-art-18-3', 'lgpd', '18 §3', 'verified'),
    article('lgpd-art-18-4', 'lgpd', '18 §4', 'verified', DUTY),
    article('lgpd-art-19', 'lgpd', '19', 'verified', DUTY),
    // ── LGPD: automated decisions (review, not human review: trap 5) ─────────────
    article('lgpd-art-20', 'lgpd', '20', 'verified', { appliesIf: SOLELY_AUTOMATED }),
    article('lgpd-art-20-1', 'lgpd', '20 §1', 'verified', { ...DUTY, appliesIf: SOLELY_AUTOMATED }),
    article('lgpd-art-20-2', 'lgpd', '20 §2', 'verified', { appliesIf: SOLELY_AUTOMATED }),
    // ── LGPD: the controller's duties ────────────────────────────────────────────
    article('lgpd-art-37', 'lgpd', '37', 'known'),
    // The impact report: on the ANPD's request only (trap 6); never a basis for the joint assessment.
    article('lgpd-art-38', 'lgpd', '38', 'secondary'),
    article('lgpd-art-41', 'lgpd', '41', 'known', DUTY),
    article('lgpd-art-46', 'lgpd', '46', 'known'),
    // With Res. CD/ANPD 15/2024 (3 business days), which its words state; no duty towards the union.
    article('lgpd-art-48', 'lgpd', '48', 'secondary'),
    // ── CLT: collective agreements prevail on the listed matters; no duty to bargain ──
    article('clt-art-611-a', 'clt', '611-A', 'verified'),
    article('clt-art-611-a-vi', 'clt', '611-A, VI', 'verified'),
    article('clt-art-611-a-ix', 'clt', '611-A, IX', 'verified'),
    article('clt-art-611-a-x', 'clt', '611-A, X', 'verified'),
    article('clt-art-611-b', 'clt', '611-B', 'known'),
  ],
  backing: {
    // ── Collection ──
    'data-categories': ['lgpd-art-6', ...ACCESS],
    purpose: ['lgpd-art-6', 'lgpd-art-19'],
    'special-category-data': ['lgpd-art-5-ii', 'lgpd-art-11'],
    'special-category-basis': ['lgpd-art-11', 'lgpd-art-11-ii-g'],
    'legal-basis': ['lgpd-art-7', 'lgpd-art-11'],
    'br-legitimate-interest-record': ['lgpd-art-37', 'lgpd-art-10-3'],
    'objection-route': ['lgpd-art-18-2'],
    'worker-notice': ['lgpd-art-6', 'lgpd-art-18-viii'],
    'off-duty-collection': ['lgpd-art-6'],
    'secondary-uses': ['lgpd-art-6'],
    'union-activity-tracking': ['lgpd-art-5-ii', 'lgpd-art-11'],
    // ── Analysis ──
    'inferences-profiles': ['lgpd-art-20', 'lgpd-art-6'],
    'emotion-recognition': ['lgpd-art-6'],
    'automated-decisions': ['lgpd-art-20'],
    'human-review': ['lgpd-art-20'],
    'logic-explanation': ['lgpd-art-20-1', 'lgpd-art-20-2'],
    'bias-testing': ['lgpd-art-6', 'lgpd-art-20-2'],
    'pay-linked-scores': ['clt-art-611-a-ix'],
    // ── Storage and sharing ──
    'internal-access': ['lgpd-art-46'],
    'vendor-involved': ['lgpd-art-18-vii'],
    'vendor-contract': ['lgpd-art-46'],
    'third-party-use': ['lgpd-art-18-vii', 'lgpd-art-6'],
    'breach-notice': ['lgpd-art-46', 'lgpd-art-48'],
    'retention-period': ['lgpd-art-6', 'lgpd-art-18-iv'],
    'worker-access-requests': [...ACCESS, 'lgpd-art-18-3', 'lgpd-art-18-4'],
    'br-access-statement': ['lgpd-art-19', 'lgpd-art-18-3'],
    'br-encarregado': ['lgpd-art-41', 'lgpd-art-18-1'],
    // ── Off-boarding ──
    'correction-deletion': ['lgpd-art-18-iii', 'lgpd-art-18-iv', 'lgpd-art-18-4'],
    'leavers-data': ['lgpd-art-18-iv'],
    'training-reuse': ['lgpd-art-6'],
    // ── Governance ──
    'impact-assessment': ['lgpd-art-38', 'lgpd-art-10-3'],
    consultation: ['clt-art-611-a'],
    'br-collective-agreement': ['clt-art-611-a', 'clt-art-611-a-vi', 'clt-art-611-a-x', 'clt-art-611-b'],
    'audit-review': ['lgpd-art-37'],
  },
  addQuestions: [
    {
      // Notes §1.2 item 2: legitimate interest needs a balancing test and the Art. 37 record.
      after: 'legal-basis',
      question: { id: 'br-legitimate-interest-record', stage: 'collection', options: ['yes', 'no'], showIf: { question: 'legal-basis', is: ['legitimate-interests'] } },
    },
    {
      // Notes §1.2 item 4: the full statement within 15 days, also on requests filed under a mandate.
      after: 'worker-access-requests',
      question: { id: 'br-access-statement', stage: 'storage', options: ['yes', 'no'] },
    },
    {
      // Notes §1.2 item 6: who the encarregado is and how workers reach him or her (Art. 41).
      after: 'br-access-statement',
      question: { id: 'br-encarregado', stage: 'storage' },
    },
    {
      // Notes §1.2 item 5: the agreement as the vehicle (Art. 611-A VI and X), within Art. 611-B.
      after: 'consultation',
      question: { id: 'br-collective-agreement', stage: 'governance', options: ['yes', 'no'] },
    },
  ],
  ruleBases: {
    // advance-notice, consultation: no duty to inform, consult or bargain before a system is introduced.
    'worker-notice-compliance': ['lgpd-art-6'],
    'purpose-limitation': ['lgpd-art-6'],
    'no-emotion-recognition': ['lgpd-art-6'],
    'no-off-duty-monitoring': ['lgpd-art-6'],
    'no-union-activity-profiling': ['lgpd-art-5-ii', 'lgpd-art-11'],
    'data-minimisation': ['lgpd-art-6'],
    'no-consent-reliance': ['lgpd-art-7'],
    // objection-procedure: no general right to object (Art. 18 §2, trap 4).
    'special-category-safeguards': ['lgpd-art-5-ii', 'lgpd-art-11'],
    // joint-impact-assessment: the report is the ANPD's to require, not the union's (Art. 38, trap 6).
    // Art. 20 for the review of a solely automated decision; that it be human is negotiated (trap 5).
    'human-review-solely': ['lgpd-art-20'],
    // human-review-partly, human-review-undisclosed: Art. 20 reaches only decisions taken solely by the system.
    // explanation-of-decisions: Art. 20 §1 for solely automated decisions, through the rule below.
    'individual-access': [...ACCESS, 'lgpd-art-18-iii', 'lgpd-art-18-iv'],
    // collective-access: no union right of access; individual rights need a mandate (Art. 18 §3).
    'retention-deletion': ['lgpd-art-6', 'lgpd-art-18-iv'],
    'no-sale-no-training': ['lgpd-art-6'],
    'vendor-safeguards': ['lgpd-art-46'],
    // cross-border-transfers: the transfer articles are not in the notes.
    // The notice to the ANPD and the workers; telling the union is the clause's own (notes §1.3).
    'security-breach-notice': ['lgpd-art-46', 'lgpd-art-48'],
    'bias-audit': ['lgpd-art-6', 'lgpd-art-20-2'],
    // pay-criteria-agreement, job-security, health-safety-intensity, union-expert, periodic-review:
    // the law gives none; Art. 611-A only lets the agreement settle them (beside the questions).
    'redress-no-retaliation': ['lgpd-art-18-1'],
  },
  addRules: [
    // Art. 20 §1 and §2: criteria and procedures, for decisions taken solely by the system.
    {
      id: 'br-explanation-solely-automated',
      clause: 'explanation-of-decisions',
      when: { all: [{ question: 'automated-decisions', is: ['solely'] }, isOrGap('logic-explanation', ['partly', 'no'])] },
      provisions: ['lgpd-art-20-1', 'lgpd-art-20-2'],
    },
    // The balancing test and the record not shown: the union has no right to them, the clause creates it.
    { id: 'br-legitimate-interest-record', clause: 'collective-access', when: isOrGap('br-legitimate-interest-record', ['no']), provisions: ['lgpd-art-37'] },
    // The 15-day statement refused or not promised: Art. 19, with the mandate of Art. 18 §3.
    { id: 'br-access-statement', clause: 'individual-access', when: isOrGap('br-access-statement', ['no']), provisions: ['lgpd-art-19', 'lgpd-art-18-3'] },
    // No encarregado named, or no way to reach him or her.
    { id: 'br-encarregado', clause: 'individual-access', when: owed('br-encarregado'), provisions: ['lgpd-art-41'] },
  ],
  terms: ['encarregado', 'anpd', 'controlador', 'titular', 'collective-agreement'],
} as const satisfies JurisdictionLayer;
