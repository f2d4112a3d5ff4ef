import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { jurisdictionName } from '../i18n/jurisdiction-name.ts';
import { fromT } from '../i18n/translate.ts';
import { MAX_FILE_BYTES } from '../record/file-limits.ts';
import type { FileProblem, FileReading, NegotiationFile } from '../record/negotiation-file.ts';
import type { ImportDecisions, ImportPlan, ImportResult } from '../record/workspace-import.ts';
import { ImportPreview } from './import-preview.tsx';
import { sentence } from './sentence.tsx';

interface OpenFileProps {
  /** Opens a reading that passed validation; the caller stores it as a new negotiation. */
  readonly onOpen: (reading: FileReading & { ok: true }) => Promise<void>;
  readonly readFile: (bytes: Uint8Array) => Promise<FileReading>;
  /** Reads a file locked with a passphrase. */
  readonly readEncrypted: (bytes: Uint8Array, passphrase: string) => Promise<FileReading>;
  /** What importing the file would do, against what this device holds now. */
  readonly planImport: (file: NegotiationFile) => Promise<ImportPlan>;
  /** Writes what the user chose; the caller refreshes its list. */
  readonly onImport: (plan: ImportPlan, decisions: ImportDecisions) => Promise<ImportResult>;
  /** Opens a negotiation now stored on this device. */
  readonly openStored: (id: string) => Promise<void>;
  /** The example negotiations offered, by their jurisdiction key. */
  readonly examples: readonly string[];
  readonly loadExample: (key: string) => Promise<FileReading>;
}

type Step =
  | { readonly kind: 'idle' }
  | { readonly kind: 'locked'; readonly bytes: Uint8Array; readonly wrong: number; readonly working: boolean }
  | { readonly kind: 'preview'; readonly plan: ImportPlan };

/** Where in the file a problem lies, when the file holds a list. */
function placeOf(problem: FileProblem): { readonly number: number; readonly employer: string } | undefined {
  return problem.kind === 'record' || problem.kind === 'duplicate-id' ? { number: problem.index + 1, employer: problem.employer } : undefined;
}

/** The figures a problem's message quotes. */
function problemValues(problem: FileProblem): Readonly<Record<string, string | number>> {
  switch (problem.kind) {
    case 'newer-file-version':
      return { version: problem.version };
    case 'too-large':
      return { limit: Math.round(problem.limit / 1024 / 1024) };
    case 'too-deep':
      return { limit: problem.limit };
    case 'forbidden-key':
      return { key: problem.key };
    case 'too-many':
      return { count: problem.count, limit: problem.limit };
    default:
      return {};
  }
}

/**
 * Opens a negotiation file or a .docx made by the wizard, or a finished example. A document or
 * an example opens as a new copy; a negotiation file (a backup of many, or one negotiation) is
 * imported: new negotiations are added, and one with the id of a negotiation already here is
 * shown with a choice before anything is written. A file locked with a passphrase asks for it.
 */
export function OpenFile({ onOpen, readFile, readEncrypted, planImport, onImport, openStored, examples, loadExample }: OpenFileProps) {
  const { t, i18n } = useTranslation('ui');
  const language = i18n.resolvedLanguage ?? i18n.language;
  const inputId = useId();
  const exampleId = useId();
  // One list for all the examples, by the name of their law in the interface language.
  const named = useMemo(() => {
    const collator = new Intl.Collator(language);
    return examples.map((key) => ({ key, name: jurisdictionName(fromT(t), key) })).sort((a, b) => collator.compare(a.name, b.name));
  }, [examples, t, language]);
  const [exampleKey, setExampleKey] = useState<string>();
  const chosenExample = exampleKey ?? named[0]?.key;
  const input = useRef<HTMLInputElement>(null);
  const passphraseInput = useRef<HTMLInputElement>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const [problem, setProblem] = useState<FileProblem | null>(null);
  // Counts the files refused, so that a second refusal is a new alert and is read out again.
  const [refusals, setRefusals] = useState(0);
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [passphrase, setPassphrase] = useState('');
  const [showPassphrase, setShowPassphrase] = useState(false);
  const [status, setStatus] = useState('');
  const [failed, setFailed] = useState(false);
  // Goes up with each message, so that the focus moves to it once it is on screen.
  const [announced, setAnnounced] = useState(0);
  const locked = step.kind === 'locked';

  useEffect(() => {
    if (locked) passphraseInput.current?.focus();
  }, [locked]);
  useEffect(() => {
    if (announced > 0) statusRef.current?.focus();
  }, [announced]);

  const refuse = (refused: FileProblem) => {
    setProblem(refused);
    setRefusals((count) => count + 1);
  };

  /** Says what happened where the focus goes, once the preview or the passphrase has gone. */
  const announce = (message: string) => {
    setStatus(message);
    setStep({ kind: 'idle' });
    setAnnounced((count) => count + 1);
  };

  const open = async (reading: FileReading, bytes?: Uint8Array) => {
    setStatus('');
    setFailed(false);
    if (!reading.ok) {
      if (reading.problem.kind === 'encrypted' && bytes) {
        setProblem(null);
        setPassphrase('');
        setStep({ kind: 'locked', bytes, wrong: 0, working: false });
        return;
      }
      setStep({ kind: 'idle' });
      refuse(reading.problem);
      return;
    }
    setProblem(null);
    const { file } = reading;
    // A document or a copy carries too little to stand for a negotiation here: always a new copy.
    if (reading.fromDocument || file.contents !== 'full') {
      setStep({ kind: 'idle' });
      await onOpen(reading);
      return;
    }
    const plan = await planImport(file);
    const [only, ...others] = plan.items;
    // One new negotiation needs no choosing: it is stored as it is, under its own id, and opened.
    if (only?.kind === 'add' && others.length === 0) {
      setStep({ kind: 'idle' });
      try {
        await onImport(plan, {});
      } catch (error) {
        console.error(error);
        setFailed(true);
        announce(t('importing.failed'));
        return;
      }
      await openStored(only.record.id);
      return;
    }
    setStep({ kind: 'preview', plan });
  };

  /** An example always opens as a new copy, however often it is opened. */
  const openExample = async (reading: FileReading) => {
    setStatus('');
    setStep({ kind: 'idle' });
    if (!reading.ok) {
      refuse(reading.problem);
      return;
    }
    setProblem(null);
    await onOpen(reading);
  };

  const unlock = async () => {
    if (step.kind !== 'locked' || step.working) return;
    setStep({ ...step, working: true });
    const reading = await readEncrypted(step.bytes, passphrase);
    if (!reading.ok && reading.problem.kind === 'wrong-passphrase') {
      setStep({ ...step, working: false, wrong: step.wrong + 1 });
      passphraseInput.current?.focus();
      passphraseInput.current?.select();
      return;
    }
    setPassphrase('');
    await open(reading);
  };

  const runImport = async (plan: ImportPlan, decisions: ImportDecisions) => {
    try {
      const result = await onImport(plan, decisions);
      const counts = { add: result.added.length, replace: result.replaced.length, copy: result.copied.length, skip: result.skipped.length, unchanged: result.unchanged.length };
      announce(t('importing.done', counts));
    } catch (error) {
      console.error(error);
      setFailed(true);
      announce(t('importing.failed'));
    }
  };

  return (
    <section className="card open-file" aria-labelledby="open-title">
      <h2 id="open-title">{t('open.title')}</h2>
      <h3 id={`${inputId}-title`}>{t('open.file')}</h3>
      <p className="field__hint" id={`${inputId}-hint`}>{t('open.fileHint')}</p>
      {/* A real button, styled like the others and named in words, in place of the browser's
          own file control; the input stays in the page, hidden, to open the chooser. */}
      <button type="button" className="button" aria-describedby={`${inputId}-title ${inputId}-hint`} onClick={() => input.current?.click()}>
        {t('open.choose')}
      </button>
      <input
        ref={input}
        id={inputId}
        type="file"
        hidden
        accept=".json,.docx,application/json,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        onChange={async (event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (!file) return;
          // Said before the file is read at all: a runaway file would freeze the page.
          if (file.size > MAX_FILE_BYTES) {
            setStep({ kind: 'idle' });
            refuse({ kind: 'too-large', limit: MAX_FILE_BYTES });
            return;
          }
          const bytes = new Uint8Array(await file.arrayBuffer());
          await open(await readFile(bytes), bytes);
        }}
      />
      {step.kind === 'locked' && (
        <form
          className="open-file__passphrase"
          aria-labelledby={`${inputId}-locked`}
          onSubmit={(event) => {
            event.preventDefault();
            void unlock();
          }}
        >
          <h3 id={`${inputId}-locked`}>{t('importing.passphraseTitle')}</h3>
          <div className="field">
            <label htmlFor={`${inputId}-passphrase`}>{t('importing.passphrase')}</label>
            <p className="field__hint" id={`${inputId}-passphrase-hint`}>{t('importing.passphraseHint')}</p>
            {step.wrong > 0 && (
              <p key={step.wrong} className="field__error" id={`${inputId}-passphrase-error`} role="alert">{t('open.problems.wrong-passphrase')}</p>
            )}
            <input
              ref={passphraseInput}
              id={`${inputId}-passphrase`}
              type={showPassphrase ? 'text' : 'password'}
              autoComplete="current-password"
              value={passphrase}
              aria-invalid={step.wrong > 0}
              aria-describedby={`${inputId}-passphrase-hint${step.wrong > 0 ? ` ${inputId}-passphrase-error` : ''}`}
              onChange={(event) => setPassphrase(event.target.value)}
            />
          </div>
          <label className="choice">
            <input type="checkbox" checked={showPassphrase} onChange={(event) => setShowPassphrase(event.target.checked)} />
            <span>{t('importing.show')}</span>
          </label>
          <div className="actions">
            <button type="submit" className="button button--primary" aria-disabled={step.working}>
              {step.working ? t('importing.unlocking') : t('importing.unlock')}
            </button>
            <button type="button" className="button" onClick={() => announce(t('importing.cancelled'))}>{t('importing.cancel')}</button>
          </div>
        </form>
      )}
      {step.kind === 'preview' && (
        <ImportPreview plan={step.plan} onImport={(decisions) => runImport(step.plan, decisions)} onCancel={() => announce(t('importing.cancelled'))} />
      )}
      <p ref={statusRef} tabIndex={-1} className={failed ? 'field__error' : 'notice'} role={failed ? 'alert' : 'status'}>{status}</p>
      {problem && (
        <div key={refusals} className="field__error" role="alert">
          <p>{t(`open.problems.${problem.kind}`, problemValues(problem))}</p>
          {problem.kind === 'record' && <p>{t(`home.damaged.${problem.problem.kind}`, problem.problem.kind === 'newer-version' ? { version: problem.problem.version } : {})}</p>}
          {placeOf(problem) && <p>{placeOf(problem)?.employer ? sentence(t, 'importing.whereEmployer', { employer: <bdi>{placeOf(problem)?.employer}</bdi> }, placeOf(problem)) : t('importing.where', placeOf(problem))}</p>}
          <p>{t('open.nothingChanged')}</p>
        </div>
      )}
      <h3>{t('open.examplesTitle')}</h3>
      <p className="field__hint">{t('open.examplesHint')}</p>
      <div className="field">
        <label htmlFor={exampleId}>{t('open.exampleLabel')}</label>
        <select id={exampleId} value={chosenExample} onChange={(event) => setExampleKey(event.target.value)}>
          {named.map(({ key, name }) => (
            <option key={key} value={key}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <div className="actions">
        <button type="button" className="button" disabled={chosenExample === undefined} onClick={async () => chosenExample && openExample(await loadExample(chosenExample))}>
          {t('open.exampleOpen')}
        </button>
      </div>
    </section>
  );
}
