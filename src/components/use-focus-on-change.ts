import { useEffect, useRef } from 'react';

/**
 * Moves keyboard and screen-reader focus to the returned element whenever `key` changes, so
 * that a new step is announced from its heading instead of leaving focus on a vanished button.
 */
export function useFocusOnChange<T extends HTMLElement>(key: string) {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [key]);
  return ref;
}
