/**
 * The tests every jurisdiction layer and overlay passes, written once: each layer's test file
 * gives only its data (what it stacks on, the official hosts of its links, each provision's flag
 * in the verification notes, and the clauses its law must lead to) and calls `describeLayer`.
 */
import { describe, expect, it } from 'vitest';
import { CORE_CHECKLIST } from '../../flows/core/checklist.ts';
import { CLAUSE_LIBRARY } from '../../flows/shared/clause-library.ts';
import { VERIFICATION_LEVELS, type FlowDefinition, type SystemCategory, type Verification } from '../../src/engine/flow-types.ts';
import { composeChecklist, validateLayers, type CoreQuestion, type JurisdictionLayer } from '../../src/engine/layers.ts';
import type { Answer } from '../../src/engine/negotiation.ts';
import { withSystemAdded } from '../../src/engine/record-updates.ts';
import { validateFlow } from '../../src/engine/validate-flow.ts';
import { selectClauses } from '../../src/export/select-clauses.ts';
import type { ProposedClause } from '../../src/export/document-model.ts';
import { LANGUAGES, leafKeys, readLocale } from './locales.ts';
import { answerPath, emptyRecord, system } from './records.ts';

/** The flags of the verification notes: [V] verified, [V-sec] secondary, [K] known, [?] uncertain. */
export type Flag = 'V' | 'V-sec' | 'K' | '?';
const LEVEL_OF: Readonly<Record<Flag, Verification>> = { V: 'verified', 'V-sec': 'secondary', K: 'known', '?': 'uncertain' };

export const NO = { status: 'answered', choice: 'no' } as const;
export const YES = { status: 'answered', choice: 'yes' } as const;
export const REFUSED = { status: 'refused' } as const;
export const UNKNOWN = { status: 'unknown' } as const;

export interface LayerRequirement {
  readonly name: string;
  readonly category: SystemCategory;
  /** Answers pinned; every other question on the path is answered with its first option. */
  readonly given: Readonly<Record<string, Partial<Answer>>>;
  readonly clause: string;
  /** Provisions the clause's footnote must cite. */
  readonly cites?: readonly string[];
  /** Provisions it must not cite (a right the law does not give in that case). */
  readonly citesNot?: readonly string[];
}

export interface LayerCase {
  readonly layer: JurisdictionLayer;
  /** The layers it stacks on, the jurisdiction first; none for a jurisdiction's own layer. */
  readonly below?: readonly JurisdictionLayer[];
  /** Official host of each instrument's links: one, or the few the notes give as official. */
  readonly hosts: Readonly<Record<string, string | readonly string[]>>;
  /** Each provision's flag in the verification notes, the first flag of its row. */
  readonly flags: Readonly<Record<string, Flag>>;
  readonly requirements: readonly LayerRequirement[];
}

/** The layer's checklist as the app composes it: the core, the layers below, then this one. */
export function composedWith(testCase: Pick<LayerCase, 'layer' | 'below'>): FlowDefinition {
  return composeChecklist(CORE_CHECKLIST, [...(testCase.below ?? []), testCase.layer]);
}

/** The clauses proposed for one system whose path is answered as the requirement pins it. */
export function clausesFor(flow: FlowDefinition, requirement: Pick<LayerRequirement, 'category' | 'given'>): readonly ProposedClause[] {
  let record = withSystemAdded(emptyRecord(flow), system('s1', requirement.category));
  record = answerPath(flow, record, 's1', (question) => {
    const pinned = requirement.given[question.id];
    if (pinned) return { words: '', note: '', ...pinned };
    return { status: 'answered', ...(question.options ? { choice: question.options[0] } : {}), words: `Management on ${question.id}.`, note: '' };
  });
  for (const [id, answer] of Object.entries(requirement.given)) {
    expect(record.answers.s1?.[id]?.status, `${id} is on the path`).toBe(answer.status);
  }
  return selectClauses(flow, record).systems[0]?.clauses ?? [];
}

/** The keys a law file must hold: its own ids, plus any core keys it words differently. */
function requiredKeys(layer: JurisdictionLayer): readonly string[] {
  return [
    ...layer.instruments.flatMap((instrument) => [`instruments.${instrument.id}.short`, `instruments.${instrument.id}.title`]),
    ...layer.provisions.map((provision) => `provisions.${provision.id}`),
    ...(layer.addQuestions ?? []).flatMap(({ question }) => [
      `questions.${question.id}.ask`,
      `questions.${question.id}.why`,
      ...(question.options ?? []).map((option) => `questions.${question.id}.options.${option}`),
    ]),
    ...(layer.terms ?? []).flatMap((term) => [`terms.${term}.term`, `terms.${term}.meaning`]),
  ];
}

/** Keys a layer may word differently: the core's questions and those of the layers below. */
function inheritedKeys(below: readonly JurisdictionLayer[]): ReadonlySet<string> {
  const questions: readonly CoreQuestion[] = [...CORE_CHECKLIST.questions, ...below.flatMap((layer) => (layer.addQuestions ?? []).map(({ question }) => question))];
  return new Set(
    questions.flatMap((question) => [
      `questions.${question.id}.ask`,
      `questions.${question.id}.why`,
      ...(question.options ?? []).map((option) => `questions.${question.id}.options.${option}`),
    ]),
  );
}

const sorted = (keys: readonly string[]) => [...keys].sort();

function hostsOf(hosts: LayerCase['hosts'], instrument: string): readonly string[] {
  const host = hosts[instrument];
  return host === undefined ? [] : typeof host === 'string' ? [host] : host;
}

export function describeLayer(testCase: LayerCase): void {
  const { layer, hosts, flags, requirements } = testCase;
  const below = testCase.below ?? [];
  const flow = composedWith(testCase);

  describe(`layer ${layer.id}`, () => {
    it('stacks where it says and validates', () => {
      expect(layer.extends).toBe(below.at(-1)?.id);
      expect(validateLayers(CORE_CHECKLIST, [...below, layer])).toEqual([]);
      expect(validateFlow(flow, CLAUSE_LIBRARY)).toEqual([]);
    });

    it('sources every provision: citation, official https link, level, review date', () => {
      for (const instrument of layer.instruments) {
        expect(new URL(instrument.url).protocol, instrument.id).toBe('https:');
        expect(hostsOf(hosts, instrument.id), instrument.id).toContain(new URL(instrument.url).host);
      }
      for (const provision of layer.provisions) {
        expect(provision.pinpoint.trim(), provision.id).not.toBe('');
        expect(new URL(provision.url).protocol, provision.id).toBe('https:');
        expect(hostsOf(hosts, provision.instrument), provision.id).toContain(new URL(provision.url).host);
        expect(VERIFICATION_LEVELS, provision.id).toContain(provision.verification);
        expect(provision.reviewed, provision.id).toMatch(/^20\d\d-\d\d-\d\d$/);
      }
    });

    it('grades every provision as the notes flag it, and shows nothing flagged [?] as verified', () => {
      expect(sorted(layer.provisions.map((provision) => provision.id))).toEqual(sorted(Object.keys(flags)));
      for (const provision of layer.provisions) {
        const flag = flags[provision.id];
        if (!flag) continue;
        expect(provision.verification, provision.id).toBe(LEVEL_OF[flag]);
      }
    });

    it('cites every provision it lists, beside a question or under a rule', () => {
      const cited = new Set([...flow.questions.flatMap((question) => question.provisions), ...flow.clauseRules.flatMap((rule) => rule.provisions)]);
      expect(layer.provisions.map((provision) => provision.id).filter((provision) => !cited.has(provision))).toEqual([]);
    });

    it('places each added question right after the one it names', () => {
      for (const { after, question } of layer.addQuestions ?? []) {
        const index = flow.questions.findIndex((candidate) => candidate.id === question.id);
        expect(flow.questions[index - 1]?.id, question.id).toBe(after);
      }
    });

    it.each(LANGUAGES)('has every word it needs in %s, the same keys as English, and overrides only inherited keys', (language) => {
      const resource = readLocale(language, `law-${layer.id}`);
      const keys = leafKeys(resource);
      const required = requiredKeys(layer);
      const inherited = inheritedKeys(below);
      expect(required.filter((key) => !keys.includes(key))).toEqual([]);
      expect(keys.filter((key) => !required.includes(key) && !inherited.has(key))).toEqual([]);
      expect(sorted(keys)).toEqual(sorted(leafKeys(readLocale('en', `law-${layer.id}`))));
      for (const key of keys) {
        const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], resource);
        expect(typeof value === 'string' && value.trim() !== '', key).toBe(true);
      }
    });

    it('writes French with a no-break space before ; : ! ? » and after «, as the other French files do', () => {
      const text = JSON.stringify(readLocale('fr', `law-${layer.id}`));
      expect(text).not.toMatch(/ [;:!?»]/);
      expect(text).not.toMatch(/« /);
    });

    // A stack's legal logic may be written apart (platform work on a member state): then there are none here.
    if (requirements.length === 0) return;
    it.each(requirements.map((requirement) => [requirement.name, requirement] as const))('proposes the right clause on the right basis: %s', (_, requirement) => {
      const clauses = clausesFor(flow, requirement);
      const clause = clauses.find((candidate) => candidate.clauseId === requirement.clause);
      if (requirement.cites) {
        expect(clause, requirement.clause).toBeDefined();
        for (const provision of requirement.cites) expect(clause?.provisions, provision).toContain(provision);
      }
      for (const provision of requirement.citesNot ?? []) expect(clause?.provisions ?? [], provision).not.toContain(provision);
    });
  });
}
