import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Focuses an element, found by its id, once React has committed the render the caller's state
 * change causes. Focusing inside the event handler would act on the old page: the button that
 * asked may be about to unmount, and rows added or removed above would push the focused element
 * off screen after it got focus. Focusing after layout lets the browser scroll it into view.
 */
export function usePendingFocus(): (elementId: string) => void {
  const pending = useRef<string | null>(null);
  const [request, setRequest] = useState(0);
  useEffect(() => {
    if (pending.current === null) return;
    const target = document.getElementById(pending.current);
    pending.current = null;
    target?.focus();
  }, [request]);
  return useCallback((elementId: string) => {
    pending.current = elementId;
    setRequest((count) => count + 1);
  }, []);
}
