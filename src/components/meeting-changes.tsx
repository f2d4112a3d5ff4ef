import { useSelector } from '@xstate/react';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { changesSinceLastRound, type AnswerChange, type SystemChanges } from '../engine/rounds.ts';
import type { FlowDefinition } from '../engine/flow-types.ts';
import type { Language } from '../engine/negotiation.ts';
import { formatDay } from '../i18n/format-date.ts';
import { flowNamespace } from '../i18n/namespaces.ts';
import { fromT } from '../i18n/translate.ts';
import { AnswerSummary } from './answer-summary.tsx';
import { useWizardSession } from './wizard-context.ts';

/**
 * What management said differently since the last meeting, system by system: each answer it
 * changed, withdrew or added, and each it still owes, with what it said then and says now.
 * Shown from the second meeting on. Memoised: the review around it renders again at each step
 * it grows by, and this section need not.
 */
export const ChangesSinceLastMeeting = memo(function ChangesSinceLastMeeting() {
  const { flow, actor } = useWizardSession();
  const ns = flowNamespace(flow.id);
  const { t, i18n } = useTranslation(['ui', ns]);
  const record = useSelector(actor, (snapshot) => snapshot.context.record);
  const order = useMemo(() => flow.questions.map((question) => question.id), [flow]);
  const changes = useMemo(() => changesSinceLastRound(record, order), [record, order]);
  const last = record.rounds.at(-1);
  if (!changes || !last) return null;
  const language = (i18n.resolvedLanguage ?? 'en') as Language;
  const since = t('changes.since', { number: record.rounds.length, date: last.meeting.date ? formatDay(last.meeting.date, language) : t('changes.noDate') });
  return (
    <section className="meeting-changes" aria-labelledby="meeting-changes-title">
      <h2 id="meeting-changes-title">{t('changes.title')}</h2>
      <p>{since}</p>
      {changes.length === 0 ? (
        <p>{t('changes.none')}</p>
      ) : (
        changes.map((entry) => <SystemChangeList key={entry.system.id} entry={entry} flow={flow} ns={ns} />)
      )}
    </section>
  );
});

function SystemChangeList({ entry, flow, ns }: { readonly entry: SystemChanges; readonly flow: FlowDefinition; readonly ns: string }) {
  const { t } = useTranslation(['ui', ns]);
  const name = entry.system.name || t('changes.unnamedSystem');
  // Named apart from the same system's answers further down the review: two regions, two names.
  return (
    <section className="meeting-changes__system" aria-label={t('changes.systemLabel', { name })}>
      <h3>
        <bdi>{name}</bdi>
        {entry.presence !== 'kept' && <span className="meeting-changes__presence"> ({t(`changes.presence.${entry.presence}`)})</span>}
      </h3>
      {entry.changes.length === 0 ? (
        <p>{t('changes.systemUnchanged')}</p>
      ) : (
        <ul className="meeting-changes__list">
          {entry.changes.map((change) => (
            <ChangeItem key={change.questionId} change={change} flow={flow} ns={ns} />
          ))}
        </ul>
      )}
    </section>
  );
}

function ChangeItem({ change, flow, ns }: { readonly change: AnswerChange; readonly flow: FlowDefinition; readonly ns: string }) {
  const { t } = useTranslation(['ui', ns]);
  const question = flow.questions.find((candidate) => candidate.id === change.questionId);
  const summaryT = fromT(t);
  return (
    <li className={`meeting-change meeting-change--${change.kind}`}>
      <p className="meeting-change__head">
        <strong className="meeting-change__kind">{t(`changes.kinds.${change.kind}`)}</strong>{' '}
        {question ? t(`${ns}:questions.${change.questionId}.ask`) : change.questionId}
      </p>
      <dl className="meeting-change__versions">
        <div>
          <dt>{t('changes.then')}</dt>
          <dd>{change.before ? <AnswerSummary question={question} questionId={change.questionId} answer={change.before} ns={ns} t={summaryT} /> : t('changes.nothing')}</dd>
        </div>
        <div>
          <dt>{t('changes.now')}</dt>
          <dd>{change.after ? <AnswerSummary question={question} questionId={change.questionId} answer={change.after} ns={ns} t={summaryT} /> : t('changes.nothing')}</dd>
        </div>
      </dl>
    </li>
  );
}
