import { memo, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_TAGS, type Language } from '../engine/negotiation.ts';
import { fromT } from '../i18n/translate.ts';
import type { NegotiationSummary } from '../record/negotiation-summary.ts';
import { ConfirmChoice } from './confirm-choice.tsx';
import { downloadBlob } from './download.ts';
import { listed, matching, sorted, SORT_ORDERS, type ListedNegotiation, type SortOrder } from './negotiation-order.ts';
import { sentence } from './sentence.tsx';
import { usePendingFocus } from './use-pending-focus.ts';
import { useProgressiveCount } from './use-progressive-count.ts';

export interface NegotiationActions {
  readonly onOpen: (id: string) => void;
  readonly onArchive: (id: string, archived: boolean) => void;
  /** Deletes at once; the caller offers an undo for a while before erasing it for good. */
  readonly onDelete: (id: string, title: string) => void;
  /** Saves a new name (empty: named by its parties); settles once the list shows it. Without it, no "Rename". */
  readonly onRename?: (id: string, title: string) => Promise<void>;
  /** Stores a copy under a new id; the list then puts focus on it. Without it, no "Duplicate". */
  readonly onDuplicate?: (id: string) => void;
  /** The stored data of a record that cannot be read, exactly as it is, for download. */
  readonly readRaw?: (id: string) => Promise<unknown>;
}

interface SavedNegotiationsProps {
  readonly negotiations: readonly NegotiationSummary[];
  /** Kept the same object between renders, so that typing a search re-renders only the cards it changes. */
  readonly actions: NegotiationActions;
  /** A negotiation that should take the focus once shown (a copy just made). */
  readonly focusRequest?: { readonly id: string };
}

const SORT_LABELS: Readonly<Record<SortOrder, string>> = {
  updated: 'home.list.sort.updated',
  employer: 'home.list.sort.employer',
  meeting: 'home.list.sort.meeting',
  gaps: 'home.list.sort.gaps',
};

type Translate = ReturnType<typeof useTranslation<'ui'>>['t'];

/**
 * What every card shares, worked out once per list rather than per card: with hundreds of
 * cards, a translation lookup or a date formatter per card is most of the list's cost.
 */
interface CardContext {
  readonly t: Translate;
  readonly dateTime: Intl.DateTimeFormat;
  readonly date: Intl.DateTimeFormat;
  readonly words: ReturnType<typeof sharedWords>;
  readonly focusRequest?: { readonly id: string };
}

function sharedWords(t: Translate) {
  return {
    untitled: t('home.untitled'),
    damaged: t('home.damaged.title'),
    kept: t('home.damaged.kept'),
    download: t('home.damaged.download'),
    law: t('home.facts.law'),
    meeting: t('home.facts.meeting'),
    progress: t('home.facts.progress'),
    gaps: t('home.facts.gaps'),
    noGaps: t('home.noGaps'),
    open: t('home.open'),
    rename: t('home.rename.button'),
    duplicate: t('home.duplicate'),
    archive: t('home.archive'),
    unarchive: t('home.unarchive'),
    delete: t('home.delete.button'),
    confirmLabel: t('home.delete.confirmLabel'),
    yes: t('home.delete.yes'),
    no: t('home.delete.no'),
  };
}

/**
 * Cards rendered in the first commit; the rest follow STEP_CARDS at a time in transitions,
 * which React renders in slices between frames, so that hundreds of negotiations neither delay
 * the first list nor hold the main thread in one long task. One transition for all the rest
 * made a commit (and a frame laying out its cards) of 80 ms with 200 negotiations.
 */
const FIRST_CARDS = 10;
const STEP_CARDS = 30;

/**
 * Every negotiation on this device, sorted and searchable, with the archived ones folded away.
 * It reads summaries only; the whole record is read when one is opened. One that cannot be
 * read is explained and kept, never dropped, and can be archived or deleted too.
 */
export function SavedNegotiations({ negotiations, focusRequest, actions }: SavedNegotiationsProps) {
  const { t, i18n } = useTranslation('ui');
  const language = (i18n.resolvedLanguage ?? 'en') as Language;
  const [order, setOrder] = useState<SortOrder>('updated');
  const [query, setQuery] = useState('');
  const sortId = useId();
  const filterId = useId();
  const hintId = useId();
  const all = useMemo(
    () => listed(negotiations.filter((summary) => summary.deletedAt === undefined), fromT(t)),
    [negotiations, t],
  );
  const collator = useMemo(() => new Intl.Collator(LANGUAGE_TAGS[language], { sensitivity: 'base', numeric: true }), [language]);
  // The search box shows only with two negotiations or more; a search left in it then no longer applies.
  const activeQuery = all.length > 1 ? query : '';
  const shown = useMemo(() => sorted(matching(all, activeQuery), order, collator), [all, activeQuery, order, collator]);
  const context = useMemo<CardContext>(() => ({
    t,
    words: sharedWords(t),
    dateTime: new Intl.DateTimeFormat(LANGUAGE_TAGS[language], { dateStyle: 'medium', timeStyle: 'short' }),
    date: new Intl.DateTimeFormat(LANGUAGE_TAGS[language], { dateStyle: 'medium', timeZone: 'UTC' }),
    ...(focusRequest ? { focusRequest } : {}),
  }), [t, language, focusRequest]);
  const limit = useProgressiveCount(all.length, FIRST_CARDS, STEP_CARDS);
  const active = shown.filter((negotiation) => !negotiation.summary.archived).slice(0, limit);
  const archivedAll = shown.filter((negotiation) => negotiation.summary.archived);
  const archived = archivedAll.slice(0, Math.max(0, limit - active.length));
  const searching = activeQuery.trim() !== '';
  const empty = all.length === 0 ? t('home.none') : !all.some((negotiation) => !negotiation.summary.archived) ? t('home.noneActive') : undefined;
  return (
    <>
      {all.length > 1 && (
        <div className="negotiations__tools">
          <div className="field">
            <label htmlFor={filterId}>{t('home.list.filterLabel')}</label>
            <p className="field__hint" id={hintId}>{t('home.list.filterHint')}</p>
            <input id={filterId} type="search" dir="auto" aria-describedby={hintId} value={query} onChange={(event) => setQuery(event.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={sortId}>{t('home.list.sortLabel')}</label>
            <select id={sortId} value={order} onChange={(event) => setOrder(event.target.value as SortOrder)}>
              {SORT_ORDERS.map((candidate) => <option key={candidate} value={candidate}>{t(SORT_LABELS[candidate])}</option>)}
            </select>
          </div>
        </div>
      )}
      {/* Polite: the count of matches is said after what was typed, not over it. */}
      <p role="status" className="negotiations__count">
        {searching ? sentence(t, shown.length === 0 ? 'home.list.noMatch' : 'home.list.matches', { query: <bdi>{activeQuery.trim()}</bdi> }, { count: shown.length }) : ''}
      </p>
      {empty ? <p>{empty}</p> : active.length > 0 && <NegotiationList negotiations={active} context={context} actions={actions} />}
      {archivedAll.length > 0 && (
        <details className="archived" open={searching || undefined}>
          <summary>{t('home.archivedTitle', { count: archivedAll.length })}</summary>
          <NegotiationList negotiations={archived} context={context} actions={actions} />
        </details>
      )}
    </>
  );
}

interface ListProps {
  readonly negotiations: readonly ListedNegotiation[];
  readonly context: CardContext;
  readonly actions: NegotiationActions;
}

function NegotiationList({ negotiations, context, actions }: ListProps) {
  const [confirming, setConfirming] = useState<string | null>(null);
  return (
    <ul className="negotiations">
      {negotiations.map((negotiation) => (
        <NegotiationCard
          key={negotiation.summary.id}
          negotiation={negotiation}
          confirming={confirming === negotiation.summary.id}
          onConfirm={setConfirming}
          context={context}
          actions={actions}
        />
      ))}
    </ul>
  );
}

interface CardProps {
  readonly negotiation: ListedNegotiation;
  readonly confirming: boolean;
  readonly onConfirm: (id: string | null) => void;
  readonly context: CardContext;
  readonly actions: NegotiationActions;
}

/** One negotiation: its name, law, meeting, progress and gaps, and what can be done with it. */
const NegotiationCard = memo(function NegotiationCard({ negotiation, confirming, onConfirm, context, actions }: CardProps) {
  const { t, words } = context;
  const { summary } = negotiation;
  const { id, problem } = summary;
  const title = problem ? words.damaged : negotiation.name || words.untitled;
  const headingId = `negotiation-${id}`;
  const deleteId = `${headingId}-delete`;
  const renameId = `${headingId}-rename`;
  const [renaming, setRenaming] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const focusLater = usePendingFocus();
  const focusWanted = context.focusRequest?.id === id ? context.focusRequest : undefined;
  // A copy just made takes the focus, so the user lands on what they created.
  useEffect(() => {
    if (focusWanted) heading.current?.focus();
  }, [focusWanted]);
  // Back from "Keep it" or Escape: focus returns to the button that asked.
  const cancel = () => {
    onConfirm(null);
    focusLater(deleteId);
  };
  const parties = [summary.employer, summary.union].filter(Boolean).join(' · ');
  return (
    <li className={problem ? 'card card--damaged negotiation' : 'card negotiation'} aria-labelledby={headingId}>
      <h3 id={headingId} tabIndex={-1} ref={heading} dir="auto">{title}</h3>
      {problem ? (
        <>
          <p className="field__error">{t(`home.damaged.${problem.kind}`, problem.kind === 'newer-version' ? { version: problem.version } : {})}</p>
          <p>{words.kept}</p>
        </>
      ) : (
        <>
          {summary.title.trim() !== '' && parties !== '' && <p className="negotiation__parties" dir="auto">{parties}</p>}
          <dl className="negotiation__facts">
            <div>
              <dt>{words.law}</dt>
              <dd>{negotiation.jurisdiction}</dd>
            </div>
            <div>
              <dt>{words.meeting}</dt>
              <dd>{summary.lastMeeting ? t('home.meetingOn', { round: summary.round, date: meetingDate(summary.lastMeeting, context.date) }) : t('home.meetingNumber', { round: summary.round })}</dd>
            </div>
            <div>
              <dt>{words.progress}</dt>
              <dd>{t('home.answers', { count: summary.answered })} · {t('home.systems', { count: summary.systems })}</dd>
            </div>
            <div>
              <dt>{words.gaps}</dt>
              <dd>{summary.openGaps > 0 ? t('home.gaps', { count: summary.openGaps }) : words.noGaps}</dd>
            </div>
          </dl>
          {!Number.isNaN(Date.parse(summary.updatedAt)) && <p className="field__hint">{t('home.updated', { date: context.dateTime.format(Date.parse(summary.updatedAt)) })}</p>}
        </>
      )}
      {renaming ? (
        <RenameForm
          id={id}
          initial={summary.title}
          onSave={(value) => {
            setRenaming(false);
            focusLater(renameId);
            // Once the list shows the new name (and may have moved the card), focus is put back again.
            void actions.onRename?.(id, value).then(() => focusLater(renameId));
          }}
          onCancel={() => {
            setRenaming(false);
            focusLater(renameId);
          }}
        />
      ) : confirming ? (
        <ConfirmChoice
          label={words.confirmLabel}
          question={sentence(t, 'home.delete.confirm', { title: <bdi>{title}</bdi> })}
          yes={words.yes}
          no={words.no}
          onYes={() => { onConfirm(null); actions.onDelete(id, title); }}
          onNo={cancel}
        />
      ) : (
        <div className="actions negotiation__actions">
          {problem ? (
            actions.readRaw && (
              <button type="button" className="button" onClick={() => void actions.readRaw?.(id).then((raw) => downloadBlob(new Blob([safeJson(raw)], { type: 'application/json' }), `negotiation-${id}.json`))}>
                {words.download}
              </button>
            )
          ) : (
            <>
              <button type="button" className="button" onClick={() => actions.onOpen(id)}>
                {words.open}<span className="visually-hidden">: {title}</span>
              </button>
              {actions.onRename && (
                <button type="button" className="button button--quiet" id={renameId} onClick={() => setRenaming(true)}>
                  {words.rename}<span className="visually-hidden">: {title}</span>
                </button>
              )}
              {actions.onDuplicate && (
                <button type="button" className="button button--quiet" onClick={() => actions.onDuplicate?.(id)}>
                  {words.duplicate}<span className="visually-hidden">: {title}</span>
                </button>
              )}
            </>
          )}
          <button type="button" className="button button--quiet" onClick={() => actions.onArchive(id, !summary.archived)}>
            {summary.archived ? words.unarchive : words.archive}<span className="visually-hidden">: {title}</span>
          </button>
          <button type="button" className="button button--quiet" id={deleteId} onClick={() => onConfirm(id)}>
            {words.delete}<span className="visually-hidden">: {title}</span>
          </button>
        </div>
      )}
    </li>
  );
});

interface RenameFormProps {
  readonly id: string;
  readonly initial: string;
  readonly onSave: (title: string) => void;
  readonly onCancel: () => void;
}

/** The name, edited in place: Enter saves, Escape cancels, and focus goes back to "Rename" either way. */
function RenameForm({ id, initial, onSave, onCancel }: RenameFormProps) {
  const { t } = useTranslation('ui');
  const [value, setValue] = useState(initial);
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    field.current?.focus();
    field.current?.select();
  }, []);
  const inputId = `negotiation-${id}-name`;
  return (
    <form
      className="rename"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSave(value.trim());
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        onCancel();
      }}
    >
      <div className="field">
        <label htmlFor={inputId}>{t('home.rename.label')}</label>
        <p className="field__hint" id={`${inputId}-hint`}>{t('home.rename.hint')}</p>
        <input id={inputId} ref={field} type="text" dir="auto" maxLength={300} aria-describedby={`${inputId}-hint`} value={value} onChange={(event) => setValue(event.target.value)} />
      </div>
      <div className="actions">
        <button type="submit" className="button button--primary">{t('home.rename.save')}</button>
        <button type="button" className="button" onClick={onCancel}>{t('home.rename.cancel')}</button>
      </div>
    </form>
  );
}

/** A meeting's date as typed (yyyy-mm-dd), in the interface's way; anything else as it was typed. */
function meetingDate(date: string, format: Intl.DateTimeFormat): string {
  const parsed = /^\d{4}-\d{2}-\d{2}$/.test(date) ? Date.parse(`${date}T00:00:00Z`) : NaN;
  return Number.isNaN(parsed) ? date : format.format(parsed);
}

function safeJson(raw: unknown): string {
  try {
    return JSON.stringify(raw, null, 2) ?? String(raw);
  } catch {
    return String(raw);
  }
}
