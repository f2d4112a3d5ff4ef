import { useTranslation } from 'react-i18next';
import { findFlow } from '../../flows/index.ts';
import { LANGUAGE_TAGS, type Language } from '../engine/negotiation.ts';
import { flowNamespace } from '../i18n/namespaces.ts';
import type { StoredNegotiation } from '../record/storage.ts';
import { downloadBlob } from './download.ts';

interface SavedNegotiationsProps {
  readonly negotiations: readonly StoredNegotiation[];
  readonly onOpen: (id: string) => void;
}

/** Every negotiation on this device; one that cannot be read is explained and kept, never dropped. */
export function SavedNegotiations({ negotiations, onOpen }: SavedNegotiationsProps) {
  const { t, i18n } = useTranslation('ui');
  if (negotiations.length === 0) return <p>{t('home.none')}</p>;
  const sorted = [...negotiations].sort((a, b) => updatedAt(b).localeCompare(updatedAt(a)));
  return (
    <ul className="negotiations">
      {sorted.map((stored) => {
        if (!stored.reading.ok) {
          const { problem } = stored.reading;
          return (
            <li key={stored.id} className="card card--damaged">
              <p className="field__error">{t(`home.damaged.${problem.kind}`, problem.kind === 'newer-version' ? { version: problem.version } : {})}</p>
              {problem.kind === 'invalid' && <p className="field__hint">{t('home.damaged.detail', { detail: problem.detail })}</p>}
              <p>{t('home.damaged.kept')}</p>
              <button
                type="button"
                className="button"
                onClick={() => downloadBlob(new Blob([safeJson(stored.raw)], { type: 'application/json' }), `negotiation-${stored.id}.json`)}
              >
                {t('home.damaged.download')}
              </button>
            </li>
          );
        }
        const { record } = stored.reading;
        const flow = findFlow(record.flowId);
        const title = [record.meta.employer, record.meta.union].filter(Boolean).join(' · ') || t('home.untitled');
        return (
          <li key={stored.id} className="card negotiation">
            <h3>{title}</h3>
            <p className="field__hint">
              {flow ? t(`${flowNamespace(flow.id)}:title`) : record.flowId}
              {' · '}
              {t('home.updated', { date: new Date(record.updatedAt).toLocaleString(LANGUAGE_TAGS[(i18n.resolvedLanguage ?? 'en') as Language], { dateStyle: 'medium', timeStyle: 'short' }) })}
            </p>
            <button type="button" className="button" onClick={() => onOpen(stored.id)}>
              {t('home.open')}<span className="visually-hidden">: {title}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
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
