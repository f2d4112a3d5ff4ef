import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LAYERS } from '../../flows/index.ts';
import { CORE_CHECKLIST } from '../../flows/core/checklist.ts';
import { CLAUSE_LIBRARY } from '../../flows/shared/clause-library.ts';
import { ANSWER_STATUSES, STAGES, SYSTEM_CATEGORIES, VERIFICATION_LEVELS, type FlowDefinition } from '../../src/engine/flow-types.ts';
import { LANGUAGES } from '../../src/engine/negotiation.ts';
import { PART_LEVELS, RANGED_LEVELS } from '../../src/engine/pinpoint.ts';
import { DOCUMENT_KINDS } from '../../src/export/document-model.ts';
import { DEFINED_TERMS } from '../../src/export/docx/proposal-parts.ts';
import { flowNamespace } from '../../src/i18n/namespaces.ts';
import { FILE_PROBLEM_KINDS } from '../../src/record/negotiation-file.ts';
import { ALL_FLOWS } from '../support/flows.ts';
import { leafKeys, LOCALES_DIR, namespacesOf, readLocale } from '../support/locales.ts';
import { SAVE_PROBLEMS } from '../../src/components/use-record-sync.ts';

/** The keys a composed checklist needs, derived from its ids: the compiler cannot check these, so this test does. */
function flowKeys(flow: Pick<FlowDefinition, 'instruments' | 'provisions' | 'questions' | 'terms'>): readonly string[] {
  return [
    ...flow.terms.flatMap((term) => [`terms.${term}.term`, `terms.${term}.meaning`]),
    ...flow.instruments.flatMap((instrument) => [`instruments.${instrument.id}.short`, `instruments.${instrument.id}.title`]),
    ...flow.provisions.map((provision) => `provisions.${provision.id}`),
    ...flow.questions.flatMap((question) => [
      `questions.${question.id}.ask`,
      `questions.${question.id}.why`,
      ...(question.options ?? []).map((option) => `questions.${question.id}.options.${option}`),
    ]),
  ];
}

const sorted = (keys: readonly string[]) => [...keys].sort();

describe.each(LANGUAGES)('locale %s', (language) => {
  it('has exactly the namespaces of English: the interface, the wizard, the document, the clauses, the core and a file per layer', () => {
    expect(namespacesOf(language)).toEqual(namespacesOf('en'));
    expect(namespacesOf('en')).toEqual(sorted(['ui', 'wizard', 'document', 'clauses', 'checklist', ...LAYERS.map((layer) => `law-${layer.id}`)]));
  });

  it('holds no group in both the interface and the wizard (the wizard’s words are found under their `ui` names)', () => {
    const wizard = Object.keys(readLocale(language, 'wizard'));
    expect(Object.keys(readLocale(language, 'ui')).filter((group) => wizard.includes(group))).toEqual([]);
  });

  it('words every question of the core, and nothing else, in the core file', () => {
    const core = flowKeys({ instruments: [], provisions: [], terms: [], questions: CORE_CHECKLIST.questions.map((question) => ({ ...question, provisions: [] })) });
    expect(sorted(leafKeys(readLocale(language, 'checklist')))).toEqual(sorted(core));
  });

  it.each(ALL_FLOWS.map((flow) => [flow.id, flow] as const))('has every key checklist %s needs, from the core and its layers', (_, flow) => {
    const composed = readLocale(language, flowNamespace(flow.id));
    const missing = flowKeys(flow).filter((key) => !leafKeys(composed).includes(key));
    expect(missing).toEqual([]);
  });

  it.each(LAYERS.map((layer) => layer.id))('holds in law-%s only what some checklist with that layer uses', (id) => {
    const used = new Set(ALL_FLOWS.filter((flow) => flow.layers.includes(id)).flatMap(flowKeys));
    expect(leafKeys(readLocale(language, `law-${id}`)).filter((key) => !used.has(key))).toEqual([]);
  });

  it('has a heading, a body and a label for each fact of every clause of the library, and no other', () => {
    const expected = CLAUSE_LIBRARY.flatMap((clause) => [`${clause.id}.body`, `${clause.id}.heading`, ...clause.facts.map((fact) => `${clause.id}.facts.${fact}`)]);
    expect(sorted(leafKeys(readLocale(language, 'clauses')))).toEqual(sorted(expected));
  });

  it('words every clause for any system: written once in the general provisions, it interpolates nothing (facts are in the schedules)', () => {
    const clauses = readLocale(language, 'clauses') as Record<string, { heading: string; body: string }>;
    for (const clause of CLAUSE_LIBRARY) {
      const { heading = '', body = '' } = clauses[clause.id] ?? {};
      expect(`${heading} ${body}`, `${language} ${clause.id}`).not.toMatch(/\{\{/);
    }
  });

  it.each(['ui', 'wizard', 'document', 'checklist', ...LAYERS.map((layer) => `law-${layer.id}`)])('has the same %s keys as English', (namespace) => {
    expect(sorted(leafKeys(readLocale(language, namespace)))).toEqual(sorted(leafKeys(readLocale('en', namespace))));
  });
});

/**
 * Keys built at run time from a closed list of ids. Every other `ui`/`wizard`/`document` key must
 * appear literally in the source, or it is an orphan. The code names a wizard key as a `ui` one.
 */
const DYNAMIC_KEYS: Readonly<Record<string, readonly string[]>> = {
  'ui:status': [...ANSWER_STATUSES, 'missing'],
  'ui:categories': SYSTEM_CATEGORIES,
  'ui:stages': STAGES,
  'ui:question.consequence': [...ANSWER_STATUSES, 'none'],
  'ui:verification': VERIFICATION_LEVELS,
  'ui:citation': ['article', 'section', 'paragraph', 'para', 'annex', 'schedule', 'regulation', 'rule', 'principle', 'recital', 'case', 'guidance'],
  'ui:citation.parts': [...PART_LEVELS, ...RANGED_LEVELS.map((level) => `${level}Range`)],
  'ui:languages': LANGUAGES,
  'ui:regions': LAYERS.flatMap((layer) => [`${layer.id}.name`, `${layer.id}.laws`, ...(layer.scope === 'workers' ? [`${layer.id}.ask`, `${layer.id}.hint`] : [])]),
  'ui:changes.kinds': ['added', 'changed', 'withdrawn', 'still-owed'],
  'ui:changes.presence': ['new', 'removed'],
  'ui:details.fields': ['title', 'union', 'employer', 'workplace', 'date', 'round', 'present'],
  'ui:details.errors': ['union', 'employer'],
  'ui:home.damaged': ['not-a-record', 'newer-version', 'invalid'],
  'ui:export': ['working', 'done', 'failed'],
  'ui:export.kinds': DOCUMENT_KINDS.flatMap((kind) => [`${kind}.button`, `${kind}.hint`]),
  'ui:export.names': [...DOCUMENT_KINDS, 'file'],
  'ui:open.problems': FILE_PROBLEM_KINDS,
  'ui:save': ['saved', 'pending'],
  'ui:save.failed': SAVE_PROBLEMS,
  'ui:storageUnavailable': ['unavailable', 'blocked'].flatMap((reason) => ['title', 'body', 'next'].map((part) => `${reason}.${part}`)),
  'document:cover': ['union', 'employer', 'workplace', 'jurisdiction', 'meetingDate', 'round', 'present', 'generated'],
  'document:record.columns': ['question', 'status', 'words', 'note', 'floor'],
  'document:kinds': ['proposal.title', 'proposal.marking', 'brief.title', 'brief.marking', 'letter.title'],
  'document:definitions.terms': DEFINED_TERMS.flatMap((term) => [`${term}.term`, `${term}.meaning`]),
  'document:signatures': ['signature', 'name', 'position', 'date'],
  'document:letter.status': ['refused', 'unknown', 'follow-up', 'partly'],
  'document:fileNames': DOCUMENT_KINDS,
};

function sourceFiles(dir: string): readonly string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('interface and document keys', () => {
  const source = sourceFiles(join(LOCALES_DIR, '../src')).map((file) => readFileSync(file, 'utf8')).join('\n');

  it.each(['ui', 'wizard', 'document'])('every %s key is used by the code (no orphans)', (namespace) => {
    const written = namespace === 'wizard' ? 'ui' : namespace;
    const orphans = leafKeys(readLocale('en', namespace)).filter((key) => {
      const base = key.replace(/_(zero|one|other)$/, '');
      const dynamic = Object.entries(DYNAMIC_KEYS).some(([prefix, ids]) => {
        const [ns, path] = prefix.split(':');
        return ns === written && ids.some((id) => base === `${path}.${id}`);
      });
      const literal = source.includes(`'${base}'`) || source.includes(`'${written}:${base}'`) || source.includes(`\`${written}:${base}\``);
      return !dynamic && !literal;
    });
    expect(orphans).toEqual([]);
  });
});

describe('the bundle', () => {
  it('carries the locale files of every language offered, and of no other', () => {
    for (const table of ['interface-resources.ts', 'content-resources.ts']) {
      const source = readFileSync(join(import.meta.dirname, '../../src/i18n', table), 'utf8');
      const bundled = source.match(/locales\/\{([^}]+)\}\/[\w*]+\.json/)?.[1]?.split(',');
      expect(bundled, table).toEqual([...LANGUAGES]);
    }
  });
});
