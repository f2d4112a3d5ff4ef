import { EU_LAYER } from '../../flows/layers/eu.ts';
import { describe, expect, it } from 'vitest';
import { CORE_CHECKLIST } from '../../flows/core/checklist.ts';
import { EU_IT_OVERLAY } from '../../flows/overlays/eu-it.ts';
import { EU_NL_OVERLAY } from '../../flows/overlays/eu-nl.ts';
import { EU_PLATFORM_OVERLAY } from '../../flows/overlays/eu-platform.ts';
import { CLAUSE_LIBRARY } from '../../flows/shared/clause-library.ts';
import type { FlowDefinition, Provision, SystemCategory, Verification } from '../../src/engine/flow-types.ts';
import { composeChecklist, validateLayers, type JurisdictionLayer } from '../../src/engine/layers.ts';
import type { Answer } from '../../src/engine/negotiation.ts';
import { withSystemAdded } from '../../src/engine/record-updates.ts';
import { validateFlow } from '../../src/engine/validate-flow.ts';
import { selectClauses } from '../../src/export/select-clauses.ts';
import { describeLayer, type Flag, type LayerCase } from '../support/layer-suite.ts';
import { leafKeys, readLocale } from '../support/locales.ts';
import { answerPath, emptyRecord, mixedAnswers, system } from '../support/records.ts';

/** The Italian, Dutch and platform-work overlays, stacked on the EU layer as the app stacks them. */
const EU: JurisdictionLayer = EU_LAYER;

/** A member state's overlay, to stack the platform overlay on as `eu+eu-de+eu-platform` would be. */
const NATIONAL_STAND_IN: JurisdictionLayer = {
  id: 'eu-xx',
  extends: 'eu',
  instruments: [{ id: 'xx-act', url: 'https://example.org/xx-act' }],
  provisions: [{ id: 'xx-art-1', instrument: 'xx-act', kind: 'article', pinpoint: '1', url: 'https://example.org/xx-act', verification: 'known', reviewed: '2026-11-30' }],
  backing: { 'xx-council-agreed': ['xx-art-1'] },
  addQuestions: [{ after: 'consultation', question: { id: 'xx-council-agreed', stage: 'governance', options: ['yes', 'no'] } }],
  ruleBases: { consultation: ['xx-art-1'] },
  addRules: [{ id: 'xx-council', clause: 'consultation', when: { question: 'xx-council-agreed', is: ['no'] }, provisions: ['xx-art-1'] }],
  terms: ['xx-council'],
};

const OVERLAYS = [EU_IT_OVERLAY, EU_NL_OVERLAY, EU_PLATFORM_OVERLAY] as const satisfies readonly JurisdictionLayer[];

const STACKS: readonly (readonly JurisdictionLayer[])[] = [
  [EU, EU_IT_OVERLAY],
  [EU, EU_NL_OVERLAY],
  [EU, EU_PLATFORM_OVERLAY],
  [EU, NATIONAL_STAND_IN, EU_PLATFORM_OVERLAY],
  [EU, EU_IT_OVERLAY, EU_PLATFORM_OVERLAY],
  [EU, EU_NL_OVERLAY, EU_PLATFORM_OVERLAY],
];

const key = (layers: readonly JurisdictionLayer[]) => layers.map((layer) => layer.id).join('+');

/** Each overlay's citations, as the verification notes give them (§6.4, §6.5, §6.0; eu-za §1.3, §2.3). */
const EXPECTED: Readonly<Record<string, Readonly<Record<string, { pinpoint: string; verification: Verification }>>>> = {
  'eu-it': {
    'statuto-art-4-1': { pinpoint: '4(1)', verification: 'secondary' },
    'statuto-art-4-2': { pinpoint: '4(2)', verification: 'known' },
    'statuto-art-4-3': { pinpoint: '4(3)', verification: 'known' },
    'statuto-art-28': { pinpoint: '28', verification: 'secondary' },
    'dlgs-152-1997-art-1-bis': { pinpoint: '1-bis', verification: 'secondary' },
  },
  'eu-nl': {
    'wor-art-27-1-k': { pinpoint: '27(1)(k)', verification: 'secondary' },
    'wor-art-27-1-l': { pinpoint: '27(1)(l)', verification: 'secondary' },
    'wor-art-27-3-5': { pinpoint: '27(3)–(5)', verification: 'known' },
    'wor-art-25-1-k': { pinpoint: '25(1)(k)', verification: 'secondary' },
    'wor-art-31': { pinpoint: '31', verification: 'known' },
    'wor-art-2': { pinpoint: '2', verification: 'known' },
  },
  'eu-platform': {
    'pwd-art-1-2': { pinpoint: '1(2)', verification: 'verified' },
    'pwd-art-5-1': { pinpoint: '5(1)', verification: 'secondary' },
    // Content confirmed by secondary sources, number not: the reference is no better than [K].
    'pwd-art-7': { pinpoint: '7', verification: 'known' },
    'pwd-art-8': { pinpoint: '8', verification: 'known' },
    'pwd-art-9': { pinpoint: '9', verification: 'verified' },
    'pwd-art-10': { pinpoint: '10', verification: 'known' },
    'pwd-art-10-5': { pinpoint: '10(5)', verification: 'secondary' },
    'pwd-art-11': { pinpoint: '11', verification: 'known' },
    'pwd-art-11-1': { pinpoint: '11(1)', verification: 'secondary' },
    'pwd-art-12': { pinpoint: '12', verification: 'known' },
    'pwd-art-13': { pinpoint: '13', verification: 'known' },
    'pwd-art-14': { pinpoint: '14', verification: 'uncertain' },
    'pwd-art-20': { pinpoint: '20', verification: 'secondary' },
    'pwd-art-23': { pinpoint: '23', verification: 'verified' },
    'pwd-art-29-1': { pinpoint: '29(1)', verification: 'secondary' },
  },
};

/** The official site of each overlay's acts. */
const OFFICIAL: Readonly<Record<string, RegExp>> = {
  'eu-it': /^https:\/\/www\.(normattiva\.it|gazzettaufficiale\.it)\//,
  'eu-nl': /^https:\/\/wetten\.overheid\.nl\/BWBR\d{7}\//,
  'eu-platform': /^https:\/\/eur-lex\.europa\.eu\/eli\/dir\/2024\/2831\/oj$/,
};

/** The prefix of every id an overlay adds, so that overlays that combine never collide. */
const PREFIX: Readonly<Record<string, string>> = { 'eu-it': 'it-', 'eu-nl': 'nl-', 'eu-platform': 'platform-' };

describe.each(STACKS.map((layers) => [key(layers), layers] as const))('stack %s', (_, layers) => {
  const flow = composeChecklist(CORE_CHECKLIST, layers);

  it('validates as layers and, composed, as a flow', () => {
    expect(validateLayers(CORE_CHECKLIST, layers)).toEqual([]);
    expect(validateFlow(flow, CLAUSE_LIBRARY)).toEqual([]);
  });

  it('keeps every rule id unique', () => {
    const ids = flow.clauseRules.map((rule) => rule.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });
});

const FLAG_OF: Readonly<Record<Verification, Flag>> = { verified: 'V', secondary: 'V-sec', known: 'K', uncertain: '?' };

/** The official hosts of each overlay's acts (see `OFFICIAL` for the exact pages). */
const HOSTS: Readonly<Record<string, LayerCase['hosts']>> = {
  'eu-it': { 'statuto-lavoratori': ['www.normattiva.it', 'www.gazzettaufficiale.it'], 'dlgs-152-1997': ['www.normattiva.it', 'www.gazzettaufficiale.it'] },
  'eu-nl': { wor: 'wetten.overheid.nl' },
  'eu-platform': { pwd: 'eur-lex.europa.eu' },
};

// The checks every layer passes; the legal logic is written per stack below, since platform work
// combines with a member state's overlay.
for (const overlay of OVERLAYS) {
  const flags = Object.fromEntries(Object.entries(EXPECTED[overlay.id] ?? {}).map(([id, { verification }]) => [id, FLAG_OF[verification]]));
  describeLayer({ layer: overlay, below: [EU], hosts: HOSTS[overlay.id] ?? {}, flags, requirements: [] });
}

describe.each(OVERLAYS.map((overlay) => [overlay.id, overlay as JurisdictionLayer] as const))('overlay %s, beyond what every layer passes', (id, overlay) => {
  it('cites each article as the notes number it, on the act\'s own official page', () => {
    const expected = EXPECTED[id] ?? {};
    for (const provision of overlay.provisions) {
      expect(provision.kind, provision.id).toBe('article');
      expect(provision.pinpoint, provision.id).toBe(expected[provision.id]?.pinpoint);
      expect(provision.url, provision.id).toMatch(OFFICIAL[id] ?? /^$/);
    }
    for (const instrument of overlay.instruments) expect(instrument.url, instrument.id).toMatch(OFFICIAL[id] ?? /^$/);
  });

  it('cites only its own provisions', () => {
    const own = new Set(overlay.provisions.map((provision) => provision.id));
    const cited = [...Object.values(overlay.backing).flat(), ...Object.values(overlay.ruleBases).flat(), ...(overlay.addRules ?? []).flatMap((rule) => rule.provisions)];
    expect(cited.filter((provision) => !own.has(provision))).toEqual([]);
  });

  it('prefixes every question, rule and term it adds', () => {
    const prefix = PREFIX[id] ?? '?';
    const added = [...(overlay.addQuestions ?? []).map((entry) => entry.question.id), ...(overlay.addRules ?? []).map((rule) => rule.id), ...(overlay.terms ?? [])];
    expect(added.length).toBeGreaterThan(0);
    expect(added.filter((added) => !added.startsWith(prefix))).toEqual([]);
  });

  it('writes French with no space missing before ; ! ? » and with the law\'s own term for workers', () => {
    const words = readLocale('fr', `law-${id}`);
    for (const leaf of leafKeys(words)) {
      const value = leaf.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], words) as string;
      expect(value, leaf).not.toMatch(/\S[;!?»]/u);
      expect(value, leaf).not.toMatch(/salarié/);
    }
  });
});

// ── The legal logic, as requirements ───────────────────────────────────────

interface Requirement {
  readonly title: string;
  readonly answers: Readonly<Record<string, Partial<Answer>>>;
  readonly category?: SystemCategory;
  /** Clause id → provisions its footnote must cite. */
  readonly cites?: Readonly<Record<string, readonly string[]>>;
  /** Provisions no clause may cite. */
  readonly citesNowhere?: readonly string[];
  /** Questions that must not be asked. */
  readonly notAsked?: readonly string[];
}

const answered = (choice: string): Partial<Answer> => ({ status: 'answered', choice });
const refused: Partial<Answer> = { status: 'refused' };

/** Answers every question on the path, the pinned ones as given and the rest with their first option. */
function clausesOf(flow: FlowDefinition, requirement: Requirement) {
  let record = withSystemAdded(emptyRecord(flow), system('s1', requirement.category ?? 'performance'));
  record = answerPath(flow, record, 's1', (question, index) => {
    const pinned = requirement.answers[question.id];
    return pinned ? { words: '', note: '', ...pinned } : { ...mixedAnswers(question, index), status: 'answered' };
  });
  for (const [question, answer] of Object.entries(requirement.answers)) expect(record.answers.s1?.[question]?.status, question).toBe(answer.status);
  const selected = selectClauses(flow, record).systems[0];
  if (!selected) throw new Error('no system selected');
  return { clauses: selected.clauses, asked: selected.answers.map((answer) => answer.questionId) };
}

/** Nothing but the answer under test asks for consultation: management has committed to it. */
const CONSULTS = { consultation: answered('yes'), 'job-impact': answered('no') } as const;

const REQUIREMENTS: Readonly<Record<string, readonly Requirement[]>> = {
  'eu+eu-it': [
    {
      title: 'no agreement and no authorisation for remote-monitoring equipment: consultation rests on Art. 4(1) of the Statuto',
      answers: { ...CONSULTS, 'it-remote-monitoring-agreement': answered('none') },
      category: 'monitoring',
      cites: { consultation: ['statuto-art-4-1'] },
    },
    {
      title: 'individual consent instead of the agreement: still Art. 4(1)',
      answers: { ...CONSULTS, 'it-remote-monitoring-agreement': answered('individual-consent') },
      cites: { consultation: ['statuto-art-4-1'] },
    },
    {
      title: 'management will not say whether there is an agreement: Art. 4(1)',
      answers: { ...CONSULTS, 'it-remote-monitoring-agreement': refused },
      cites: { consultation: ['statuto-art-4-1'] },
    },
    {
      title: 'an agreement with the RSU or RSA: Art. 4(1) is not cited',
      answers: { ...CONSULTS, 'it-remote-monitoring-agreement': answered('agreement') },
      citesNowhere: ['statuto-art-4-1'],
    },
    {
      title: 'a work tool, which the law exempts: Art. 4(1) is not cited',
      answers: { 'it-remote-monitoring-agreement': answered('work-tool'), consultation: answered('no') },
      citesNowhere: ['statuto-art-4-1'],
    },
    {
      title: 'Art. 1-bis information given to the workers only: collective access rests on Art. 1-bis',
      answers: { 'it-automated-systems-information': answered('workers-only') },
      cites: { 'collective-access': ['dlgs-152-1997-art-1-bis'] },
    },
    {
      title: 'no Art. 1-bis information at all: collective access and the workers\' notice rest on it',
      answers: { 'it-automated-systems-information': answered('no') },
      cites: { 'collective-access': ['dlgs-152-1997-art-1-bis'], 'worker-notice-compliance': ['dlgs-152-1997-art-1-bis'] },
    },
    {
      title: 'Art. 1-bis information refused: the letter cites it as a duty',
      answers: { 'it-automated-systems-information': refused },
      cites: { 'information-disclosure': ['dlgs-152-1997-art-1-bis'], 'collective-access': ['dlgs-152-1997-art-1-bis'] },
    },
    {
      title: 'trade secrecy or a system not fully automated: Art. 1-bis gives nothing since 2023',
      answers: { 'it-automated-systems-information': answered('trade-secret') },
      citesNowhere: ['dlgs-152-1997-art-1-bis'],
    },
    {
      title: 'a system not fully automated: Art. 1-bis is not cited',
      answers: { 'it-automated-systems-information': answered('not-fully-automated') },
      citesNowhere: ['dlgs-152-1997-art-1-bis'],
    },
    {
      title: 'workers not informed of the system: the notice clause rests on Art. 4(3)',
      answers: { 'worker-notice': answered('no') },
      cites: { 'worker-notice-compliance': ['statuto-art-4-3'] },
    },
  ],
  'eu+eu-nl': [
    {
      title: 'the works council has not consented: consultation rests on WOR Art. 27(1)(k) and 27(3)–(5)',
      answers: { ...CONSULTS, 'nl-works-council-consent': answered('no'), 'inactive-functions': answered('no') },
      category: 'hiring',
      cites: { consultation: ['wor-art-27-1-k', 'wor-art-27-3-5'] },
      citesNowhere: ['wor-art-27-1-l'],
    },
    {
      title: 'a monitoring system without consent: also Art. 27(1)(l)',
      answers: { ...CONSULTS, 'nl-works-council-consent': answered('no') },
      category: 'monitoring',
      cites: { consultation: ['wor-art-27-1-k', 'wor-art-27-1-l', 'wor-art-27-3-5'] },
    },
    {
      title: 'consent asked for but not given: no introduction yet',
      answers: { ...CONSULTS, 'nl-works-council-consent': answered('requested') },
      cites: { consultation: ['wor-art-27-1-k'] },
    },
    {
      title: 'management will not say whether the council consented: Art. 27',
      answers: { ...CONSULTS, 'nl-works-council-consent': { status: 'unknown' } },
      cites: { consultation: ['wor-art-27-1-k'] },
    },
    {
      title: 'the council consented: Art. 27 is not cited',
      answers: { ...CONSULTS, 'nl-works-council-consent': answered('yes'), 'nl-works-council-advice': answered('yes'), 'inactive-functions': answered('no') },
      citesNowhere: ['wor-art-27-1-k', 'wor-art-27-1-l', 'wor-art-27-3-5', 'wor-art-25-1-k'],
    },
    {
      title: 'no works council (or only a PVT): no WOR right is claimed, and no advice is asked about',
      answers: { 'nl-works-council-consent': answered('no-works-council'), consultation: answered('no'), 'inactive-functions': answered('yes') },
      citesNowhere: ['wor-art-27-1-k', 'wor-art-27-1-l', 'wor-art-27-3-5', 'wor-art-25-1-k'],
      notAsked: ['nl-works-council-advice'],
    },
    {
      title: 'the cao settles the matter: no consent right is claimed',
      answers: { ...CONSULTS, 'nl-works-council-consent': answered('cao'), 'nl-works-council-advice': answered('yes') },
      category: 'monitoring',
      citesNowhere: ['wor-art-27-1-k', 'wor-art-27-1-l'],
    },
    {
      title: 'the council\'s advice was not asked: consultation rests on Art. 25(1)(k)',
      answers: { ...CONSULTS, 'nl-works-council-consent': answered('yes'), 'nl-works-council-advice': answered('no') },
      cites: { consultation: ['wor-art-25-1-k'] },
    },
    {
      title: 'a dormant monitoring function: switching it on needs consent again (Art. 27(1)(l))',
      answers: { 'inactive-functions': answered('yes'), 'nl-works-council-consent': answered('yes') },
      cites: { 'no-activation-without-agreement': ['wor-art-27-1-l'] },
    },
    {
      title: 'management will not say what the union has been told: the letter cites the council\'s right to information',
      answers: { 'union-information': refused },
      cites: { 'information-disclosure': ['wor-art-31'] },
    },
  ],
  'eu+eu-platform': [
    {
      title: 'an automated account suspension with no human decision: human review rests on the Directive',
      answers: { 'automated-decisions': answered('none'), 'platform-account-decisions': answered('system') },
      cites: { 'human-review': ['pwd-art-10-5', 'pwd-art-11'], 'explanation-of-decisions': ['pwd-art-11-1'] },
    },
    {
      title: 'management will not say who suspends accounts: the Directive still applies',
      answers: { 'automated-decisions': answered('none'), 'platform-account-decisions': refused },
      cites: { 'human-review': ['pwd-art-10-5'] },
    },
    {
      title: 'a person decides on the system\'s alert: no Art. 10(5) claim, but an explanation and reasons',
      answers: { 'automated-decisions': answered('none'), 'platform-account-decisions': answered('human') },
      cites: { 'explanation-of-decisions': ['pwd-art-11-1', 'pwd-art-11'] },
      citesNowhere: ['pwd-art-10-5'],
    },
    {
      title: 'a solely automated decision on a platform: human review rests on Art. 11',
      answers: { 'automated-decisions': answered('solely'), 'platform-account-decisions': answered('none') },
      cites: { 'human-review': ['pwd-art-11'] },
    },
    {
      title: 'the representatives not informed of the systems: collective access and advance notice rest on Art. 9',
      answers: { 'platform-reps-informed': answered('no') },
      cites: { 'collective-access': ['pwd-art-9'], 'advance-notice': ['pwd-art-9'] },
    },
    {
      title: 'the information to the representatives refused: the letter cites Art. 9 as a duty',
      answers: { 'platform-reps-informed': refused },
      cites: { 'information-disclosure': ['pwd-art-9'] },
    },
    {
      title: 'emotion recognition on a platform: banned by Art. 7',
      answers: { 'emotion-recognition': answered('yes') },
      category: 'monitoring',
      cites: { 'no-emotion-recognition': ['pwd-art-7'] },
    },
    {
      title: 'off-duty tracking on a platform: banned by Art. 7',
      answers: { 'off-duty-collection': answered('yes') },
      category: 'location',
      cites: { 'no-off-duty-monitoring': ['pwd-art-7'] },
    },
    {
      title: 'the expert, consultation and protection from dismissal rest on the Directive',
      answers: { consultation: answered('no') },
      cites: { 'union-expert': ['pwd-art-13'], consultation: ['pwd-art-13'], 'redress-no-retaliation': ['pwd-art-23'] },
    },
    {
      title: 'the self-employed are covered by the algorithmic-management rules',
      answers: { 'platform-scope': answered('self-employed'), 'platform-account-decisions': answered('system') },
      cites: { 'human-review': ['pwd-art-10-5'] },
    },
    {
      title: 'not platform work: the Directive is cited nowhere and its questions are not asked',
      answers: { 'platform-scope': answered('no'), 'automated-decisions': answered('solely'), 'emotion-recognition': answered('yes'), consultation: answered('no') },
      category: 'monitoring',
      citesNowhere: EU_PLATFORM_OVERLAY.provisions.map((provision) => provision.id),
      notAsked: ['platform-account-decisions', 'platform-reps-informed'],
    },
  ],
  'eu+eu-xx+eu-platform': [
    {
      title: 'stacked on a national overlay: both bases stand side by side',
      answers: { consultation: answered('no'), 'xx-council-agreed': answered('no'), 'platform-account-decisions': answered('system') },
      cites: { consultation: ['xx-art-1', 'pwd-art-13'], 'human-review': ['pwd-art-10-5'] },
    },
  ],
  'eu+eu-nl+eu-platform': [
    {
      title: 'Dutch platform: the works council\'s consent and the Directive together',
      answers: { ...CONSULTS, 'nl-works-council-consent': answered('no'), 'platform-account-decisions': answered('system') },
      category: 'monitoring',
      cites: { consultation: ['wor-art-27-1-k', 'wor-art-27-1-l'], 'human-review': ['pwd-art-10-5'] },
    },
  ],
  'eu+eu-it+eu-platform': [
    {
      title: 'Italian platform: Art. 4 and the Directive together',
      answers: { consultation: answered('no'), 'it-remote-monitoring-agreement': answered('none'), 'platform-reps-informed': answered('no') },
      category: 'location',
      cites: { consultation: ['statuto-art-4-1', 'pwd-art-13'], 'collective-access': ['pwd-art-9'] },
    },
  ],
};

describe.each(STACKS.map((layers) => [key(layers), composeChecklist(CORE_CHECKLIST, layers)] as const))('clauses under %s', (stack, flow) => {
  const requirements = REQUIREMENTS[stack] ?? [];
  it.each(requirements.map((requirement) => [requirement.title, requirement] as const))('%s', (_, requirement) => {
    const { clauses, asked } = clausesOf(flow, requirement);
    for (const [clause, provisions] of Object.entries(requirement.cites ?? {})) {
      const proposed = clauses.find((candidate) => candidate.clauseId === clause);
      expect(proposed, `clause ${clause}`).toBeDefined();
      expect(proposed?.provisions, `footnote of ${clause}`).toEqual(expect.arrayContaining([...provisions]));
    }
    const cited = new Set(clauses.flatMap((clause) => clause.provisions));
    for (const provision of requirement.citesNowhere ?? []) expect(cited.has(provision), provision).toBe(false);
    for (const question of requirement.notAsked ?? []) expect(asked, question).not.toContain(question);
  });
});

describe('the Platform Work Directive on 2 December 2026', () => {
  it('applies its rights from the transposition deadline, marked as depending on the national law (status unknown)', () => {
    for (const provision of EU_PLATFORM_OVERLAY.provisions as readonly Provision[]) {
      if (provision.id === 'pwd-art-29-1') {
        expect(provision.appliesFrom, provision.id).toBeUndefined();
        continue;
      }
      expect(provision.appliesFrom, provision.id).toBe('2026-12-02');
      expect(provision.appliesFromUncertain, provision.id).toBe(true);
    }
  });

  it('is the only overlay here with a start date: the Italian and Dutch provisions are in force', () => {
    for (const provision of [...EU_IT_OVERLAY.provisions, ...EU_NL_OVERLAY.provisions]) {
      expect('appliesFrom' in provision, provision.id).toBe(false);
    }
  });

  it('asks whether the system is platform work before anything that turns on it', () => {
    const flow = composeChecklist(CORE_CHECKLIST, [EU, EU_PLATFORM_OVERLAY]);
    const ids = flow.questions.map((question) => question.id);
    expect(ids.indexOf('platform-scope')).toBeLessThan(ids.indexOf('platform-account-decisions'));
    expect(ids.indexOf('platform-scope')).toBeLessThan(ids.indexOf('emotion-recognition'));
  });
});
