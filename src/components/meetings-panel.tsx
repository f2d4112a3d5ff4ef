import { useSelector } from '@xstate/react';
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { systemPath } from '../engine/checklist.ts';
import type { Language, NegotiationRecord, Round } from '../engine/negotiation.ts';
import { currentRoundNumber } from '../engine/rounds.ts';
import { formatDay } from '../i18n/format-date.ts';
import { flowNamespace } from '../i18n/namespaces.ts';
import { fromT } from '../i18n/translate.ts';
import { AnswerSummary } from './answer-summary.tsx';
import { sentence } from './sentence.tsx';
import { TextField } from './text-field.tsx';
import { usePendingFocus } from './use-pending-focus.ts';
import { useWizardSession } from './wizard-context.ts';

const OPENER = 'next-meeting';
const DATE_FIELD = 'next-meeting-date';

interface MeetingsPanelProps {
  readonly now: () => string;
  readonly newId: () => string;
}

/**
 * The negotiation's meetings: which one is under way, each earlier one readable as it stood,
 * and the way to the next, which keeps this one and starts from its answers. Memoised: the
 * review around it renders again at each step it grows by, and this panel need not.
 */
export const MeetingsPanel = memo(function MeetingsPanel({ now, newId }: MeetingsPanelProps) {
  const { actor } = useWizardSession();
  const { t, i18n } = useTranslation('ui');
  const record = useSelector(actor, (snapshot) => snapshot.context.record);
  const [asking, setAsking] = useState(false);
  const [date, setDate] = useState('');
  const focusLater = usePendingFocus();
  const language = (i18n.resolvedLanguage ?? 'en') as Language;
  const number = currentRoundNumber(record);
  const day = (iso: string) => (iso ? formatDay(iso, language) : t('changes.noDate'));

  // The form takes the place of the button that opened it, and gives it back on cancel.
  const ask = () => {
    setDate(now().slice(0, 10));
    setAsking(true);
    focusLater(DATE_FIELD);
  };
  const cancel = () => {
    setAsking(false);
    focusLater(OPENER);
  };

  return (
    <section className="card meetings" aria-labelledby="meetings-title">
      <h2 id="meetings-title">{t('meetings.title')}</h2>
      <p>{t('meetings.current', { number, date: day(record.meta.date) })}</p>
      {record.rounds.length > 0 && (
        <ol className="meetings__earlier" aria-label={t('meetings.earlierLabel')}>
          {record.rounds.map((round, index) => (
            <li key={round.id}>
              <details>
                <summary>{t('meetings.earlier', { number: index + 1, date: day(round.meeting.date) })}</summary>
                <EarlierMeeting round={round} record={record} />
              </details>
            </li>
          ))}
        </ol>
      )}
      {asking ? (
        <form
          className="meetings__next"
          aria-labelledby="meetings-next-title"
          onSubmit={(event) => {
            event.preventDefault();
            actor.send({ type: 'round.next', round: { id: newId(), closedAt: now() }, meeting: { date } });
          }}
          onKeyDown={(event) => {
            if (event.key === 'Escape') cancel();
          }}
        >
          <h3 id="meetings-next-title">{t('meetings.nextTitle', { number: number + 1 })}</h3>
          <p>{t('meetings.nextExplain', { number })}</p>
          <TextField id={DATE_FIELD} type="date" label={t('meetings.nextDate')} value={date} onChange={setDate} />
          <div className="actions">
            <button type="submit" className="button button--primary">{t('meetings.start', { number: number + 1 })}</button>
            <button type="button" className="button" onClick={cancel}>{t('meetings.cancel')}</button>
          </div>
        </form>
      ) : (
        <p>
          <button type="button" className="button" id={OPENER} onClick={ask}>{t('meetings.next', { number: number + 1 })}</button>
        </p>
      )}
    </section>
  );
});

/** One earlier meeting as it stood: who was there, then each system's answers on its path. */
function EarlierMeeting({ round, record }: { readonly round: Round; readonly record: NegotiationRecord }) {
  const { flow } = useWizardSession();
  const ns = flowNamespace(flow.id);
  const { t } = useTranslation(['ui', ns]);
  const then: NegotiationRecord = { ...record, systems: round.systems, answers: round.answers };
  const summaryT = fromT(t);
  return (
    <div className="meetings__round">
      {round.meeting.round && <p>{round.meeting.round}</p>}
      {round.meeting.present && <p>{sentence(t, 'meetings.present', { present: <bdi>{round.meeting.present}</bdi> })}</p>}
      {round.systems.map((system) => {
        const path = systemPath(flow, then, system);
        const answered = path.questions.filter((question) => path.answers[question.id]?.status);
        return (
          <div key={system.id}>
            <h3 dir="auto">{system.name || t('changes.unnamedSystem')}</h3>
            {answered.length === 0 ? (
              <p>{t('meetings.noAnswers')}</p>
            ) : (
              <dl className="meetings__answers">
                {answered.map((question) => (
                  <div key={question.id}>
                    <dt>{t(`${ns}:questions.${question.id}.ask`)}</dt>
                    <dd><AnswerSummary question={question} questionId={question.id} answer={path.answers[question.id]} ns={ns} t={summaryT} /></dd>
                  </div>
                ))}
              </dl>
            )}
          </div>
        );
      })}
    </div>
  );
}
