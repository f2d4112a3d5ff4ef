import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FLOWS } from '../../flows/index.ts';
import { flowNamespace } from '../i18n/namespaces.ts';
import type { StoredNegotiation } from '../record/storage.ts';
import { SavedNegotiations } from './saved-negotiations.tsx';
import { StepHeading } from './step-heading.tsx';

interface HomePageProps {
  readonly negotiations: readonly StoredNegotiation[];
  readonly onOpen: (id: string) => void;
  readonly onStart: (flowId: string) => void;
}

/** Start: pick a jurisdiction for a new negotiation, or reopen one saved on this device. */
export function HomePage({ negotiations, onOpen, onStart }: HomePageProps) {
  const { t } = useTranslation(['ui', ...FLOWS.map((flow) => flowNamespace(flow.id))]);
  const [flowId, setFlowId] = useState(FLOWS[0]?.id ?? '');
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
        {negotiations.length > 0 && <p className="field__hint">{t('home.othersKept')}</p>}
        <button type="submit" className="button button--primary">{t('home.start')}</button>
      </form>

      <section aria-labelledby="saved-title">
        <h2 id="saved-title">{t('home.savedTitle')}</h2>
        <SavedNegotiations negotiations={negotiations} onOpen={onOpen} />
      </section>
    </div>
  );
}
