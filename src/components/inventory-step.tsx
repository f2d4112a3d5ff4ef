import { useSelector } from '@xstate/react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SystemEntry } from '../engine/negotiation.ts';
import { ErrorSummary, type FieldError } from './error-summary.tsx';
import { StepHeading } from './step-heading.tsx';
import { EMPTY_SYSTEM, SystemFields, type SystemDraft } from './system-form.tsx';
import { useWizardSession } from './wizard-context.ts';

/** Step 2: list the digital systems management uses or plans. */
export function InventoryStep({ newId }: { readonly newId: () => string }) {
  const { t } = useTranslation('ui');
  const { actor } = useWizardSession();
  const systems = useSelector(actor, (snapshot) => snapshot.context.record.systems);
  const answers = useSelector(actor, (snapshot) => snapshot.context.record.answers);
  const [draft, setDraft] = useState<SystemDraft>(EMPTY_SYSTEM);
  const [errors, setErrors] = useState<readonly FieldError[]>([]);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const addHeading = useRef<HTMLHeadingElement>(null);

  const add = () => {
    if (draft.name.trim() === '') {
      setErrors([{ fieldId: 'new-system-name', message: t('inventory.errors.name') }]);
      return;
    }
    actor.send({ type: 'system.add', system: { ...draft, id: newId() } });
    setAnnouncement(t('inventory.added', { name: draft.name }));
    setDraft(EMPTY_SYSTEM);
    setErrors([]);
  };

  const next = () => {
    if (systems.length === 0) {
      setErrors([{ fieldId: 'new-system-name', message: t('inventory.errors.none') }]);
      return;
    }
    if (draft.name.trim() !== '') {
      setErrors([{ fieldId: 'new-system-name', message: t('inventory.errors.unsaved', { name: draft.name }) }]);
      return;
    }
    actor.send({ type: 'nav.next' });
  };

  const remove = (system: SystemEntry) => {
    actor.send({ type: 'system.remove', systemId: system.id });
    setConfirming(null);
    setAnnouncement(t('inventory.removed', { name: system.name }));
    addHeading.current?.focus();
  };

  return (
    <div className="step">
      <StepHeading title={t('inventory.title')} stepKey="inventory" />
      <p className="lead">{t('inventory.intro')}</p>
      <ErrorSummary errors={errors} />
      <p className="visually-hidden" aria-live="polite">{announcement}</p>

      {systems.length > 0 && (
        <ol className="system-list" aria-label={t('inventory.listLabel')}>
          {systems.map((system, index) => {
            const answered = Object.values(answers[system.id] ?? {}).filter((answer) => answer.status).length;
            return (
              <li key={system.id} className="card">
                <fieldset>
                  <legend>{t('inventory.systemLegend', { number: index + 1, name: system.name })}</legend>
                  <SystemFields
                    idPrefix={`system-${system.id}`}
                    value={system}
                    onChange={(changes) => actor.send({ type: 'system.update', systemId: system.id, changes })}
                  />
                </fieldset>
                {confirming === system.id ? (
                  <div className="confirm" role="group" aria-label={t('inventory.confirmLabel')}>
                    <p>{t('inventory.confirmRemove', { name: system.name, count: answered })}</p>
                    <button type="button" className="button button--danger" onClick={() => remove(system)}>{t('inventory.confirmYes')}</button>
                    {/* Focus lands on the safe choice, so Enter never removes by accident. */}
                    <button type="button" className="button" autoFocus onClick={() => setConfirming(null)}>{t('inventory.confirmNo')}</button>
                  </div>
                ) : (
                  <button type="button" className="button button--quiet" onClick={() => setConfirming(system.id)}>
                    {t('inventory.remove', { name: system.name })}
                  </button>
                )}
              </li>
            );
          })}
        </ol>
      )}

      <form className="card card--add" noValidate onSubmit={(event) => { event.preventDefault(); add(); }}>
        <h2 tabIndex={-1} ref={addHeading}>{t('inventory.addTitle')}</h2>
        <SystemFields
          idPrefix="new-system"
          value={draft}
          nameError={errors.find((error) => error.fieldId === 'new-system-name')?.message}
          onChange={(changes) => setDraft((current) => ({ ...current, ...changes }))}
        />
        <button type="submit" className="button">{t('inventory.add')}</button>
      </form>

      <div className="actions">
        <button type="button" className="button" onClick={() => actor.send({ type: 'nav.back' })}>{t('nav.back')}</button>
        <button type="button" className="button button--primary" onClick={next}>{t('nav.continue')}</button>
      </div>
    </div>
  );
}
