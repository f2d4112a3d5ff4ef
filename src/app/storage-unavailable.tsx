import { useTranslation } from 'react-i18next';

/** Why storage could not be had: refused by the browser, or held by an older tab of the wizard. */
export type StorageRefusal = 'unavailable' | 'blocked';

/**
 * Shown instead of the wizard when it cannot have storage. The wizard keeps nothing anywhere
 * else, so it says so plainly rather than let someone type answers it cannot keep.
 */
export function StorageUnavailable({ reason }: { readonly reason: StorageRefusal }) {
  const { t } = useTranslation('ui');
  return (
    <main id="main">
      <h1>{t(`storageUnavailable.${reason}.title`)}</h1>
      <p>{t(`storageUnavailable.${reason}.body`)}</p>
      <p>{t(`storageUnavailable.${reason}.next`)}</p>
    </main>
  );
}
