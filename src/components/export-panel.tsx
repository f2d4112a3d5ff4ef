import { useSelector } from '@xstate/react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../engine/negotiation.ts';
import { DOCUMENT_KINDS, type DocumentKind } from '../export/document-model.ts';
import { buildDocumentOffThread } from '../export/export-client.ts';
import { documentFileName, DOCX_MIME } from '../export/export-document.ts';
import { readLetterTiming, RESPONSE_DAYS } from '../export/letter-timing.ts';
import { encryptFile } from '../record/file-crypto.ts';
import { serialiseNegotiation } from '../record/negotiation-file.ts';
import { downloadBlob } from './download.ts';
import { LETTER_DATE_ID, LETTER_DAYS_ID, LetterTimingFields } from './letter-timing-fields.tsx';
import { NO_PASSPHRASE, PassphraseFields, type PassphraseValue } from './passphrase-fields.tsx';
import { useWizardSession } from './wizard-context.ts';

type ExportState = { readonly kind: 'idle' } | { readonly kind: 'working' | 'done' | 'failed'; readonly what: DocumentKind | 'file' };

/** Today on this device's calendar, as a date field writes it: the letter's default date. */
function localToday(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Downloads the three documents, in a language chosen apart from the interface's, and the file. */
export function ExportPanel() {
  const { t, i18n } = useTranslation('ui');
  const { flow, actor } = useWizardSession();
  const language = useSelector(actor, (snapshot) => snapshot.context.record.documentLanguage);
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  const [timing, setTiming] = useState(() => ({ date: localToday(), replyDays: String(RESPONSE_DAYS) }));
  const letter = readLetterTiming(timing);
  const [lock, setLock] = useState<PassphraseValue>(NO_PASSPHRASE);
  const [mismatch, setMismatch] = useState(false);
  const confirmInput = useRef<HTMLInputElement>(null);

  const download = async (kind: DocumentKind) => {
    if (kind === 'letter' && letter.problems.length > 0) {
      // The errors are already shown and announced; take the user to the first one.
      document.getElementById(letter.problems.includes('date') ? LETTER_DATE_ID : LETTER_DAYS_ID)?.focus();
      return;
    }
    setState({ kind: 'working', what: kind });
    try {
      const record = actor.getSnapshot().context.record;
      const generatedAt = new Date().toISOString();
      const request = { kind, language: record.documentLanguage, generatedAt, ...(kind === 'letter' ? { letter: letter.options } : {}) };
      const { bytes, fileName } = await buildDocumentOffThread(flow, record, i18n, request);
      downloadBlob(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: DOCX_MIME }), fileName);
      setState({ kind: 'done', what: kind });
    } catch (error) {
      console.error(error);
      setState({ kind: 'failed', what: kind });
    }
  };

  /** The whole negotiation as a file, locked when a passphrase was given (typed the same twice). */
  const saveFile = async () => {
    if (lock.passphrase !== lock.confirmation) {
      setMismatch(true);
      confirmInput.current?.focus();
      return;
    }
    setMismatch(false);
    setState({ kind: 'working', what: 'file' });
    try {
      const record = actor.getSnapshot().context.record;
      const exportedAt = new Date().toISOString();
      const json = serialiseNegotiation(record, exportedAt, { includeNotes: true });
      const text = lock.passphrase ? await encryptFile(json, lock.passphrase) : json;
      downloadBlob(new Blob([text], { type: 'application/json' }), documentFileName(record, 'negotiation', exportedAt, 'json'));
      setState({ kind: 'done', what: 'file' });
    } catch (error) {
      console.error(error);
      setState({ kind: 'failed', what: 'file' });
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
      <ul className="export__list">
        {DOCUMENT_KINDS.map((kind) => (
          <li key={kind}>
            {kind === 'letter' && <LetterTimingFields value={timing} options={letter.options} problems={letter.problems} onChange={setTiming} />}
            <button
              type="button"
              className={kind === 'proposal' ? 'button button--primary' : 'button'}
              aria-disabled={state.kind === 'working' || (kind === 'letter' && letter.problems.length > 0)}
              onClick={() => state.kind !== 'working' && void download(kind)}
            >
              {t(`export.kinds.${kind}.button`)}
            </button>
            <p className="field__hint">{t(`export.kinds.${kind}.hint`)}</p>
          </li>
        ))}
        <li>
          <PassphraseFields value={lock} onChange={setLock} mismatch={mismatch} confirmRef={confirmInput} />
          <button type="button" className="button" aria-disabled={state.kind === 'working'} onClick={() => state.kind !== 'working' && void saveFile()}>{t('export.file.button')}</button>
          <p className="field__hint">{t('export.file.hint')}</p>
        </li>
      </ul>
      <p className="notice" role="status">
        {state.kind === 'working' || state.kind === 'done' ? t(`export.${state.kind}`, { what: t(`export.names.${state.what}`) }) : ''}
      </p>
      {state.kind === 'failed' && (
        <p className="field__error" role="alert">{t('export.failed', { what: t(`export.names.${state.what}`) })}</p>
      )}
    </section>
  );
}
