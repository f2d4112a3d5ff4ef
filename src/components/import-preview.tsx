import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../engine/negotiation.ts';
import { formatDay } from '../i18n/format-date.ts';
import { DEFAULT_CHOICE, importCounts, type ImportDecisions, type ImportPlan, type PlanItem, type SameIdChoice, type Summary } from '../record/workspace-import.ts';
import { sentence } from './sentence.tsx';

interface ImportPreviewProps {
  readonly plan: ImportPlan;
  /** Writes what was chosen; the preview stays, disabled, until it settles. */
  readonly onImport: (decisions: ImportDecisions) => Promise<void>;
  readonly onCancel: () => void;
}

/** A negotiation as the list names it: its own name, else its parties. */
export function summaryTitle(summary: Summary, untitled: string): string {
  return summary.title || [summary.employer, summary.union].filter(Boolean).join(' · ') || untitled;
}

/**
 * What an import will add and what has the id of a negotiation already here, with a choice for
 * each of those; nothing is written before "Import".
 */
export function ImportPreview({ plan, onImport, onCancel }: ImportPreviewProps) {
  const { t, i18n } = useTranslation('ui');
  const language = (i18n.resolvedLanguage ?? 'en') as Language;
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [decisions, setDecisions] = useState<ImportDecisions>({});
  const [working, setWorking] = useState(false);
  // The preview replaces the control that opened it: the user is taken to what it says.
  useEffect(() => heading.current?.focus(), []);

  const details = (summary: Summary) =>
    t('importing.details', { date: formatDay(summary.updatedAt, language), meetings: summary.meetings, systems: summary.systems });
  const title = (item: PlanItem) => summaryTitle(item.incoming, t('home.untitled'));
  const adds = plan.items.filter((item) => item.kind === 'add');
  const same = plan.items.flatMap((item) => (item.kind === 'same-id' ? [item] : []));
  const unchanged = plan.items.filter((item) => item.kind === 'unchanged');
  const counts = importCounts(plan, decisions);
  const choiceLabels: Readonly<Record<SameIdChoice, string>> = {
    replace: t('importing.choices.replace'),
    copy: t('importing.choices.copy'),
    skip: t('importing.choices.skip'),
  };

  return (
    <section className="import-preview" aria-labelledby={headingId}>
      <h3 id={headingId} ref={heading} tabIndex={-1}>{t('importing.previewTitle')}</h3>
      <p>{t('importing.previewIntro')}</p>
      {adds.length > 0 && (
        <>
          <h4>{t('importing.addTitle')}</h4>
          <ul>
            {adds.map((item) => (
              <li key={item.record.id}>
                <strong>{title(item)}</strong> <span className="field__hint">{details(item.incoming)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {same.length > 0 && (
        <>
          <h4>{t('importing.sameTitle')}</h4>
          <p className="field__hint">{t('importing.sameHint')}</p>
          {same.map((item) => {
            const chosen = decisions[item.record.id] ?? DEFAULT_CHOICE;
            // A deleted one waits to be erased: it is brought back from the list, not replaced.
            const choices: readonly SameIdChoice[] = item.deleted ? ['copy', 'skip'] : ['replace', 'copy', 'skip'];
            return (
              <fieldset key={item.record.id}>
                <legend>{sentence(t, 'importing.choiceLegend', { title: <bdi>{title(item)}</bdi> })}</legend>
                <p>{t('importing.incoming', { details: details(item.incoming) })}</p>
                <p>
                  {item.deleted
                    ? t('importing.existingDeleted')
                    : item.existing
                      ? sentence(t, 'importing.existing', { details: <><bdi>{summaryTitle(item.existing, t('home.untitled'))}</bdi>, {details(item.existing)}</> })
                      : t('importing.existingDamaged')}
                </p>
                {choices.map((choice) => (
                  <label key={choice} className="choice choice--block">
                    <input
                      type="radio"
                      name={`${headingId}-${item.record.id}`}
                      value={choice}
                      checked={chosen === choice}
                      disabled={working}
                      onChange={() => setDecisions((current) => ({ ...current, [item.record.id]: choice }))}
                    />
                    <span>{choiceLabels[choice]}</span>
                  </label>
                ))}
              </fieldset>
            );
          })}
        </>
      )}
      {unchanged.length > 0 && (
        <>
          <h4>{t('importing.unchangedTitle')}</h4>
          <ul>
            {unchanged.map((item) => (
              <li key={item.record.id}>{title(item)}</li>
            ))}
          </ul>
        </>
      )}
      <p aria-live="polite">{t('importing.summary', counts)}</p>
      <div className="actions">
        <button
          type="button"
          className="button button--primary"
          aria-disabled={working}
          onClick={async () => {
            if (working) return;
            setWorking(true);
            try {
              await onImport(decisions);
            } finally {
              setWorking(false);
            }
          }}
        >
          {working ? t('importing.working') : t('importing.import')}
        </button>
        <button type="button" className="button" disabled={working} onClick={onCancel}>{t('importing.cancel')}</button>
      </div>
    </section>
  );
}
