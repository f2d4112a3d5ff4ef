import { useSelector } from '@xstate/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../engine/negotiation.ts';
import { documentFileName, exportDocument } from '../export/export-document.ts';
import { downloadBlob } from './download.ts';
import { useWizardSession } from './wizard-context.ts';

type ExportState = 'idle' | 'working' | 'done' | 'failed';

/** Chooses the document's language (independent of the interface's) and downloads the .docx. */
export function ExportPanel() {
  const { t, i18n } = useTranslation('ui');
  const { flow, actor } = useWizardSession();
  const language = useSelector(actor, (snapshot) => snapshot.context.record.documentLanguage);
  const [state, setState] = useState<ExportState>('idle');

  const download = async () => {
    setState('working');
    try {
      const record = actor.getSnapshot().context.record;
      const now = new Date().toISOString();
      downloadBlob(await exportDocument(flow, record, i18n, now), documentFileName(record, now));
      setState('done');
    } catch (error) {
      console.error(error);
      setState('failed');
    }
  };

  return (
    <section className="card export" aria-labelledby="export-title">
      <h2 id="export-title">{t('export.title')}</h2>
      <p>{t('export.intro')}</p>
      <div className="field">
        <label htmlFor="document-language">{t('export.language')}</label>
        <select
          id="document-language"
          value={language}
          onChange={(event) => actor.send({ type: 'document.language', language: event.target.value as Language })}
        >
          {LANGUAGES.map((code) => (
            <option key={code} value={code} lang={code}>{t(`languages.${code}`)}</option>
          ))}
        </select>
      </div>
      <button type="button" className="button button--primary" onClick={download} disabled={state === 'working'}>
        {t('export.download')}
      </button>
      <p className={state === 'failed' ? 'field__error' : 'notice'} role={state === 'failed' ? 'alert' : 'status'}>
        {state === 'idle' ? '' : t(`export.${state}`)}
      </p>
    </section>
  );
}
