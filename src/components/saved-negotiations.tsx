import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isJurisdictionKey } from '../../flows/index.ts';
import { LANGUAGE_TAGS, type Language } from '../engine/negotiation.ts';
import { jurisdictionName } from '../i18n/jurisdiction-name.ts';
import { fromT } from '../i18n/translate.ts';
import type { StoredNegotiation } from '../record/storage.ts';
import { ConfirmChoice } from './confirm-choice.tsx';
import { downloadBlob } from './download.ts';
import { usePendingFocus } from './use-pending-focus.ts';

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
  const deleteId = `${headingId}-delete`;
  const focusLater = usePendingFocus();
  // Back from "Keep it" or Escape: focus returns to the button that asked.
  const cancel = () => {
    onConfirm(false);
    focusLater(deleteId);
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
        <ConfirmChoice
          label={t('home.delete.confirmLabel')}
          question={t('home.delete.confirm', { title })}
          yes={t('home.delete.yes')}
          no={t('home.delete.no')}
          onYes={() => { onConfirm(false); onDelete(stored.id, title); }}
          onNo={cancel}
        />
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
          <button type="button" className="button button--quiet" id={deleteId} onClick={() => onConfirm(true)}>
            {t('home.delete.button')}<span className="visually-hidden">: {title}</span>
          </button>
        </div>
      )}
    </li>
  );
}

type Translate = ReturnType<typeof useTranslation<'ui'>>['t'];

function jurisdiction(stored: StoredNegotiation, t: Translate): string {
  if (!stored.reading.ok) return '';
  const key = stored.reading.record.flowId;
  return isJurisdictionKey(key) ? jurisdictionName(fromT(t), key) : key;
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
