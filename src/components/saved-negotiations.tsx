import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findFlow } from '../../flows/index.ts';
import { LANGUAGE_TAGS, type Language } from '../engine/negotiation.ts';
import { flowNamespace } from '../i18n/namespaces.ts';
import type { StoredNegotiation } from '../record/storage.ts';
import { downloadBlob } from './download.ts';

export interface NegotiationActions {
  readonly onOpen: (id: string) => void;
  readonly onArchive: (id: string, archived: boolean) => void;
  /** Deletes at once; the caller offers an undo for a while before erasing it for good. */
  readonly onDelete: (id: string, title: string) => void;
}

interface SavedNegotiationsProps extends NegotiationActions {
  readonly negotiations: readonly StoredNegotiation[];
}

/**
 * Every negotiation on this device, newest first, with the archived ones folded away. One
 * that cannot be read is explained and kept, never dropped, and can be archived or deleted too.
 */
export function SavedNegotiations({ negotiations, ...actions }: SavedNegotiationsProps) {
  const { t } = useTranslation('ui');
  const shown = negotiations.filter((stored) => stored.deletedAt === undefined);
  const sorted = [...shown].sort((a, b) => updatedAt(b).localeCompare(updatedAt(a)));
  const active = sorted.filter((stored) => !stored.archived);
  const archived = sorted.filter((stored) => stored.archived);
  return (
    <>
      {active.length === 0 ? <p>{t(archived.length > 0 ? 'home.noneActive' : 'home.none')}</p> : <NegotiationList negotiations={active} {...actions} />}
      {archived.length > 0 && (
        <details className="archived">
          <summary>{t('home.archivedTitle', { count: archived.length })}</summary>
          <NegotiationList negotiations={archived} {...actions} />
        </details>
      )}
    </>
  );
}

function NegotiationList({ negotiations, ...actions }: SavedNegotiationsProps) {
  const [confirming, setConfirming] = useState<string | null>(null);
  return (
    <ul className="negotiations">
      {negotiations.map((stored) => (
        <NegotiationCard
          key={stored.id}
          stored={stored}
          confirming={confirming === stored.id}
          onConfirm={(yes) => setConfirming(yes ? stored.id : null)}
          {...actions}
        />
      ))}
    </ul>
  );
}

interface CardProps extends NegotiationActions {
  readonly stored: StoredNegotiation;
  readonly confirming: boolean;
  readonly onConfirm: (confirming: boolean) => void;
}

function NegotiationCard({ stored, confirming, onConfirm, onOpen, onArchive, onDelete }: CardProps) {
  const { t, i18n } = useTranslation('ui');
  const title = titleOf(stored, t('home.untitled'), t('home.damaged.title'));
  const headingId = `negotiation-${stored.id}`;
  const deleteButton = useRef<HTMLButtonElement>(null);
  const cancelled = useRef(false);
  // Back from "Keep it" or Escape: focus returns to the button that asked.
  useEffect(() => {
    if (!confirming && cancelled.current) deleteButton.current?.focus();
    cancelled.current = false;
  }, [confirming]);
  const cancel = () => {
    cancelled.current = true;
    onConfirm(false);
  };
  return (
    <li className={stored.reading.ok ? 'card negotiation' : 'card card--damaged'} aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      {stored.reading.ok ? (
        <p className="field__hint">
          {jurisdiction(stored, t)}
          {' · '}
          {t('home.updated', { date: new Date(stored.reading.record.updatedAt).toLocaleString(LANGUAGE_TAGS[(i18n.resolvedLanguage ?? 'en') as Language], { dateStyle: 'medium', timeStyle: 'short' }) })}
        </p>
      ) : (
        <>
          <p className="field__error">{t(`home.damaged.${stored.reading.problem.kind}`, stored.reading.problem.kind === 'newer-version' ? { version: stored.reading.problem.version } : {})}</p>
          <p>{t('home.damaged.kept')}</p>
        </>
      )}
      {confirming ? (
        <ConfirmDelete title={title} onYes={() => { onConfirm(false); onDelete(stored.id, title); }} onNo={cancel} />
      ) : (
        <div className="actions">
          {stored.reading.ok ? (
            <button type="button" className="button" onClick={() => onOpen(stored.id)}>
              {t('home.open')}<span className="visually-hidden">: {title}</span>
            </button>
          ) : (
            <button type="button" className="button" onClick={() => downloadBlob(new Blob([safeJson(stored.raw)], { type: 'application/json' }), `negotiation-${stored.id}.json`)}>
              {t('home.damaged.download')}
            </button>
          )}
          <button type="button" className="button button--quiet" onClick={() => onArchive(stored.id, !stored.archived)}>
            {t(stored.archived ? 'home.unarchive' : 'home.archive')}<span className="visually-hidden">: {title}</span>
          </button>
          <button type="button" className="button button--quiet" ref={deleteButton} onClick={() => onConfirm(true)}>
            {t('home.delete.button')}<span className="visually-hidden">: {title}</span>
          </button>
        </div>
      )}
    </li>
  );
}

/** Asks before deleting, with the focus on the safe choice so that Enter never deletes by accident. */
function ConfirmDelete({ title, onYes, onNo }: { readonly title: string; readonly onYes: () => void; readonly onNo: () => void }) {
  const { t } = useTranslation('ui');
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => keep.current?.focus(), []);
  return (
    <div
      className="confirm"
      role="group"
      aria-label={t('home.delete.confirmLabel')}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onNo();
      }}
    >
      <p>{t('home.delete.confirm', { title })}</p>
      <button type="button" className="button button--danger" onClick={onYes}>{t('home.delete.yes')}</button>
      <button type="button" className="button" ref={keep} onClick={onNo}>{t('home.delete.no')}</button>
    </div>
  );
}

type Translate = ReturnType<typeof useTranslation<'ui'>>['t'];

function jurisdiction(stored: StoredNegotiation, t: Translate): string {
  if (!stored.reading.ok) return '';
  const flow = findFlow(stored.reading.record.flowId);
  return flow ? t(`${flowNamespace(flow.id)}:title`) : stored.reading.record.flowId;
}

/** The parties, as the list and the deletion message name a negotiation. */
function titleOf(stored: StoredNegotiation, untitled: string, damaged: string): string {
  if (!stored.reading.ok) return damaged;
  const { meta } = stored.reading.record;
  return [meta.employer, meta.union].filter(Boolean).join(' · ') || untitled;
}

function updatedAt(stored: StoredNegotiation): string {
  return stored.reading.ok ? stored.reading.record.updatedAt : '';
}

function safeJson(raw: unknown): string {
  try {
    return JSON.stringify(raw, null, 2) ?? String(raw);
  } catch {
    return String(raw);
  }
}
