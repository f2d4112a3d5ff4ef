import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NegotiationRecord } from '../engine/negotiation.ts';
import type { NegotiationSummary } from '../record/negotiation-summary.ts';
import type { ExistingNegotiation } from '../record/workspace-import.ts';
import { downloadBlob } from './download.ts';
import { NO_PASSPHRASE, PassphraseFields, type PassphraseValue } from './passphrase-fields.tsx';

interface WorkspaceBackupProps {
  /** Every negotiation on this device, as the home page lists them. */
  readonly negotiations: readonly NegotiationSummary[];
  /** The whole records, read (and validated) only when a backup is asked for. */
  readonly readRecords: () => Promise<readonly ExistingNegotiation[]>;
  readonly now: () => string;
}

type BackupState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'working' }
  | { readonly kind: 'done'; readonly count: number; readonly encrypted: boolean }
  | { readonly kind: 'failed' };

/** The file's name: the day of the backup, so that several kept side by side sort by date. */
function backupFileName(exportedAt: string, encrypted: boolean): string {
  return `negotiations-backup-${exportedAt.slice(0, 10)}${encrypted ? '-encrypted' : ''}.json`;
}

/**
 * Downloads one file of every negotiation on this device (archived ones too; deleted ones are
 * on their way out and are left out), optionally locked with a passphrase.
 */
export function WorkspaceBackup({ negotiations, readRecords, now }: WorkspaceBackupProps) {
  const { t } = useTranslation('ui');
  const id = useId();
  const [lock, setLock] = useState<PassphraseValue>(NO_PASSPHRASE);
  const { passphrase, confirmation } = lock;
  const [mismatch, setMismatch] = useState(false);
  const [state, setState] = useState<BackupState>({ kind: 'idle' });
  const confirmInput = useRef<HTMLInputElement>(null);

  const kept = negotiations.filter((negotiation) => negotiation.deletedAt === undefined);
  const readable = kept.filter((negotiation) => negotiation.problem === undefined).length;
  const damaged = kept.length - readable;

  const backUp = async () => {
    if (state.kind === 'working' || readable === 0) return;
    if (passphrase !== confirmation) {
      setMismatch(true);
      confirmInput.current?.focus();
      return;
    }
    setMismatch(false);
    setState({ kind: 'working' });
    try {
      const stored = (await readRecords()).filter((negotiation) => negotiation.deletedAt === undefined);
      const records = stored.flatMap((negotiation): NegotiationRecord[] => (negotiation.reading.ok ? [negotiation.reading.record] : []));
      const exportedAt = now();
      const archived = stored.filter((negotiation) => negotiation.archived).map((negotiation) => negotiation.id);
      // The file's writing and encryption load with the first backup, not with the home page.
      const [{ serialiseWorkspace }, { encryptFile }] = await Promise.all([import('../record/negotiation-file.ts'), import('../record/file-crypto.ts')]);
      const plain = serialiseWorkspace(records, exportedAt, archived);
      const encrypted = passphrase !== '';
      const text = encrypted ? await encryptFile(plain, passphrase) : plain;
      downloadBlob(new Blob([text], { type: 'application/json' }), backupFileName(exportedAt, encrypted));
      setState({ kind: 'done', count: records.length, encrypted });
    } catch (error) {
      console.error(error);
      setState({ kind: 'failed' });
    }
  };

  return (
    <section className="card workspace-backup" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('backup.title')}</h2>
      <p>{t('backup.intro')}</p>
      {readable === 0 ? (
        <p>{t('backup.none')}</p>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void backUp();
          }}
        >
          <PassphraseFields value={lock} onChange={setLock} mismatch={mismatch} confirmRef={confirmInput} />
          {damaged > 0 && <p className="field__hint">{t('backup.damaged', { count: damaged })}</p>}
          <div className="actions">
            <button type="submit" className="button" aria-disabled={state.kind === 'working'}>{t('backup.button')}</button>
          </div>
        </form>
      )}
      <p className="notice" role="status">
        {state.kind === 'working'
          ? t('backup.working')
          : state.kind === 'done'
            ? state.encrypted
              ? t('backup.encryptedDone', { count: state.count })
              : t('backup.done', { count: state.count })
            : ''}
      </p>
      {state.kind === 'failed' && <p className="field__error" role="alert">{t('backup.failed')}</p>}
    </section>
  );
}
