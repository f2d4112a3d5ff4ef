import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NegotiationSummary } from '../record/negotiation-summary.ts';
import { chosenKey, countryChoice, needsPlace, NO_REGION, type RegionValue } from './region-choice.ts';
import { RegionPicker } from './region-picker.tsx';
import { SavedNegotiations, type NegotiationActions } from './saved-negotiations.tsx';
import { sentence } from './sentence.tsx';
import { StepHeading } from './step-heading.tsx';

/** A negotiation just deleted, which can still be brought back. */
export interface RecentlyDeleted {
  readonly id: string;
  readonly title: string;
  /** When it was deleted (ISO): the undo lasts from then. */
  readonly at: string;
}

interface HomePageProps extends NegotiationActions {
  /** Summaries only: the home page never reads or validates a whole record. */
  readonly negotiations: readonly NegotiationSummary[];
  /** A negotiation to put the focus on once listed (a copy just made). */
  readonly focusRequest?: { readonly id: string };
  readonly onStart: (flowId: string) => void;
  readonly deleted: readonly RecentlyDeleted[];
  readonly onUndelete: (id: string) => void;
}

/** Start: pick the country (and so the law) of a new negotiation, or reopen one saved on this device. */
export function HomePage({ negotiations, focusRequest, onStart, deleted, onUndelete, onOpen, onArchive, onDelete, onRename, onDuplicate, readRaw }: HomePageProps) {
  const { t } = useTranslation('ui');
  const [region, setRegion] = useState<RegionValue>(NO_REGION);
  const [regionError, setRegionError] = useState<string>();
  const [placeError, setPlaceError] = useState<string>();
  const countryInput = useRef<HTMLInputElement>(null);
  const firstPlace = useRef<HTMLInputElement>(null);
  const undo = useRef<HTMLButtonElement>(null);
  const savedHeading = useRef<HTMLHeadingElement>(null);
  const latest = deleted.at(-1);
  const deletedSeen = useRef(deleted.length);
  // A card just went (deleted) or came back (undone): focus goes to the way back, or to the
  // list, rather than to the page body.
  useEffect(() => {
    if (deleted.length > deletedSeen.current) undo.current?.focus();
    else if (deleted.length < deletedSeen.current) savedHeading.current?.focus();
    deletedSeen.current = deleted.length;
  }, [deleted.length]);
  const kept = negotiations.filter((stored) => stored.deletedAt === undefined);
  const actions = useMemo<NegotiationActions>(() => ({
    onOpen,
    onArchive: (id, archived) => {
      onArchive(id, archived);
      // The card moves between the lists: focus stays on the list it left.
      savedHeading.current?.focus();
    },
    onDelete,
    ...(onRename ? { onRename } : {}),
    ...(onDuplicate ? { onDuplicate } : {}),
    ...(readRaw ? { readRaw } : {}),
  }), [onOpen, onArchive, onDelete, onRename, onDuplicate, readRaw]);
  return (
    <div className="home">
      <StepHeading title={t('home.title')} stepKey="home" />
      <p className="lead">{t('home.intro')}</p>

      <form className="card home__start" noValidate onSubmit={(event) => {
        event.preventDefault();
        const choice = countryChoice(region.country);
        const key = choice && chosenKey(choice, region);
        if (key) onStart(key);
        else if (choice && needsPlace(choice, region.place)) {
          setPlaceError(t('picker.errors.place'));
          firstPlace.current?.focus();
        } else {
          setRegionError(t('picker.errors.country'));
          countryInput.current?.focus();
        }
      }}>
        <h2>{t('home.startTitle')}</h2>
        <RegionPicker
          value={region}
          onChange={(next) => {
            setRegion(next);
            if (next.country) setRegionError(undefined);
            if (next.place !== undefined || next.country !== region.country) setPlaceError(undefined);
          }}
          inputRef={countryInput}
          placeRef={firstPlace}
          {...(regionError ? { error: regionError } : {})}
          {...(placeError ? { placeError } : {})}
        />
        {kept.length > 0 && <p className="field__hint">{t('home.othersKept')}</p>}
        <button type="submit" className="button button--primary">{t('home.start')}</button>
      </form>

      <section aria-labelledby="saved-title">
        <h2 id="saved-title" tabIndex={-1} ref={savedHeading}>{t('home.savedTitle')}</h2>
        <div role="status">
          {deleted.map((entry) => (
            <p key={entry.id} className="notice-banner">
              {sentence(t, 'home.delete.done', { title: <bdi>{entry.title}</bdi> })}{' '}
              <button type="button" className="button" ref={entry === latest ? undo : undefined} onClick={() => onUndelete(entry.id)}>
                {t('home.delete.undo')}<span className="visually-hidden">: {entry.title}</span>
              </button>
            </p>
          ))}
        </div>
        <SavedNegotiations negotiations={negotiations} actions={actions} {...(focusRequest ? { focusRequest } : {})} />
      </section>
    </div>
  );
}
