import { useSelector } from '@xstate/react';
import { useTranslation } from 'react-i18next';
import { pathProgress, progress, systemPath } from '../engine/checklist.ts';
import { useWizardSession } from './wizard-context.ts';

/** Where the user is, how far they have come, and a way to jump to any step already open. */
export function StepNavigation() {
  const { t } = useTranslation('ui');
  const { flow, actor } = useWizardSession();
  const snapshot = useSelector(actor, (current) => current);
  const { record, systemIndex } = snapshot.context;
  const overall = progress(flow, record);
  const inChecklist = snapshot.hasTag('question');

  const item = (key: string, label: string, current: boolean, onSelect: (() => void) | null, detail?: string) => (
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
    <nav className="steps" aria-label={t('steps.label')}>
      <p className="steps__progress">
        <label htmlFor="overall-progress">{t('steps.progress', { answered: overall.answered, total: overall.total })}</label>
        <progress id="overall-progress" max={Math.max(overall.total, 1)} value={overall.answered} />
      </p>
      <ol>
        {item('details', t('steps.details'), snapshot.hasTag('details'), () => actor.send({ type: 'nav.details' }))}
        {item('inventory', t('steps.inventory'), snapshot.hasTag('inventory'), () => actor.send({ type: 'nav.inventory' }))}
        {record.systems.map((system, index) => {
          const path = systemPath(flow, record, system);
          const { answered, total } = pathProgress(path);
          const first = path.questions[0];
          return item(
            system.id,
            system.name,
            inChecklist && index === systemIndex,
            first ? () => actor.send({ type: 'nav.question', systemId: system.id, questionId: first.id }) : null,
            t('steps.systemProgress', { answered, total }),
          );
        })}
        {item('review', t('steps.review'), snapshot.hasTag('review'), record.systems.length > 0 ? () => actor.send({ type: 'nav.review' }) : null)}
      </ol>
    </nav>
  );
}
