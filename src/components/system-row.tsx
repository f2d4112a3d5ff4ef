import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SystemEntry } from '../engine/negotiation.ts';
import { ConfirmChoice } from './confirm-choice.tsx';
import { sentence } from './sentence.tsx';
import { SystemFields, type SystemDraft } from './system-form.tsx';

/** The ids of one listed system's elements, by which the step moves focus between them. */
export function systemRowIds(systemId: string) {
  const prefix = `system-${systemId}`;
  return { prefix, heading: `${prefix}-heading`, name: `${prefix}-name`, edit: `${prefix}-edit`, remove: `${prefix}-remove` } as const;
}

interface SystemRowProps {
  readonly system: SystemEntry;
  /** Its place in the list, from 1. */
  readonly number: number;
  /** How many answers are recorded for it, which a removal would take too. */
  readonly answered: number;
  readonly editing: boolean;
  /** What the name field shows while it is held back from the record for being empty. */
  readonly heldName: string | null;
  readonly nameError: ReactNode;
  readonly confirming: boolean;
  readonly onEdit: () => void;
  readonly onChange: (changes: Partial<SystemDraft>) => void;
  readonly onDone: () => void;
  readonly onAskRemove: () => void;
  readonly onRemove: () => void;
  readonly onKeep: () => void;
}

/**
 * One listed system as a compact card (name, kind, vendor, answers recorded) with its Edit and
 * Remove buttons; Edit opens its fields in place until Done. Edit and Remove show a short verb
 * and carry the system's name for screen readers, so eight long names keep the list short;
 * Done needs no name, as only one system is open at a time, inside a group named after it.
 */
export function SystemRow({ system, number, answered, editing, heldName, nameError, confirming, onEdit, onChange, onDone, onAskRemove, onRemove, onKeep }: SystemRowProps) {
  const { t } = useTranslation('ui');
  const ids = systemRowIds(system.id);
  const named = (verb: string) => (
    <>
      {verb}{' '}
      <span className="visually-hidden">{system.name}</span>
    </>
  );
  const facts: ReactNode[] = [
    t(`categories.${system.category}`),
    ...(system.vendor.trim() === '' ? [] : [sentence(t, 'inventory.vendor', { vendor: <bdi>{system.vendor}</bdi> })]),
    t('inventory.answered', { count: answered }),
  ];

  return (
    <li className="card system-row" aria-labelledby={ids.heading}>
      <h3 id={ids.heading} className="system-row__name" dir="auto">{system.name}</h3>
      <p className="system-row__facts">{facts.map((fact, index) => <Fragment key={index}>{index > 0 && ' · '}{fact}</Fragment>)}</p>
      {editing && (
        <fieldset className="system-row__fields">
          <legend className="visually-hidden">{t('inventory.systemLegend', { number, name: system.name })}</legend>
          <SystemFields idPrefix={ids.prefix} value={{ ...system, name: heldName ?? system.name }} nameError={nameError} onChange={onChange} />
          <div className="actions">
            <button type="button" className="button button--primary" onClick={onDone}>{t('inventory.done')}</button>
          </div>
        </fieldset>
      )}
      {!editing && confirming && (
        <ConfirmChoice
          label={t('inventory.confirmLabel')}
          question={sentence(t, 'inventory.confirmRemove', { name: <bdi>{system.name}</bdi> }, { count: answered })}
          yes={t('inventory.confirmYes')}
          no={t('inventory.confirmNo')}
          onYes={onRemove}
          onNo={onKeep}
        />
      )}
      {!editing && !confirming && (
        <div className="actions system-row__actions">
          <button type="button" id={ids.edit} className="button" onClick={onEdit}>{named(t('inventory.edit'))}</button>
          <button type="button" id={ids.remove} className="button button--quiet" onClick={onAskRemove}>{named(t('inventory.remove'))}</button>
        </div>
      )}
    </li>
  );
}
