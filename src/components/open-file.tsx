import { useId, useMemo, useRef, useState } from 'react';
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
        <button type="button" className="button" disabled={chosenExample === undefined} onClick={async () => chosenExample && open(await loadExample(chosenExample))}>
          {t('open.exampleOpen')}
        </button>
      </div>
    </section>
  );
}
