import { useEffect, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { persistentStorage, type PersistentStorage } from './persistent-storage.ts';

/** Says in plain words whether the browser will keep the negotiations stored on this device. */
export function StoragePersistence({ persistence = persistentStorage }: { readonly persistence?: PersistentStorage }) {
  const { t } = useTranslation('ui');
  const state = useSyncExternalStore(persistence.subscribe, persistence.current, persistence.current);
  useEffect(() => void persistence.check(), [persistence]);
  if (state === 'checking') return null;
  return <p className="storage-persistence">{state === 'granted' ? t('persistence.granted') : t('persistence.notGranted')}</p>;
}
