import type { Answer, NegotiationRecord, SystemAnswers } from './negotiation.ts';

/** A question that asked two things is split: its answer goes to `into`, its choice also to `also`. */
export interface AnswerSplit {
  readonly into: string;
  /** The old choice → the choice kept on `into` (absent: `into` keeps no choice). */
  readonly choices: Readonly<Record<string, string>>;
  /** The second question the old choice answers, with the status it was given. */
  readonly also?: { readonly question: string; readonly choices: Readonly<Record<string, string>> };
}

/** How one version's answers move to the next version's ids. */
export interface AnswerMigration {
  /** Old question id → new question id. */
  readonly renames: Readonly<Record<string, string>>;
  /** New question id → old option → new option. */
  readonly options: Readonly<Record<string, Readonly<Record<string, string>>>>;
  readonly splits: Readonly<Record<string, AnswerSplit>>;
}

function withChoice(answer: Answer, choice: string | undefined): Answer {
  const rest: Answer = { ...answer };
  delete (rest as { choice?: string }).choice;
  return choice === undefined ? rest : { ...rest, choice };
}

/** One system's answers moved one version on. */
export function migrateSystem(answers: SystemAnswers, migration: AnswerMigration): SystemAnswers {
  const next: Record<string, Answer> = {};
  // An answer already stored under a new id is never overwritten by a migrated one.
  const put = (id: string, answer: Answer) => {
    if (!(id in next)) next[id] = answer;
  };
  const entries = Object.entries(answers);
  for (const [id, answer] of entries) if (!(id in migration.renames) && !(id in migration.splits)) put(id, answer);
  for (const [id, answer] of entries) {
    const split = migration.splits[id];
    if (split) {
      const old = answer.choice;
      put(split.into, withChoice(answer, old === undefined ? undefined : split.choices[old]));
      const second = old === undefined ? undefined : split.also?.choices[old];
      if (split.also && second !== undefined) put(split.also.question, { ...(answer.status ? { status: answer.status } : {}), choice: second, words: '', note: '' });
      continue;
    }
    const target = migration.renames[id];
    if (target === undefined) continue;
    const options = migration.options[target];
    put(target, withChoice(answer, answer.choice === undefined ? undefined : (options?.[answer.choice] ?? answer.choice)));
  }
  // Options renamed on questions whose id did not change.
  for (const [id, options] of Object.entries(migration.options)) {
    const answer = next[id];
    if (answer?.choice !== undefined && answers[id] === answer && options[answer.choice] !== undefined) next[id] = withChoice(answer, options[answer.choice]);
  }
  return next;
}

/**
 * Moves a record's answers forward to `currentVersion`, one version at a time, with the
 * migrations of the flow it was saved under. Nothing is dropped: an answer whose question has
 * no new place keeps its id (and, hidden, is still shown as kept). A record already at the
 * current version, or of a flow with no migrations, comes back unchanged.
 */
export function migrateAnswers(
  record: NegotiationRecord,
  migrations: Readonly<Record<string, Readonly<Record<number, AnswerMigration>>>>,
  currentVersion: number,
): NegotiationRecord {
  const steps = migrations[record.flowId];
  if (!steps || record.flowVersion >= currentVersion) return record;
  const migrate = (answers: NegotiationRecord['answers']) => {
    let moved = answers;
    for (let version = record.flowVersion; version < currentVersion; version += 1) {
      const step = steps[version];
      if (step) moved = Object.fromEntries(Object.entries(moved).map(([system, given]) => [system, migrateSystem(given, step)]));
    }
    return moved;
  };
  // Earlier meetings move too, so that what changed is compared question by question.
  const rounds = record.rounds.map((round) => ({ ...round, answers: migrate(round.answers) }));
  return { ...record, flowVersion: currentVersion, answers: migrate(record.answers), rounds };
}
