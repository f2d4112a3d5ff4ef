import { useSelector } from '@xstate/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NegotiationRecord, SystemEntry } from '../engine/negotiation.ts';
import { ErrorSummary, type FieldError } from './error-summary.tsx';
import { sentence } from './sentence.tsx';
import { StepHeading } from './step-heading.tsx';
import { EMPTY_SYSTEM, SystemFields, type SystemDraft } from './system-form.tsx';
import { SystemRow, systemRowIds } from './system-row.tsx';
import { usePendingFocus } from './use-pending-focus.ts';
import { useWizardSession } from './wizard-context.ts';

const LIST_HEADING = 'systems-title';
const NEW_NAME = 'new-system-name';

/** The system whose fields are open; an emptied name is held here, never stored. */
interface Editing {
  readonly id: string;
  readonly heldName: string | null;
}

/** A message for the status region; the key makes a repeated message a new node, read again. */
interface Announcement {
  readonly text: string;
  readonly key: number;
}

const recordedAnswers = (answers: NegotiationRecord['answers'], systemId: string) =>
  Object.values(answers[systemId] ?? {}).filter((answer) => answer.status).length;

/**
 * Step 2: list the digital systems management uses or plans. Each listed system is a compact
 * row; one at a time opens for editing. After every change focus goes where the user expects
 * to carry on, and the change is announced.
 */
export function InventoryStep({ newId }: { readonly newId: () => string }) {
  const { t } = useTranslation('ui');
  const { actor } = useWizardSession();
  const systems = useSelector(actor, (snapshot) => snapshot.context.record.systems);
  const answers = useSelector(actor, (snapshot) => snapshot.context.record.answers);
  const [draft, setDraft] = useState<SystemDraft>(EMPTY_SYSTEM);
  const [errors, setErrors] = useState<readonly FieldError[]>([]);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState<Announcement>({ text: '', key: 0 });
  const focusLater = usePendingFocus();
  const announce = (text: string) => setAnnouncement((current) => ({ text, key: current.key + 1 }));
  const errorFor = (fieldId: string) => errors.find((error) => error.fieldId === fieldId)?.message;

  /** Closes the open fields, unless their name was emptied: that is said, and they stay open. */
  const closeEditor = (): boolean => {
    if (editing === null) return true;
    // A system removed meanwhile (in another tab) has no name left to keep.
    const open = systems.find((system) => system.id === editing.id);
    if (open && editing.heldName !== null) {
      setErrors([{ fieldId: systemRowIds(open.id).name, message: sentence(t, 'inventory.errors.emptied', { name: <bdi>{open.name}</bdi> }) }]);
      return false;
    }
    setEditing(null);
    setErrors([]);
    return true;
  };

  const edit = (system: SystemEntry) => {
    if (!closeEditor()) return;
    setConfirming(null);
    setEditing({ id: system.id, heldName: null });
    focusLater(systemRowIds(system.id).name);
  };

  const done = (system: SystemEntry) => {
    if (closeEditor()) focusLater(systemRowIds(system.id).edit);
  };

  /** Sends every change at once, except an empty name, which would leave a nameless system. */
  const change = (system: SystemEntry, { name, ...rest }: Partial<SystemDraft>) => {
    const empty = name !== undefined && name.trim() === '';
    if (name !== undefined) setEditing({ id: system.id, heldName: empty ? name : null });
    const changes: Partial<SystemDraft> = name === undefined || empty ? rest : { ...rest, name };
    if (Object.keys(changes).length > 0) actor.send({ type: 'system.update', systemId: system.id, changes });
  };

  const add = () => {
    if (draft.name.trim() === '') {
      setErrors([{ fieldId: NEW_NAME, message: t('inventory.errors.name') }]);
      return;
    }
    actor.send({ type: 'system.add', system: { ...draft, id: newId() } });
    announce(t('inventory.added', { name: draft.name }));
    setDraft(EMPTY_SYSTEM);
    setErrors([]);
    // Ready for the next system: the new row is in sight just above, and announced.
    focusLater(NEW_NAME);
  };

  const keep = (system: SystemEntry) => {
    setConfirming(null);
    focusLater(systemRowIds(system.id).remove);
  };

  const remove = (system: SystemEntry) => {
    actor.send({ type: 'system.remove', systemId: system.id });
    setConfirming(null);
    announce(t('inventory.removed', { name: system.name }));
    focusLater(LIST_HEADING);
  };

  const next = () => {
    if (!closeEditor()) return;
    if (systems.length === 0) {
      setErrors([{ fieldId: NEW_NAME, message: t('inventory.errors.none') }]);
      return;
    }
    if (draft.name.trim() !== '') {
      setErrors([{ fieldId: NEW_NAME, message: sentence(t, 'inventory.errors.unsaved', { name: <bdi>{draft.name}</bdi> }) }]);
      return;
    }
    actor.send({ type: 'nav.next' });
  };

  return (
    <div className="step">
      <StepHeading title={t('inventory.title')} stepKey="inventory" />
      <p className="lead">{t('inventory.intro')}</p>
      <ErrorSummary errors={errors} />
      <p className="visually-hidden" role="status">
        <span key={announcement.key}>{announcement.text}</span>
      </p>

      <section className="systems" aria-labelledby={LIST_HEADING}>
        <h2 id={LIST_HEADING} tabIndex={-1}>{t('inventory.listTitle')}</h2>
        {systems.length === 0 ? (
          <p>{t('inventory.none')}</p>
        ) : (
          <ol className="system-list" aria-labelledby={LIST_HEADING}>
            {systems.map((system, index) => (
              <SystemRow
                key={system.id}
                system={system}
                number={index + 1}
                answered={recordedAnswers(answers, system.id)}
                editing={editing?.id === system.id}
                heldName={editing?.id === system.id ? editing.heldName : null}
                nameError={errorFor(systemRowIds(system.id).name)}
                confirming={confirming === system.id}
                onEdit={() => edit(system)}
                onChange={(changes) => change(system, changes)}
                onDone={() => done(system)}
                onAskRemove={() => setConfirming(system.id)}
                onRemove={() => remove(system)}
                onKeep={() => keep(system)}
              />
            ))}
          </ol>
        )}
      </section>

      <form className="card card--add" noValidate onSubmit={(event) => { event.preventDefault(); add(); }}>
        <h2>{t('inventory.addTitle')}</h2>
        <SystemFields idPrefix="new-system" value={draft} nameError={errorFor(NEW_NAME)} onChange={(changes) => setDraft((current) => ({ ...current, ...changes }))} />
        <button type="submit" className="button">{t('inventory.add')}</button>
      </form>

      <div className="actions">
        <button type="button" className="button" onClick={() => actor.send({ type: 'nav.back' })}>{t('nav.back')}</button>
        <button type="button" className="button button--primary" onClick={next}>{t('nav.continue')}</button>
      </div>
    </div>
  );
}
