import { useSelector } from '@xstate/react';
import { useTranslation } from 'react-i18next';
import { WIZARD_STATES } from '../engine/build-machine.ts';
import { jurisdictionName } from '../i18n/jurisdiction-name.ts';
import { fromT } from '../i18n/translate.ts';
import { SaveFailure } from './save-failure.tsx';
import type { SaveState } from './use-record-sync.ts';
import { DetailsStep } from './details-step.tsx';
import { DocumentsStep } from './documents-step.tsx';
import { InventoryStep } from './inventory-step.tsx';
import { QuestionStep } from './question-step.tsx';
import { ReviewStep } from './review-step.tsx';
import { StepNavigation } from './step-navigation.tsx';
import { useExportsReady } from './use-exports-ready.ts';
import { useWizardSession } from './wizard-context.ts';

/** The screen for the machine's current state: generic screens, chosen by the state alone. */
function CurrentStep({ newId, now }: { readonly newId: () => string; readonly now: () => string }) {
  const { actor } = useWizardSession();
  const value = useSelector(actor, (snapshot) => snapshot.value);
  if (value === WIZARD_STATES.details) return <DetailsStep />;
  if (value === WIZARD_STATES.inventory) return <InventoryStep newId={newId} />;
  if (value === WIZARD_STATES.review) return <ReviewStep now={now} newId={newId} />;
  if (value === WIZARD_STATES.documents) return <DocumentsStep />;
  const questionId = typeof value === 'object' ? value[WIZARD_STATES.checklist] : undefined;
  return typeof questionId === 'string' ? <QuestionStep questionId={questionId} /> : null;
}

export function WizardScreen({ saveState, newId, now }: { readonly saveState: SaveState; readonly newId: () => string; readonly now: () => string }) {
  const { t } = useTranslation('ui');
  const { flow } = useWizardSession();
  useExportsReady();
  return (
    <div className="wizard">
      <div className="wizard__side">
        {/* On every page: the law the checklist and the documents follow, as chosen at the start. */}
        <p className="wizard__law">{t('steps.law', { jurisdiction: jurisdictionName(fromT(t), flow.id) })}</p>
        <StepNavigation />
      </div>
      <div className="wizard__main">
        <CurrentStep newId={newId} now={now} />
        {/* A status, but not read out: announced on every keystroke it would drown the form. Failures are. */}
        <p className={`save-state save-state--${saveState.kind}`} role="status" aria-live="off">
          {saveState.kind === 'failed' ? '' : t(`save.${saveState.kind}`)}
        </p>
        {saveState.kind === 'failed' && <SaveFailure problem={saveState.problem} />}
      </div>
    </div>
  );
}
