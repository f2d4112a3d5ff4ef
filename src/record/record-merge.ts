import type { Answer, Language, NegotiationMeta, NegotiationRecord, SystemEntry } from '../engine/negotiation.ts';
import { EMPTY_META } from '../engine/negotiation.ts';
import { parseRoundJson, roundJson } from '../engine/rounds.ts';

/**
 * Merging edits made in several tabs, one field at a time. A record is seen as a set of
 * leaves (each detail, each field of each system, each field of each answer) plus the order
 * of its systems. A tab saves the leaves it changed, each with the value it changed it from;
 * storage applies a change only where the stored leaf still holds that value, so a stale tab
 * can never put an old value back over a newer one. Where two tabs changed the same leaf,
 * the stored value stays and the other is kept beside it as a conflict for the user to settle.
 * An earlier meeting (a round) is one leaf, its whole content: it is written once, when the
 * next meeting begins, and never edited.
 */

const META_FIELDS = Object.keys(EMPTY_META) as (keyof NegotiationMeta)[];
const SYSTEM_FIELDS = ['name', 'vendor', 'category', 'purpose', 'affected'] as const satisfies readonly (keyof SystemEntry)[];
const ANSWER_FIELDS = ['status', 'choice', 'words', 'note'] as const satisfies readonly (keyof Answer)[];

/** Where a leaf is: `['meta', field]`, `['documentLanguage']`, `['system', id]` (present or not), `['system', id, field]`, `['answer', systemId, questionId, field]`, `['round', id]`. */
export type LeafPath =
  | readonly ['meta', keyof NegotiationMeta]
  | readonly ['round', string]
  | readonly ['documentLanguage']
  | readonly ['system', string]
  | readonly ['system', string, (typeof SYSTEM_FIELDS)[number]]
  | readonly ['answer', string, string, (typeof ANSWER_FIELDS)[number]];

/** A leaf's value; absent (undefined) and empty text are the same. */
export type LeafValue = string | undefined;

export interface LeafChange {
  readonly path: LeafPath;
  readonly before: LeafValue;
  readonly after: LeafValue;
}

/** A system as one tab last saw it, to restore it if another tab removed it meanwhile. */
export interface SystemSnapshot {
  readonly system: SystemEntry;
  readonly answers: Readonly<Record<string, Answer>>;
}

/** One tab's save: the leaves it changed, its order of systems, and the systems it touched. */
export interface RecordEdit {
  readonly changes: readonly LeafChange[];
  readonly order: readonly string[];
  readonly snapshots: Readonly<Record<string, SystemSnapshot>>;
}

/**
 * A leaf two tabs changed at once: the record holds one value, `others` the rest. For a
 * system's presence (`['system', id]`), `others` holds 'present' (another tab still wanted
 * it, see `snapshot`) or undefined (another tab removed it).
 */
export interface Conflict {
  readonly path: LeafPath;
  readonly others: readonly LeafValue[];
  readonly snapshot?: SystemSnapshot;
}

const PRESENT = 'present';
const keyOf = (path: LeafPath): string => JSON.stringify(path);

function nonEmpty(value: string | undefined): LeafValue {
  return value === undefined || value === '' ? undefined : value;
}

/** Every non-empty leaf of one system's answers, keyed by path. */
function answerLeaves(systemId: string, answers: Readonly<Record<string, Answer>> | undefined, into: Map<string, LeafChange['after']>, paths: Map<string, LeafPath>): void {
  for (const [questionId, answer] of Object.entries(answers ?? {})) {
    for (const field of ANSWER_FIELDS) {
      const value = nonEmpty(answer[field]);
      if (value === undefined) continue;
      const path: LeafPath = ['answer', systemId, questionId, field];
      const key = keyOf(path);
      into.set(key, value);
      paths.set(key, path);
    }
  }
}

function systemLeaves(system: SystemEntry, into: Map<string, LeafValue>, paths: Map<string, LeafPath>): void {
  const presence: LeafPath = ['system', system.id];
  into.set(keyOf(presence), PRESENT);
  paths.set(keyOf(presence), presence);
  for (const field of SYSTEM_FIELDS) {
    const value = nonEmpty(system[field]);
    if (value === undefined) continue;
    const path: LeafPath = ['system', system.id, field];
    into.set(keyOf(path), value);
    paths.set(keyOf(path), path);
  }
}

/** The record as leaves. Systems and answers whose objects are shared with `skip` are left out. */
function leavesOf(record: NegotiationRecord, skip?: NegotiationRecord): { values: Map<string, LeafValue>; paths: Map<string, LeafPath> } {
  const values = new Map<string, LeafValue>();
  const paths = new Map<string, LeafPath>();
  for (const field of META_FIELDS) {
    const path: LeafPath = ['meta', field];
    values.set(keyOf(path), nonEmpty(record.meta[field]));
    paths.set(keyOf(path), path);
  }
  values.set(keyOf(['documentLanguage']), record.documentLanguage);
  paths.set(keyOf(['documentLanguage']), ['documentLanguage']);
  const skippedRounds = new Set(skip?.rounds);
  for (const round of record.rounds) {
    if (skippedRounds.has(round)) continue;
    const path: LeafPath = ['round', round.id];
    values.set(keyOf(path), roundJson(round));
    paths.set(keyOf(path), path);
  }
  const skippedSystems = new Set(skip?.systems);
  for (const system of record.systems) if (!skippedSystems.has(system)) systemLeaves(system, values, paths);
  for (const [systemId, answers] of Object.entries(record.answers)) {
    if (skip && skip.answers[systemId] === answers) continue;
    answerLeaves(systemId, answers, values, paths);
  }
  return { values, paths };
}

/** The system a leaf belongs to, if any. */
function systemOf(path: LeafPath): string | undefined {
  return path[0] === 'system' || path[0] === 'answer' ? path[1] : undefined;
}

/**
 * What changed from `before` to `after`, leaf by leaf. Objects the two records share are not
 * compared, so a save after one keystroke costs next to nothing however large the record.
 */
export function diffRecords(before: NegotiationRecord, after: NegotiationRecord): RecordEdit {
  const old = leavesOf(before, after);
  const now = leavesOf(after, before);
  const changes: LeafChange[] = [];
  for (const [key, path] of now.paths) {
    const value = now.values.get(key);
    const previous = old.values.get(key);
    if (value !== previous) changes.push({ path, before: previous, after: value });
  }
  for (const [key, path] of old.paths) {
    if (!now.paths.has(key) && old.values.get(key) !== undefined) changes.push({ path, before: old.values.get(key), after: undefined });
  }
  const touched = new Set(changes.map((change) => systemOf(change.path)).filter((id) => id !== undefined));
  const snapshots = Object.fromEntries(
    after.systems.filter((system) => touched.has(system.id)).map((system) => [system.id, { system, answers: after.answers[system.id] ?? {} }]),
  );
  return { changes, order: after.systems.map((system) => system.id), snapshots };
}

function isPresence(path: LeafPath): path is readonly ['system', string] {
  return path[0] === 'system' && path.length === 2;
}

/** The value a leaf holds in a record, read directly: no walk over the rest of the record. */
export function leafValue(record: NegotiationRecord, path: LeafPath): LeafValue {
  switch (path[0]) {
    case 'meta':
      return nonEmpty(record.meta[path[1]]);
    case 'documentLanguage':
      return record.documentLanguage;
    case 'round': {
      const round = record.rounds.find((candidate) => candidate.id === path[1]);
      return round ? roundJson(round) : undefined;
    }
    case 'system': {
      const system = record.systems.find((candidate) => candidate.id === path[1]);
      if (path.length === 2) return system ? PRESENT : undefined;
      return system ? nonEmpty(system[path[2]]) : undefined;
    }
    case 'answer':
      return nonEmpty(record.answers[path[1]]?.[path[2]]?.[path[3]]);
  }
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Writes leaves into a record, copying only the parts they touch. Systems that become present
 * are added after the stored ones, in `order`; systems that go are removed with their answers.
 */
function withLeaves(record: NegotiationRecord, changes: readonly LeafChange[], order: readonly string[]): NegotiationRecord {
  const meta: Mutable<NegotiationMeta> = { ...record.meta };
  let documentLanguage = record.documentLanguage;
  let rounds = record.rounds;
  const systems = new Map<string, SystemEntry>(record.systems.map((system) => [system.id, system]));
  /** Answers of the systems the changes touch, copied on first write; null for an answer that goes. */
  const touched = new Map<string, Map<string, Answer | null>>();
  const removed = new Set<string>();
  const answerOf = (systemId: string, questionId: string): Answer => {
    const changed = touched.get(systemId)?.get(questionId);
    return changed === undefined ? record.answers[systemId]?.[questionId] ?? EMPTY : changed ?? EMPTY;
  };
  for (const { path, after } of changes) {
    if (!isPresence(path)) continue;
    if (after === undefined) {
      systems.delete(path[1]);
      removed.add(path[1]);
    } else if (!systems.has(path[1])) {
      systems.set(path[1], { id: path[1], name: '', vendor: '', category: 'other', purpose: '', affected: '' });
      removed.delete(path[1]);
    }
  }
  for (const { path, after } of changes) {
    if (path[0] === 'meta') meta[path[1]] = after ?? '';
    else if (path[0] === 'round') {
      const others = rounds.filter((round) => round.id !== path[1]);
      const round = after === undefined ? undefined : parseRoundJson(after);
      // Meetings stay in the order they were held, whichever tab's save arrives first.
      rounds = round ? [...others, round].sort((a, b) => a.closedAt.localeCompare(b.closedAt) || a.id.localeCompare(b.id)) : others;
    } else if (path[0] === 'documentLanguage') documentLanguage = (after ?? record.documentLanguage) as Language;
    else if (path[0] === 'system' && path.length === 3) {
      const system = systems.get(path[1]);
      if (system) systems.set(path[1], path[2] === 'category' ? { ...system, category: (after ?? 'other') as SystemEntry['category'] } : { ...system, [path[2]]: after ?? '' });
    } else if (path[0] === 'answer') {
      const [, systemId, questionId, field] = path;
      const next = withField(answerOf(systemId, questionId), field, after);
      const byQuestion = touched.get(systemId) ?? new Map<string, Answer | null>();
      touched.set(systemId, byQuestion);
      byQuestion.set(questionId, isEmpty(next) ? null : next);
    }
  }
  const answers: Record<string, Readonly<Record<string, Answer>>> = {};
  for (const [systemId, byQuestion] of Object.entries(record.answers)) if (!removed.has(systemId) && !touched.has(systemId)) answers[systemId] = byQuestion;
  for (const [systemId, byQuestion] of touched) {
    if (removed.has(systemId)) continue;
    const merged = new Map(Object.entries(record.answers[systemId] ?? {}));
    for (const [questionId, answer] of byQuestion) {
      if (answer) merged.set(questionId, answer);
      else merged.delete(questionId);
    }
    // A system whose last answer went holds no answers at all, as a record never saved with any.
    if (merged.size > 0) answers[systemId] = Object.fromEntries(merged);
  }
  const ids = [...new Set([...record.systems.map((system) => system.id), ...order, ...systems.keys()])];
  return { ...record, meta, documentLanguage, rounds, systems: ids.flatMap((id) => systems.get(id) ?? []), answers };
}

const EMPTY: Answer = { words: '', note: '' };

function isEmpty(answer: Answer): boolean {
  return answer.status === undefined && answer.choice === undefined && answer.words === '' && answer.note === '';
}

/** The answer with one field set, or left out when the value is empty. */
function withField(answer: Answer, field: (typeof ANSWER_FIELDS)[number], value: LeafValue): Answer {
  const status = field === 'status' ? value : answer.status;
  const choice = field === 'choice' ? value : answer.choice;
  return {
    ...(status !== undefined ? { status: status as NonNullable<Answer['status']> } : {}),
    ...(choice !== undefined ? { choice } : {}),
    words: field === 'words' ? value ?? '' : answer.words,
    note: field === 'note' ? value ?? '' : answer.note,
  };
}

/** Every non-empty leaf of one system and its answers. */
function leavesOfSystem(record: NegotiationRecord, systemId: string): Map<string, LeafValue> {
  const values = new Map<string, LeafValue>();
  const paths = new Map<string, LeafPath>();
  const system = record.systems.find((candidate) => candidate.id === systemId);
  if (system) systemLeaves(system, values, paths);
  answerLeaves(systemId, record.answers[systemId], values, paths);
  return values;
}

export interface FoldResult {
  readonly record: NegotiationRecord;
  /** New conflicts this edit raised. */
  readonly conflicts: readonly Conflict[];
}

/**
 * Applies one tab's edit to the stored record. A change lands where the stored leaf still
 * holds the value the tab changed it from (or already holds the new value); otherwise the
 * stored value stays and the tab's value becomes a conflict. A system removed in one tab and
 * changed in another is kept, or stays removed, as one conflict on the whole system. Only the
 * leaves the edit names are read, so a save costs the same in a small or a large negotiation.
 */
export function foldEdit(current: NegotiationRecord, edit: RecordEdit): FoldResult {
  const storedIds = new Set(current.systems.map((system) => system.id));
  const storedPresent = (systemId: string) => storedIds.has(systemId);
  const presenceChanges = edit.changes.filter((change) => isPresence(change.path));
  const removedHere = new Set(presenceChanges.filter((change) => change.after === undefined).map((change) => systemOf(change.path)));
  const addedHere = new Set(presenceChanges.filter((change) => change.after === PRESENT).map((change) => systemOf(change.path)));
  const conflicts = new Map<string, Conflict>();
  /** Systems removed on one side and changed on the other: settled as a whole. */
  const clashes = new Set<string>();
  const applicable: LeafChange[] = [];
  for (const change of edit.changes) {
    const stored = leafValue(current, change.path);
    const systemId = systemOf(change.path);
    if (stored === change.after) continue;
    const orphan = systemId !== undefined && change.after !== undefined && !storedPresent(systemId) && !addedHere.has(systemId);
    if (stored === change.before && !orphan) {
      applicable.push(change);
    } else if (systemId !== undefined && (removedHere.has(systemId) || !storedPresent(systemId))) {
      clashes.add(systemId);
    } else {
      conflicts.set(keyOf(change.path), { path: change.path, others: [change.after] });
    }
  }
  // A removal clashes too with what the removing tab never saw: answers given since, elsewhere.
  const known = new Set(edit.changes.map((change) => keyOf(change.path)));
  for (const systemId of removedHere) {
    if (systemId === undefined) continue;
    for (const [key, value] of leavesOfSystem(current, systemId)) if (!known.has(key) && value !== undefined) clashes.add(systemId);
  }
  const landing = applicable.filter((change) => {
    const systemId = systemOf(change.path);
    return systemId === undefined || !clashes.has(systemId);
  });
  for (const systemId of clashes) {
    const presence: LeafPath = ['system', systemId];
    const snapshot = edit.snapshots[systemId];
    // Removed here, changed elsewhere: the system stays, and the removal waits for a decision.
    if (removedHere.has(systemId)) conflicts.set(keyOf(presence), { path: presence, others: [undefined] });
    // Changed here, removed elsewhere: it stays removed, and this tab's version waits beside it.
    else if (snapshot) conflicts.set(keyOf(presence), { path: presence, others: [PRESENT], snapshot });
  }
  const record = landing.length === 0 ? current : withLeaves(current, landing, edit.order);
  return { record, conflicts: [...conflicts.values()] };
}

/** Adds new conflicts to the ones already waiting; a leaf keeps one entry with every other value. */
export function mergeConflicts(waiting: readonly Conflict[], raised: readonly Conflict[]): Conflict[] {
  const byKey = new Map(waiting.map((conflict) => [keyOf(conflict.path), conflict]));
  for (const conflict of raised) {
    const key = keyOf(conflict.path);
    const earlier = byKey.get(key);
    const others = earlier ? [...new Set([...earlier.others, ...conflict.others])] : conflict.others;
    const snapshot = conflict.snapshot ?? earlier?.snapshot;
    byKey.set(key, { path: conflict.path, others, ...(snapshot ? { snapshot } : {}) });
  }
  return [...byKey.values()];
}

/** True when two conflicts are about the same leaf. */
export function samePath(a: LeafPath, b: LeafPath): boolean {
  return keyOf(a) === keyOf(b);
}

/**
 * Settles a conflict with the value the user picked. Restoring a removed system brings back
 * the version the other tab had, answers included.
 */
export function settleConflict(record: NegotiationRecord, conflict: Conflict, chosen: LeafValue): NegotiationRecord {
  if (isPresence(conflict.path)) {
    const systemId = conflict.path[1];
    const present = record.systems.some((system) => system.id === systemId);
    if (chosen === undefined && present) {
      return { ...record, systems: record.systems.filter((system) => system.id !== systemId), answers: Object.fromEntries(Object.entries(record.answers).filter(([id]) => id !== systemId)) };
    }
    if (chosen === PRESENT && !present && conflict.snapshot) {
      return { ...record, systems: [...record.systems, conflict.snapshot.system], answers: { ...record.answers, [systemId]: conflict.snapshot.answers } };
    }
    return record;
  }
  return withLeaves(record, [{ path: conflict.path, before: leafValue(record, conflict.path), after: chosen }], []);
}

/** True when nothing differs between the two records. */
export function sameRecord(a: NegotiationRecord, b: NegotiationRecord): boolean {
  return a === b || diffRecords(a, b).changes.length === 0;
}
