import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FLOWS } from '../../flows/index.ts';
import { flowNamespace } from '../i18n/namespaces.ts';
import type { StoredNegotiation } from '../record/storage.ts';
import { SavedNegotiations, type NegotiationActions } from './saved-negotiations.tsx';
import { StepHeading } from './step-heading.tsx';

/** A negotiation just deleted, which can still be brought back. */
export interface RecentlyDeleted {
  readonly id: string;
  readonly title: string;
}

interface HomePageProps extends NegotiationActions {
  readonly negotiations: readonly StoredNegotiation[];
  readonly onStart: (flowId: string) => void;
  readonly deleted?: RecentlyDeleted | undefined;
  readonly onUndelete: (id: string) => void;
}

/** Start: pick a jurisdiction for a new negotiation, or reopen one saved on this device. */
export function HomePage({ negotiations, onStart, deleted, onUndelete, ...actions }: HomePageProps) {
  const { t } = useTranslation(['ui', ...FLOWS.map((flow) => flowNamespace(flow.id))]);
  const [flowId, setFlowId] = useState(FLOWS[0]?.id ?? '');
  const undo = useRef<HTMLButtonElement>(null);
  // The deleted card is gone: focus goes to the way back rather than to the page body.
  useEffect(() => undo.current?.focus(), [deleted?.id]);
  const kept = negotiations.filter((stored) => stored.deletedAt === undefined);
  return (
    <div className="home">
      <StepHeading title={t('home.title')} stepKey="home" />
      <p className="lead">{t('home.intro')}</p>

      <form className="card" onSubmit={(event) => { event.preventDefault(); onStart(flowId); }}>
        <h2>{t('home.startTitle')}</h2>
        <fieldset className="choices">
          <legend>{t('home.jurisdiction')}</legend>
          {FLOWS.map((flow) => (
            <label key={flow.id} className="choice choice--block">
              <input type="radio" name="jurisdiction" value={flow.id} checked={flowId === flow.id} onChange={() => setFlowId(flow.id)} />
              <span>
                <strong>{t(`${flowNamespace(flow.id)}:title`)}</strong>
                <span className="choice__hint">{t(`${flowNamespace(flow.id)}:summary`)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        {kept.length > 0 && <p className="field__hint">{t('home.othersKept')}</p>}
        <button type="submit" className="button button--primary">{t('home.start')}</button>
      </form>

      <section aria-labelledby="saved-title">
        <h2 id="saved-title">{t('home.savedTitle')}</h2>
        <div role="status">
          {deleted && (
            <p className="notice-banner">
              {t('home.delete.done', { title: deleted.title })}{' '}
              <button type="button" className="button" ref={undo} onClick={() => onUndelete(deleted.id)}>{t('home.delete.undo')}</button>
            </p>
          )}
        </div>
        <SavedNegotiations negotiations={negotiations} {...actions} />
      </section>
    </div>
  );
}
