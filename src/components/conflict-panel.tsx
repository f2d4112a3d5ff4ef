import { useSelector } from '@xstate/react';
import type { TFunction } from 'i18next';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { NegotiationRecord } from '../engine/negotiation.ts';
import { flowNamespace } from '../i18n/namespaces.ts';
import { leafValue, type Conflict, type LeafPath, type LeafValue } from '../record/record-merge.ts';
import { sentence } from './sentence.tsx';
import { useWizardSession } from './wizard-context.ts';

interface ConflictPanelProps {
  readonly conflicts: readonly Conflict[];
  readonly onSettle: (conflict: Conflict, chosen: LeafValue) => void;
}

/** Which answer or detail a conflict is about, in the user's words, the system's name in a `<bdi>`. */
function subject(t: TFunction, ns: string, record: NegotiationRecord, conflict: Conflict): ReactNode {
  const path = conflict.path;
  if (path[0] === 'meta') return t(`details.fields.${path[1]}`);
  if (path[0] === 'documentLanguage') return t('export.language');
  // Never edited once kept, so only two copies of one storage could disagree about one.
  if (path[0] === 'round') return t('conflicts.meeting');
  const systemName = record.systems.find((system) => system.id === path[1])?.name ?? conflict.snapshot?.system.name ?? '';
  const name = <bdi>{systemName}</bdi>;
  if (path[0] === 'system') return path.length === 2 ? sentence(t, 'conflicts.system', { name }) : <>{name} · {t(`system.${path[2]}`)}</>;
  const field = path[3] === 'status' ? t('question.status') : path[3] === 'choice' ? t('question.choice') : t(`question.${path[3]}`);
  return <>{name} · {t(`${ns}:questions.${path[2]}.ask`)} · {field}</>;
}

/** How much of a long text a button shows; the whole text is kept whichever is chosen. */
const SHOWN_LENGTH = 160;

/** A value as the user knows it: a status or option by its label, empty text as "(empty)", long text cut short. */
function shown(t: TFunction, ns: string, path: LeafPath, value: LeafValue): string {
  if (value === undefined || value === '') return t('conflicts.empty');
  if (value.length > SHOWN_LENGTH) return `${value.slice(0, SHOWN_LENGTH)}…`;
  if (path[0] === 'documentLanguage') return t(`languages.${value}`);
  if (path[0] === 'system' && path.length === 2) return t(value === 'present' ? 'conflicts.keepSystem' : 'conflicts.removeSystem');
  if (path[0] === 'system' && path[2] === 'category') return t(`categories.${value}`);
  if (path[0] === 'answer' && path[3] === 'status') return t(`status.${value}`);
  if (path[0] === 'answer' && path[3] === 'choice') return t(`${ns}:questions.${path[2]}.options.${value}`);
  return value;
}

/**
 * Two tabs changed the same answer at once: both versions are kept, and the user picks one.
 * Nothing is thrown away until they do.
 */
export function ConflictPanel({ conflicts, onSettle }: ConflictPanelProps) {
  const { flow, actor } = useWizardSession();
  const ns = flowNamespace(flow.id);
  const { t } = useTranslation(['ui', ns]);
  const record = useSelector(actor, (snapshot) => snapshot.context.record);
  const heading = useRef<HTMLHeadingElement>(null);
  const shownBefore = useRef(conflicts.length);
  // After a choice the button is gone: focus goes to the next conflict, or back to the step.
  useEffect(() => {
    if (conflicts.length < shownBefore.current) {
      const target = conflicts.length > 0 ? heading.current : document.querySelector<HTMLElement>('main h1');
      target?.focus();
    }
    shownBefore.current = conflicts.length;
  }, [conflicts.length]);
  return (
    <>
      {/* Said once when versions start waiting: the panel appears while the user may be typing. */}
      <p className="visually-hidden" role="status">{conflicts.length > 0 ? t('conflicts.title', { count: conflicts.length }) : ''}</p>
      {conflicts.length > 0 && (
    <section className="card conflicts" aria-labelledby="conflicts-title">
      <h2 id="conflicts-title" tabIndex={-1} ref={heading}>{t('conflicts.title', { count: conflicts.length })}</h2>
      <p>{t('conflicts.intro')}</p>
      <ul className="conflicts__list">
        {conflicts.map((conflict) => {
          const label = subject(t, ns, record, conflict);
          const current = conflict.path[0] === 'system' && conflict.path.length === 2
            ? (record.systems.some((system) => system.id === conflict.path[1]) ? 'present' : undefined)
            : leafValue(record, conflict.path);
          const versions = [...new Set([current, ...conflict.others])];
          return (
            <li key={JSON.stringify(conflict.path)}>
              <p className="conflicts__subject">{label}</p>
              <div className="actions">
                {versions.map((value, index) => (
                  <button key={index} type="button" className="button" onClick={() => onSettle(conflict, value)}>
                    {sentence(t, 'conflicts.keep', { value: <bdi>{shown(t, ns, conflict.path, value)}</bdi> })}
                    <span className="visually-hidden"> ({label})</span>
                  </button>
                ))}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
      )}
    </>
  );
}
