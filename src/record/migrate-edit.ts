import { migrateSystem, type AnswerMigration } from '../engine/migrate-answers.ts';
import type { LeafChange, LeafValue, RecordEdit, SystemSnapshot } from './record-merge.ts';

/**
 * Moves a tab's saved edit onto today's question ids, as `migrateAnswers` moves a record: a
 * tab still running an earlier version of the app may have left a save in the journal just as
 * the app was updated. Entries say which checklist version their ids belong to (`from`);
 * entries written before they said so are moved only where no doubt is possible: a question
 * id that a migration renamed away and that no later version uses.
 */
export function migrateEdit(edit: RecordEdit, steps: Readonly<Record<number, AnswerMigration>> | undefined, from: number | undefined, to: number): RecordEdit {
  if (!steps) return edit;
  let moved = edit;
  for (const [version, step] of Object.entries(steps)) {
    const stepVersion = Number(version);
    if (stepVersion >= to) continue;
    if (from !== undefined && stepVersion < from) continue;
    moved = migrateStep(moved, from === undefined ? unambiguous(step) : step);
  }
  return moved;
}

/** The part of a migration that can only concern ids of its own version: ids it moves away from and never to. */
function unambiguous(step: AnswerMigration): AnswerMigration {
  const targets = new Set([...Object.values(step.renames), ...Object.values(step.splits).flatMap((split) => [split.into, ...(split.also ? [split.also.question] : [])])]);
  const keep = <T,>(entries: Readonly<Record<string, T>>) => Object.fromEntries(Object.entries(entries).filter(([id]) => !targets.has(id)));
  // Renamed options stay: an old option's value is no option of today's checklist.
  return { renames: keep(step.renames), options: step.options, splits: keep(step.splits) };
}

const mapped = (value: LeafValue, map: Readonly<Record<string, string>> | undefined): LeafValue => (value === undefined || !map ? value : map[value] ?? value);

function migrateChange(change: LeafChange, step: AnswerMigration): LeafChange[] {
  if (change.path[0] !== 'answer') return [change];
  const [, systemId, questionId, field] = change.path;
  const renamed = step.renames[questionId];
  if (renamed !== undefined) {
    const options = field === 'choice' ? step.options[renamed] : undefined;
    return [{ path: ['answer', systemId, renamed, field], before: mapped(change.before, options), after: mapped(change.after, options) }];
  }
  const split = step.splits[questionId];
  if (split) {
    if (field !== 'choice') return [{ ...change, path: ['answer', systemId, split.into, field] }];
    // The old option says something to each of the two questions (or nothing to one of them).
    const into = (value: LeafValue) => (value === undefined ? undefined : split.choices[value]);
    const changes: LeafChange[] = [{ path: ['answer', systemId, split.into, 'choice'], before: into(change.before), after: into(change.after) }];
    const also = split.also;
    if (also) {
      const second = (value: LeafValue) => (value === undefined ? undefined : also.choices[value]);
      changes.push({ path: ['answer', systemId, also.question, 'choice'], before: second(change.before), after: second(change.after) });
    }
    return changes.filter((moved) => moved.before !== moved.after);
  }
  if (field === 'choice' && step.options[questionId]) {
    const options = step.options[questionId];
    return [{ ...change, before: mapped(change.before, options), after: mapped(change.after, options) }];
  }
  return [change];
}

function migrateStep(edit: RecordEdit, step: AnswerMigration): RecordEdit {
  const snapshots = Object.fromEntries(
    Object.entries(edit.snapshots).map(([id, snapshot]): [string, SystemSnapshot] => [id, { ...snapshot, answers: migrateSystem(snapshot.answers, step) }]),
  );
  return { ...edit, changes: edit.changes.flatMap((change) => migrateChange(change, step)), snapshots };
}
