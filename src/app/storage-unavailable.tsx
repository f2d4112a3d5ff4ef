import { useTranslation } from 'react-i18next';

/**
 * Shown instead of the wizard when the browser refuses it storage. The wizard keeps nothing
 * anywhere else, so it says so plainly rather than let someone type answers it cannot keep.
 */
export function StorageUnavailable() {
  const { t } = useTranslation('ui');
  return (
    <main id="main">
      <h1>{t('storageUnavailable.title')}</h1>
      <p>{t('storageUnavailable.body')}</p>
      <p>{t('storageUnavailable.next')}</p>
    </main>
  );
}
