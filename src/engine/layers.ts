/**
 * One checklist, many laws. The core checklist holds the questions any union asks whatever the
 * law, with their options, follow-ups and the answers that call for each clause. A jurisdiction
 * layer says only what its law changes: which provisions back each question and each clause
 * rule, which questions it adds, drops or reshapes, and its own terms. Overlays (a member state
 * on the EU, a province on its country) stack on a layer the same way.
 *
 * `composeChecklist(core, [layer, ...overlays])` yields the `FlowDefinition` the engine, the
 * wizard and the export already speak. Words follow the same stacking in the locale files:
 * `checklist` for the core, `law-<layer id>` for each layer, merged in that order.
 */
import type { ClauseRule, Condition, FlowDefinition, Instrument, Provision, QuestionDef } from './flow-types.ts';

/** A core question: everything but the law behind it. */
export type CoreQuestion = Omit<QuestionDef, 'provisions'>;

/** A core clause rule: when a clause is proposed, before any law gives it a basis. */
export type CoreRule = Omit<ClauseRule, 'provisions'>;

export interface CoreChecklist {
  /** The version of the ids answers are stored under; records of earlier versions are migrated. */
  readonly version: number;
  readonly questions: readonly CoreQuestion[];
  readonly clauseRules: readonly CoreRule[];
}

/** A question a layer adds, placed after a question of the checklist it stacks on. */
export interface AddedQuestion {
  readonly after: string;
  readonly question: CoreQuestion;
}

/** What a jurisdiction's law changes in the checklist below it. Everything else is inherited. */
export interface JurisdictionLayer {
  /** Stable id: `eu`, `za`; an overlay's starts with its parent's (`eu-de`). */
  readonly id: string;
  /** For an overlay: the layer it stacks on. */
  readonly extends?: string;
  readonly instruments: readonly Instrument[];
  readonly provisions: readonly Provision[];
  /** Provisions backing each question, by question id. An overlay's add to its parent's. */
  readonly backing: Readonly<Record<string, readonly string[]>>;
  readonly addQuestions?: readonly AddedQuestion[];
  readonly removeQuestions?: readonly string[];
  /** A question the law shapes differently: other options, another follow-up condition. */
  readonly changeQuestions?: Readonly<Record<string, { readonly options?: readonly string[]; readonly showIf?: Condition }>>;
  /** The legal basis of each clause rule, by rule id. An overlay's add to its parent's. */
  readonly ruleBases: Readonly<Record<string, readonly string[]>>;
  /** Rules only this law makes, each with its own basis. */
  readonly addRules?: readonly ClauseRule[];
  readonly removeRules?: readonly string[];
  readonly changeRules?: Readonly<Record<string, { readonly when: Condition }>>;
  /** The law's own terms, defined in the agreement: locale keys `terms.<id>.term|meaning`. */
  readonly terms?: readonly string[];
}

/** The key a composed checklist is stored under: its layers' ids joined by "+". */
export function jurisdictionKey(layerIds: readonly string[]): string {
  return layerIds.join('+');
}

export function layerIdsOf(key: string): readonly string[] {
  return key.split('+');
}

function merged(...lists: readonly (readonly string[] | undefined)[]): readonly string[] {
  return [...new Set(lists.flatMap((list) => list ?? []))];
}

function applyLayer(
  questions: readonly QuestionDef[],
  rules: readonly ClauseRule[],
  layer: JurisdictionLayer,
): { questions: readonly QuestionDef[]; rules: readonly ClauseRule[] } {
  const removed = new Set(layer.removeQuestions ?? []);
  let next = questions
    .filter((question) => !removed.has(question.id))
    .map((question) => {
      const change = layer.changeQuestions?.[question.id];
      return { ...question, ...change, provisions: merged(question.provisions, layer.backing[question.id]) };
    });
  for (const { after, question } of layer.addQuestions ?? []) {
    const index = next.findIndex((candidate) => candidate.id === after);
    if (index < 0) throw new Error(`Layer ${layer.id} adds "${question.id}" after unknown question "${after}"`);
    next = [...next.slice(0, index + 1), { ...question, provisions: merged(layer.backing[question.id]) }, ...next.slice(index + 1)];
  }
  const droppedRules = new Set(layer.removeRules ?? []);
  const nextRules = [
    ...rules
      .filter((rule) => !droppedRules.has(rule.id))
      .map((rule) => ({ ...rule, ...layer.changeRules?.[rule.id], provisions: merged(rule.provisions, layer.ruleBases[rule.id]) })),
    ...(layer.addRules ?? []),
  ];
  return { questions: next, rules: nextRules };
}

/**
 * The checklist for a jurisdiction: the core, then each layer in order (the jurisdiction first,
 * then its overlays). Each provision is stamped with the layer that holds it.
 */
export function composeChecklist(core: CoreChecklist, layers: readonly JurisdictionLayer[]): FlowDefinition {
  let questions: readonly QuestionDef[] = core.questions.map((question) => ({ ...question, provisions: [] }));
  let rules: readonly ClauseRule[] = core.clauseRules.map((rule) => ({ ...rule, provisions: [] }));
  for (const layer of layers) ({ questions, rules } = applyLayer(questions, rules, layer));
  return {
    id: jurisdictionKey(layers.map((layer) => layer.id)),
    layers: layers.map((layer) => layer.id),
    version: core.version,
    instruments: layers.flatMap((layer) => layer.instruments),
    provisions: layers.flatMap((layer) => layer.provisions.map((provision) => ({ ...provision, jurisdiction: layer.id }))),
    questions,
    clauseRules: rules,
    terms: merged(...layers.map((layer) => layer.terms)),
  };
}

/**
 * Checks one stack of layers before it is composed, as human-readable problems: each overlay
 * stacks on a layer below it (the jurisdiction's, or a region's), and every layer cites only its
 * own provisions or those of the layers below it, never another jurisdiction's; every question,
 * rule and term it names exists.
 */
export function validateLayers(core: CoreChecklist, layers: readonly JurisdictionLayer[]): readonly string[] {
  const problems: string[] = [];
  const questionIds = new Set(core.questions.map((question) => question.id));
  const ruleIds = new Set(core.clauseRules.map((rule) => rule.id));
  const citable = new Set<string>();
  layers.forEach((layer, index) => {
    const where = `layer "${layer.id}"`;
    if (index === 0 && layer.extends !== undefined) problems.push(`${where} is an overlay on "${layer.extends}" but is used as a jurisdiction`);
    // An overlay stacks on a layer below it in this stack: the jurisdiction, or a region of it (a city on its state).
    if (index > 0 && !layers.slice(0, index).some((below) => below.id === layer.extends)) {
      problems.push(`${where} stacks on "${layer.extends ?? 'nothing'}", which is not below it in this stack`);
    }
    if (layer.extends !== undefined && !layer.id.startsWith(`${layer.extends}-`)) problems.push(`${where}: an overlay's id starts with its parent's`);
    for (const provision of layer.provisions) citable.add(provision.id);
    const ownInstruments = new Set(layer.instruments.map((instrument) => instrument.id));
    for (const provision of layer.provisions) {
      if (!ownInstruments.has(provision.instrument)) problems.push(`${where}: provision "${provision.id}" names an instrument of another layer`);
    }
    for (const id of layer.removeQuestions ?? []) {
      if (!questionIds.has(id)) problems.push(`${where} removes unknown question "${id}"`);
      questionIds.delete(id);
    }
    for (const id of Object.keys(layer.changeQuestions ?? {})) if (!questionIds.has(id)) problems.push(`${where} changes unknown question "${id}"`);
    for (const { after, question } of layer.addQuestions ?? []) {
      if (!questionIds.has(after)) problems.push(`${where} adds "${question.id}" after unknown question "${after}"`);
      if (questionIds.has(question.id)) problems.push(`${where} adds question "${question.id}", which already exists`);
      questionIds.add(question.id);
    }
    for (const [id, provisions] of Object.entries(layer.backing)) {
      if (!questionIds.has(id)) problems.push(`${where} backs unknown question "${id}"`);
      for (const provision of provisions) if (!citable.has(provision)) problems.push(`${where}: question "${id}" cites "${provision}", which is not a provision of this jurisdiction`);
    }
    for (const id of layer.removeRules ?? []) {
      if (!ruleIds.has(id)) problems.push(`${where} removes unknown rule "${id}"`);
      ruleIds.delete(id);
    }
    for (const id of Object.keys(layer.changeRules ?? {})) if (!ruleIds.has(id)) problems.push(`${where} changes unknown rule "${id}"`);
    for (const rule of layer.addRules ?? []) {
      if (ruleIds.has(rule.id)) problems.push(`${where} adds rule "${rule.id}", which already exists`);
      ruleIds.add(rule.id);
      for (const provision of rule.provisions) if (!citable.has(provision)) problems.push(`${where}: rule "${rule.id}" cites "${provision}", which is not a provision of this jurisdiction`);
    }
    for (const [id, provisions] of Object.entries(layer.ruleBases)) {
      if (!ruleIds.has(id)) problems.push(`${where} gives a basis to unknown rule "${id}"`);
      for (const provision of provisions) if (!citable.has(provision)) problems.push(`${where}: rule "${id}" cites "${provision}", which is not a provision of this jurisdiction`);
    }
  });
  return problems;
}
