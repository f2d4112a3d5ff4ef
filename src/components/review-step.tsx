import { useSelector } from '@xstate/react';
import { useTranslation } from 'react-i18next';
import { progress, systemPath } from '../engine/checklist.ts';
import { GAP_STATUSES } from '../engine/flow-types.ts';
import { flowNamespace } from '../i18n/namespaces.ts';
import { ExportPanel } from './export-panel.tsx';
import { StepHeading } from './step-heading.tsx';
import { useWizardSession } from './wizard-context.ts';

/** Check your answers: every answer on every system's path, gaps at a glance, an edit link each. */
export function ReviewStep() {
  const { flow, actor } = useWizardSession();
  const ns = flowNamespace(flow.id);
  const { t } = useTranslation(['ui', ns]);
  const record = useSelector(actor, (snapshot) => snapshot.context.record);
  const sections = record.systems.map((system) => ({ system, path: systemPath(flow, record, system) }));
  const statuses = sections.flatMap(({ path }) => path.questions.map((question) => path.answers[question.id]?.status));
  const gaps = statuses.filter((status) => status && GAP_STATUSES.includes(status)).length;
  const { answered, total } = progress(flow, record);
  const missing = total - answered;

  return (
    <div className="step">
      <StepHeading title={t('review.title')} stepKey="review" />
      <p className="lead">{t('review.summary', { total, gaps, missing })}</p>

      {sections.map(({ system, path }) => (
        <section key={system.id} className="review-system" aria-labelledby={`review-${system.id}`}>
          <h2 id={`review-${system.id}`}>{system.name}</h2>
          <table className="review-table">
            <caption className="visually-hidden">{t('review.caption', { name: system.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('review.columns.question')}</th>
                <th scope="col">{t('review.columns.answer')}</th>
                <th scope="col"><span className="visually-hidden">{t('review.columns.edit')}</span></th>
              </tr>
            </thead>
            <tbody>
              {path.questions.map((question) => {
                const answer = path.answers[question.id];
                const status = answer?.status;
                const kind = !status ? 'missing' : GAP_STATUSES.includes(status) ? 'gap' : 'ok';
                return (
                  <tr key={question.id} className={`row--${kind}`}>
                    <th scope="row">{t(`${ns}:questions.${question.id}.ask`)}</th>
                    <td>
                      <span className={`status status--${kind}`}>{t(`status.${status ?? 'missing'}`)}</span>
                      {answer?.choice && question.options?.includes(answer.choice) && (
                        <span className="review-choice">{t(`${ns}:questions.${question.id}.options.${answer.choice}`)}</span>
                      )}
                      {answer?.words && <p className="review-words" dir="auto">{answer.words}</p>}
                    </td>
                    <td>
                      <button
                        type="button"
                        className="button button--link"
                        onClick={() => actor.send({ type: 'nav.question', systemId: system.id, questionId: question.id })}
                      >
                        {t('review.edit')}
                        <span className="visually-hidden">: {t(`${ns}:questions.${question.id}.ask`)} ({system.name})</span>
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      ))}

      <ExportPanel />
      <div className="actions">
        <button type="button" className="button" onClick={() => actor.send({ type: 'nav.back' })}>{t('nav.back')}</button>
      </div>
    </div>
  );
}
