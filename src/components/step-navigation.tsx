import { useSelector } from '@xstate/react';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { pathProgress, progress, systemPath } from '../engine/checklist.ts';
import { useWizardSession } from './wizard-context.ts';

/**
 * Where the user is, how far they have come, and a way to jump to any step already open.
 * On narrow screens the list folds behind one button, so that with eight systems it no longer
 * fills the first screen of every step; on wide screens it is always shown beside the step.
 */
export function StepNavigation() {
  const { t } = useTranslation('ui');
  const { flow, actor } = useWizardSession();
  const snapshot = useSelector(actor, (current) => current);
  const [unfolded, setUnfolded] = useState(false);
  const listId = useId();
  const { record, systemIndex } = snapshot.context;
  const overall = progress(flow, record);
  const inChecklist = snapshot.hasTag('question');
  const hasSystems = record.systems.length > 0;
  const go = (event: Parameters<typeof actor.send>[0]) => {
    setUnfolded(false);
    actor.send(event);
  };

  const item = (key: string, label: ReactNode, current: boolean, onSelect: (() => void) | null, detail?: string) => (
    <li key={key}>
      {onSelect ? (
        <button type="button" className="steps__link" aria-current={current ? 'step' : undefined} onClick={onSelect}>
          {label}
          {detail && <span className="steps__detail">{detail}</span>}
        </button>
      ) : (
        <span className="steps__link steps__link--disabled">{label}</span>
      )}
    </li>
  );

  return (
    <nav className={unfolded ? 'steps steps--unfolded' : 'steps'} aria-label={t('steps.label')}>
      <button type="button" className="button button--quiet steps__toggle" aria-expanded={unfolded} aria-controls={listId} onClick={() => setUnfolded(!unfolded)}>
        {t('steps.toggle', { answered: overall.answered, total: overall.total })}
        <span className="steps__toggle-mark" aria-hidden="true">▾</span>
      </button>
      <div className="steps__body" id={listId}>
        <p className="steps__progress">
          <label htmlFor="overall-progress">{t('steps.progress', { answered: overall.answered, total: overall.total })}</label>
          <progress id="overall-progress" max={Math.max(overall.total, 1)} value={overall.answered} />
        </p>
        <ol>
          {item('details', t('steps.details'), snapshot.hasTag('details'), () => go({ type: 'nav.details' }))}
          {item('inventory', t('steps.inventory'), snapshot.hasTag('inventory'), () => go({ type: 'nav.inventory' }))}
          {record.systems.map((system, index) => {
            const path = systemPath(flow, record, system);
            const { answered, total } = pathProgress(path);
            const first = path.questions[0];
            return item(
              system.id,
              // Typed by the user: its own direction, whatever the page's.
              <bdi>{system.name}</bdi>,
              inChecklist && index === systemIndex,
              first ? () => go({ type: 'nav.question', systemId: system.id, questionId: first.id }) : null,
              t('steps.systemProgress', { answered, total }),
            );
          })}
          {item('review', t('steps.review'), snapshot.hasTag('review'), hasSystems ? () => go({ type: 'nav.review' }) : null)}
          {item('documents', t('steps.documents'), snapshot.hasTag('documents'), hasSystems ? () => go({ type: 'nav.documents' }) : null)}
        </ol>
      </div>
    </nav>
  );
}
