import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { SaveFailure } from './save-failure.tsx';
import type { SaveState } from './use-record-sync.ts';

interface PausedNoticeProps {
  readonly save: SaveState;
  readonly onResume: () => void;
  readonly onLeave: () => void;
}

/**
 * This tab stepped aside for another. It says its work is saved only once storage has
 * confirmed it; a failed save is shown with its way out, and the unsaved words stay in this
 * tab, which can take the negotiation back without reloading.
 */
export function PausedNotice({ save, onResume, onLeave }: PausedNoticeProps) {
  const { t } = useTranslation('ui');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="card paused" aria-labelledby="paused-title">
      <h1 id="paused-title" tabIndex={-1} ref={heading}>{t('tabs.pausedTitle')}</h1>
      {save.kind === 'saved' && <p>{t('tabs.pausedBody')}</p>}
      {save.kind === 'pending' && <p role="status">{t('save.pending')}</p>}
      {save.kind === 'failed' && <SaveFailure problem={save.problem} />}
      <div className="actions">
        <button type="button" className="button button--primary" onClick={onResume}>{t('tabs.editHere')}</button>
        <button type="button" className="button" onClick={onLeave}>{t('header.home')}</button>
      </div>
    </section>
  );
}
