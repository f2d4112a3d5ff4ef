import { useTranslation } from 'react-i18next';
import type { FlowDefinition } from '../engine/flow-types.ts';
import type { Language } from '../engine/negotiation.ts';
import { formatDay } from '../i18n/format-date.ts';
import { citeProvision, findProvision, provisionDates } from '../i18n/legal-citation.ts';
import { flowNamespace } from '../i18n/namespaces.ts';
import { fromT } from '../i18n/translate.ts';

/** The provisions behind a question, each with its source and how sure we are of it. */
export function LegalBasis({ flow, provisionIds }: { readonly flow: FlowDefinition; readonly provisionIds: readonly string[] }) {
  const { t, i18n } = useTranslation(['ui', flowNamespace(flow.id)]);
  const language = (i18n.resolvedLanguage ?? 'en') as Language;
  return (
    <section className="legal" aria-labelledby="legal-title">
      <h2 id="legal-title">{t('legal.title')}</h2>
      {provisionIds.length === 0 ? (
        <p className="legal__none">{t('legal.none')}</p>
      ) : (
        <ul className="legal__list">
          {provisionIds.map((id) => {
            const provision = findProvision(flow, id);
            return (
              <li key={id}>
                <a href={provision.url} target="_blank" rel="noreferrer noopener" className="legal__citation">
                  {citeProvision(fromT(t), flow, provision)}
                </a>{' '}
                <span className={`badge badge--${provision.verification}`}>{t(`verification.${provision.verification}`)}</span>
                <p>{t(`${flowNamespace(flow.id)}:provisions.${id}`)}</p>
                <p className="legal__reviewed">{provisionDates(fromT(t), provision, (iso) => formatDay(iso, language)).join('; ')}</p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
