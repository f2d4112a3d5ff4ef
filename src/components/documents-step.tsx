import { useTranslation } from 'react-i18next';
import { ExportPanel } from './export-panel.tsx';
import { StepHeading } from './step-heading.tsx';
import { useWizardSession } from './wizard-context.ts';

/** The documents: a step of its own, one press from the step list and from the top of the review. */
export function DocumentsStep() {
  const { t } = useTranslation('ui');
  const { actor } = useWizardSession();
  return (
    <div className="step">
      <StepHeading title={t('documents.title')} stepKey="documents" />
      <p className="lead">{t('documents.intro')}</p>
      <ExportPanel />
      <div className="actions">
        <button type="button" className="button" onClick={() => actor.send({ type: 'nav.back' })}>{t('documents.back')}</button>
      </div>
    </div>
  );
}
