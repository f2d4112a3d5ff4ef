import { useEffect, useState } from 'react';

/**
 * What `load` resolves to, once it has: undefined until then, and if it fails (the caller shows
 * nothing rather than an error for something that is not essential). Unlike React.lazy, no
 * Suspense boundary holds the content back once it is there.
 */
export function useLoaded<T>(load: () => Promise<T>): T | undefined {
  const [loaded, setLoaded] = useState<T>();
  useEffect(() => {
    let current = true;
    load().then(
      (value) => {
        if (current) setLoaded(() => value);
      },
      (error: unknown) => console.error(error),
    );
    return () => {
      current = false;
    };
  }, [load]);
  return loaded;
}
