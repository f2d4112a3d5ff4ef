import { useSelector } from '@xstate/react';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { pathsProgress, systemPath, type SystemPath } from '../engine/checklist.ts';
import { GAP_STATUSES } from '../engine/flow-types.ts';
import type { SystemEntry } from '../engine/negotiation.ts';
import { flowNamespace } from '../i18n/namespaces.ts';
import { memoizedTranslate } from '../i18n/translate.ts';
import { answerKind } from './answer-summary.tsx';
import { ChangesSinceLastMeeting } from './meeting-changes.tsx';
import { MeetingsPanel } from './meetings-panel.tsx';
import { OpenQuestion, SystemAnswers } from './review-answers.tsx';
import { StepHeading } from './step-heading.tsx';
import { useProgressiveCount } from './use-progressive-count.ts';
import { useWizardSession } from './wizard-context.ts';

interface Section {
  readonly system: SystemEntry;
  readonly path: SystemPath;
}

/**
 * A review of up to WHOLE_ROWS rows (open questions and answers: two or three systems) comes
 * whole in its first commit. A longer one brings its first FIRST_ROWS, more than a tall
 * screen holds, then STEP_ROWS more per transition until every row is in the document: a
 * hundred systems are thousands of rows, too many for one task, and each row in the first
 * commit adds to the task that follows the click. What comes after the first commit is laid
 * out only once scrolled to.
 */
const WHOLE_ROWS = 200;
const FIRST_ROWS = 25;
const STEP_ROWS = 200;

/** The sections whose rows fit in `budget`, each whole, in order. */
function sectionsWithin(sections: readonly Section[], budget: number): readonly Section[] {
  let left = budget;
  const shown: Section[] = [];
  for (const section of sections) {
    if (left <= 0) break;
    shown.push(section);
    left -= section.path.questions.length;
  }
  return shown;
}

/**
 * Check your answers: what is still open first (gaps, partial answers, questions not put),
 * then every answer of every system, each with a way to change it; the documents one step on.
 * Coming back from a change, focus returns to that answer's "Change" button.
 */
export function ReviewStep({ now, newId }: { readonly now: () => string; readonly newId: () => string }) {
  const { flow, actor } = useWizardSession();
  const ns = flowNamespace(flow.id);
  const { t } = useTranslation(['ui', ns]);
  // Each key is looked up once per language, not once per row.
  const tr = useMemo(() => memoizedTranslate(t), [t]);
  const record = useSelector(actor, (snapshot) => snapshot.context.record);
  const edited = useSelector(actor, (snapshot) => snapshot.context.editedFromReview);
  const root = useRef<HTMLDivElement>(null);
  const sections = useMemo(() => record.systems.map((system) => ({ system, path: systemPath(flow, record, system) })), [flow, record]);
  // Shown first: every question management still owes an answer to, and every one not put yet.
  const open = useMemo(
    () => sections.flatMap(({ system, path }) =>
      path.questions.map((question) => ({ system, question, status: path.answers[question.id]?.status })).filter(({ status }) => answerKind(status) !== 'ok'),
    ),
    [sections],
  );
  const gaps = open.filter(({ status }) => status && GAP_STATUSES.includes(status)).length;
  // From the paths just worked out: each system's path is computed once per record, not again per step.
  const { answered, total } = useMemo(() => pathsProgress(sections.map(({ path }) => path)), [sections]);
  const rows = open.length + total;
  const first = rows <= WHOLE_ROWS ? rows : FIRST_ROWS;
  const budget = useProgressiveCount(rows, first, STEP_ROWS);
  const shownOpen = open.slice(0, budget);
  const shownSections = sectionsWithin(sections, budget - shownOpen.length);
  const firstSections = useMemo(() => sectionsWithin(sections, first - Math.min(open.length, first)).length, [sections, open, first]);

  // The first "Change" for that answer: in the open list while it is still open, else in its
  // table. It may come in a later step than the heading; focus moves to it only if it is still
  // where the heading put it, never away from where the user has since gone.
  const placed = useRef<typeof edited>(undefined);
  useEffect(() => {
    if (!edited || placed.current === edited) return;
    const key = `${edited.systemId}/${edited.questionId}`;
    const button = [...(root.current?.querySelectorAll<HTMLButtonElement>('[data-edit]') ?? [])].find((candidate) => candidate.dataset.edit === key);
    if (!button) return;
    placed.current = edited;
    const focused = document.activeElement;
    if (focused && focused !== document.body && focused !== root.current?.querySelector('h1')) return;
    button.focus();
    button.scrollIntoView?.({ block: 'center' });
  }, [edited, budget]);

  return (
    <div className="step" ref={root}>
      <StepHeading title={t('review.title')} stepKey="review" />
      <p className="lead">{t('review.summary', { total, gaps, missing: total - answered })}</p>
      <p>
        <button type="button" className="button button--primary" onClick={() => actor.send({ type: 'nav.documents' })}>{t('review.toDocuments')}</button>
      </p>

      <section className="review-open" aria-labelledby="review-open-title">
        <h2 id="review-open-title">{t('review.openTitle', { count: open.length })}</h2>
        {open.length === 0 ? (
          <p>{t('review.nothingOpen')}</p>
        ) : (
          <ul className="review-open__list">
            {shownOpen.map(({ system, question, status }, index) => (
              <OpenQuestion key={`${system.id}/${question.id}`} system={system} question={question} status={status} later={index >= first} t={tr} ns={ns} />
            ))}
          </ul>
        )}
      </section>

      <ChangesSinceLastMeeting />

      <h2>{t('review.allTitle')}</h2>
      {shownSections.map(({ system, path }, index) => (
        <SystemAnswers key={system.id} system={system} path={path} later={index >= firstSections} t={tr} ns={ns} />
      ))}

      <MeetingsPanel now={now} newId={newId} />

      <div className="actions">
        <button type="button" className="button" onClick={() => actor.send({ type: 'nav.back' })}>{t('nav.back')}</button>
        <button type="button" className="button button--primary" onClick={() => actor.send({ type: 'nav.documents' })}>{t('review.toDocuments')}</button>
      </div>
    </div>
  );
}
