import type { TFunction } from 'i18next';
import type { FlowDefinition } from '../engine/flow-types.ts';
import { EMPTY_META, type SystemEntry } from '../engine/negotiation.ts';
import type { ManagementRecord, SharedAnswers } from '../record/management-record.ts';
import type { DocumentBase, LetterModel, ProposalModel, ProposalSection } from './document-model.ts';

/**
 * The copy of the negotiation a document for management carries inside it, so that it can be
 * reopened: only what that document shows. Built from the document's own model, so a change
 * to what a document shows cannot make its copy hold more.
 */

/** The `{{name}}` placeholders a clause's wording uses, in the document's language. */
export type ClausePlaceholders = (clauseId: string) => ReadonlySet<string>;

const PLACEHOLDER = /\{\{(\w+)\}\}/g;

/** Reads each clause's raw wording once from the translations the document is written with. */
export function clausePlaceholders(t: TFunction): ClausePlaceholders {
  const found = new Map<string, ReadonlySet<string>>();
  return (clauseId) => {
    let names = found.get(clauseId);
    if (!names) {
      const wording = t(`clauses:${clauseId}.body`, { skipInterpolation: true });
      names = new Set([...wording.matchAll(PLACEHOLDER)].map((match) => match[1] ?? ''));
      found.set(clauseId, names);
    }
    return names;
  };
}

/** The record's identity; its dates are the export's, which the document shows. */
function copyOf(record: ManagementRecord, model: DocumentBase): Pick<ManagementRecord, 'schemaVersion' | 'id' | 'flowId' | 'flowVersion' | 'createdAt' | 'updatedAt' | 'documentLanguage'> {
  return {
    schemaVersion: record.schemaVersion,
    id: record.id,
    flowId: record.flowId,
    flowVersion: record.flowVersion,
    createdAt: model.generatedAt,
    updatedAt: model.generatedAt,
    documentLanguage: model.language,
  };
}

/** A system with only its name and category (which decides its questions); every other field empty. */
function namedSystem(system: SystemEntry): SystemEntry {
  return { id: system.id, name: system.name, category: system.category, vendor: '', purpose: '', affected: '' };
}

/** The placeholders any of a section's clauses use. */
function sectionPlaceholders(section: ProposalSection, placeholders: ClausePlaceholders): ReadonlySet<string> {
  return new Set(section.clauses.flatMap((clause) => [...placeholders(clause.clauseId)]));
}

/** The question a fact quoted in a clause came from: a rule for that clause whose question holds those words. */
function factSource(flow: FlowDefinition, answers: SharedAnswers, clauseId: string, name: string, words: string): string | undefined {
  return flow.clauseRules
    .filter((rule) => rule.clause === clauseId)
    .map((rule) => rule.facts?.[name])
    .find((questionId) => questionId !== undefined && answers[questionId]?.words.trim() === words);
}

/** Management's words that the section's clauses quote, as the clauses show them; no status, no choice. */
function quotedWords(flow: FlowDefinition, record: ManagementRecord, section: ProposalSection, placeholders: ClausePlaceholders): SharedAnswers {
  const answers = record.answers[section.system.id] ?? {};
  const quoted: Record<string, { words: string }> = {};
  for (const clause of section.clauses) {
    const used = placeholders(clause.clauseId);
    for (const [name, words] of Object.entries(clause.facts)) {
      if (words === null || !used.has(name)) continue;
      const questionId = factSource(flow, answers, clause.clauseId, name, words);
      if (questionId !== undefined) quoted[questionId] = { words };
    }
  }
  return quoted;
}

/**
 * What the proposal carries: every detail of the cover (parties, workplace, meeting, round,
 * who was present), each system's name, and its vendor and purpose where a clause quotes them,
 * and management's words where a clause quotes them as a fact. No status, choice or note.
 */
export function proposalCopy(flow: FlowDefinition, record: ManagementRecord, model: ProposalModel, placeholders: ClausePlaceholders): ManagementRecord {
  const systems = model.systems.map((section) => {
    const used = sectionPlaceholders(section, placeholders);
    const { system } = section;
    return { ...namedSystem(system), vendor: used.has('vendor') ? system.vendor : '', purpose: used.has('purpose') ? system.purpose : '' };
  });
  const answers = model.systems
    .map((section) => [section.system.id, quotedWords(flow, record, section, placeholders)] as const)
    .filter(([, quoted]) => Object.keys(quoted).length > 0);
  return { ...copyOf(record, model), meta: model.meta, systems, answers: Object.fromEntries(answers) };
}

/**
 * What the information request carries: the parties and workplace it names, the systems it
 * asks about (name and category), and each question it asks with its status. Nothing else.
 */
export function letterCopy(record: ManagementRecord, model: LetterModel): ManagementRecord {
  const { union, employer, workplace } = model.meta;
  const answers = model.systems.map(({ system, requests }) => [system.id, Object.fromEntries(requests.map(({ questionId, status }) => [questionId, { status, words: '' }]))] as const);
  return {
    ...copyOf(record, model),
    meta: { ...EMPTY_META, union, employer, workplace },
    systems: model.systems.map(({ system }) => namedSystem(system)),
    answers: Object.fromEntries(answers),
  };
}
