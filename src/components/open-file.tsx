import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { jurisdictionName } from '../i18n/jurisdiction-name.ts';
import { fromT } from '../i18n/translate.ts';
import type { FileProblem, FileReading } from '../record/negotiation-file.ts';

interface OpenFileProps {
  /** Opens a reading that passed validation; the caller stores it as a new negotiation. */
  readonly onOpen: (reading: FileReading & { ok: true }) => Promise<void>;
  readonly readFile: (bytes: Uint8Array) => Promise<FileReading>;
  /** The example negotiations offered, by their jurisdiction key. */
  readonly examples: readonly string[];
  readonly loadExample: (key: string) => Promise<FileReading>;
}

/** Opens a negotiation file or a .docx made by the wizard, or a finished example, as a new copy. */
export function OpenFile({ onOpen, readFile, examples, loadExample }: OpenFileProps) {
  const { t } = useTranslation('ui');
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<FileProblem | null>(null);
  // Counts the files refused, so that a second refusal is a new alert and is read out again.
  const [refusals, setRefusals] = useState(0);

  const open = async (reading: FileReading) => {
    if (!reading.ok) {
      setProblem(reading.problem);
      setRefusals((count) => count + 1);
      return;
    }
    setProblem(null);
    await onOpen(reading);
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
          if (file) await open(await readFile(new Uint8Array(await file.arrayBuffer())));
        }}
      />
      {problem && (
        <div key={refusals} className="field__error" role="alert">
          <p>{t(`open.problems.${problem.kind}`, problem.kind === 'newer-file-version' ? { version: problem.version } : {})}</p>
          {problem.kind === 'record' && <p>{t(`home.damaged.${problem.problem.kind}`, problem.problem.kind === 'newer-version' ? { version: problem.problem.version } : {})}</p>}
          <p>{t('open.nothingChanged')}</p>
        </div>
      )}
      <h3>{t('open.examplesTitle')}</h3>
      <p className="field__hint">{t('open.examplesHint')}</p>
      <div className="actions">
        {examples.map((key) => (
          <button key={key} type="button" className="button" onClick={async () => open(await loadExample(key))}>
            {t('open.example', { jurisdiction: jurisdictionName(fromT(t), key) })}
          </button>
        ))}
      </div>
    </section>
  );
}
