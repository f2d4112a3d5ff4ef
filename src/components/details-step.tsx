import { useSelector } from '@xstate/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NegotiationMeta } from '../engine/negotiation.ts';
import { missingDetails } from '../engine/wizard-events.ts';
import { ErrorSummary, type FieldError } from './error-summary.tsx';
import { StepHeading } from './step-heading.tsx';
import { TextField } from './text-field.tsx';
import { useWizardSession } from './wizard-context.ts';

const FIELDS = ['union', 'employer', 'workplace', 'date', 'round', 'present'] as const satisfies readonly (keyof NegotiationMeta)[];

/** Step 1: name the negotiation and its parties. */
export function DetailsStep() {
  const { t } = useTranslation('ui');
  const { actor } = useWizardSession();
  const meta = useSelector(actor, (snapshot) => snapshot.context.record.meta);
  const earlierMeetings = useSelector(actor, (snapshot) => snapshot.context.record.rounds.length);
  const [errors, setErrors] = useState<readonly FieldError[]>([]);

  const next = () => {
    const missing = missingDetails(meta);
    setErrors(missing.map((field) => ({ fieldId: `meta-${field}`, message: t(`details.errors.${field}`) })));
    if (missing.length === 0) actor.send({ type: 'nav.next' });
  };

  return (
    <form className="step" noValidate onSubmit={(event) => { event.preventDefault(); next(); }}>
      <StepHeading title={t('details.title')} stepKey="details" />
      <p className="lead">{t('details.intro')}</p>
      {earlierMeetings > 0 && <p>{t('details.meeting', { number: earlierMeetings + 1, previous: earlierMeetings })}</p>}
      <ErrorSummary errors={errors} />
      {FIELDS.map((field) => (
        <TextField
          key={field}
          id={`meta-${field}`}
          label={t(`details.fields.${field}`)}
          value={meta[field]}
          type={field === 'date' ? 'date' : 'text'}
          multiline={field === 'present'}
          required={field === 'union' || field === 'employer'}
          error={errors.find((error) => error.fieldId === `meta-${field}`)?.message}
          onChange={(value) => actor.send({ type: 'details.set', meta: { [field]: value } })}
        />
      ))}
      <div className="actions">
        <button type="submit" className="button button--primary">{t('nav.continue')}</button>
      </div>
    </form>
  );
}
