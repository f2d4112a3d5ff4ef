import { useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { applyUpdate, subscribeToUpdate, updateWaiting } from './service-worker.ts';

/**
 * Says when a new version of the app is ready and updates it only when asked. The status
 * region is always in the page, so that its message is announced when it appears; nothing
 * takes the focus, since the user may be typing an answer.
 */
export function AppUpdate() {
  const { t } = useTranslation('ui');
  const ready = useSyncExternalStore(subscribeToUpdate, updateWaiting, () => false);
  const [updating, setUpdating] = useState(false);
  return (
    <div className={ready ? 'notice-banner' : undefined}>
      <div role="status">
        {ready && (
          <>
            <p className="notice-banner__title">{t('update.ready')}</p>
            <p>{t('update.saved')}</p>
          </>
        )}
      </div>
      {ready && (
        <button
          type="button"
          className="button button--primary"
          aria-disabled={updating}
          onClick={() => {
            if (updating) return;
            setUpdating(true);
            applyUpdate();
          }}
        >
          {updating ? t('update.updating') : t('update.now')}
        </button>
      )}
    </div>
  );
}
