import type { FlowDefinition } from '../engine/flow-types.ts';
import { EMPTY_META, type SystemEntry } from '../engine/negotiation.ts';
import type { ManagementRecord, SharedAnswers } from '../record/management-record.ts';
import type { DocumentBase, LetterModel, ProposalModel, ProposalSection } from './document-model.ts';

/**
 * The copy of the negotiation a document for management carries inside it, so that it can be
 * reopened: only what that document shows. Built from the document's own model, so a change
 * to what a document shows cannot make its copy hold more.
 */

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

/** The question a fact quoted in a clause came from: a rule for that clause whose question holds those words. */
function factSource(flow: FlowDefinition, answers: SharedAnswers, clauseId: string, name: string, words: string): string | undefined {
  return flow.clauseRules
    .filter((rule) => rule.clause === clauseId)
    .map((rule) => rule.facts?.[name])
    .find((questionId) => questionId !== undefined && answers[questionId]?.words.trim() === words);
}

/** Management's words that the section's schedule quotes as facts, as it shows them; no status, no choice. */
function quotedWords(flow: FlowDefinition, record: ManagementRecord, section: ProposalSection): SharedAnswers {
  const answers = record.answers[section.system.id] ?? {};
  const quoted: Record<string, { words: string }> = {};
  for (const clause of section.clauses) {
    for (const [name, words] of Object.entries(clause.facts)) {
      if (words === null) continue;
      const questionId = factSource(flow, answers, clause.clauseId, name, words);
      if (questionId !== undefined) quoted[questionId] = { words };
    }
  }
  return quoted;
}

/**
 * What the proposal carries: every detail of the cover (parties, workplace, meeting, round,
 * who was present), each system's name, vendor and purpose (its schedule states them), and
 * management's words where the schedule quotes them as a fact. No status, choice or note.
 */
export function proposalCopy(flow: FlowDefinition, record: ManagementRecord, model: ProposalModel): ManagementRecord {
  const systems = model.systems.map(({ system }) => ({ ...namedSystem(system), vendor: system.vendor, purpose: system.purpose }));
  const answers = model.systems
    .map((section) => [section.system.id, quotedWords(flow, record, section)] as const)
    .filter(([, quoted]) => Object.keys(quoted).length > 0);
  return { ...copyOf(record, model), meta: model.meta, systems, answers: Object.fromEntries(answers), rounds: [] };
}

/**
 * What the information request carries: the parties and workplace it names, the systems it
 * asks about (name and category), and each question it asks with its status, and with
 * management's words where it quotes a partial answer back. Nothing else.
 */
export function letterCopy(record: ManagementRecord, model: LetterModel): ManagementRecord {
  const { union, employer, workplace } = model.meta;
  const answers = model.systems.map(
    ({ system, requests }) => [system.id, Object.fromEntries(requests.map(({ questionId, status, words }) => [questionId, { status, words: words ?? '' }]))] as const,
  );
  return {
    ...copyOf(record, model),
    meta: { ...EMPTY_META, union, employer, workplace },
    systems: model.systems.map(({ system }) => namedSystem(system)),
    answers: Object.fromEntries(answers),
    rounds: [],
  };
}
