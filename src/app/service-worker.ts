import { SKIP_WAITING, type SkipWaitingMessage } from '../service-worker/messages.ts';

/**
 * The page's side of the service worker (src/service-worker/sw.ts): registers it, notices when
 * a new version has installed and waits, and lets it take over only when the user asks. Every
 * tab notices the waiting version; only the tab where the user pressed "Update now" reloads.
 */

let waiting: ServiceWorker | null = null;
let updateRequested = false;
const listeners = new Set<() => void>();

function setWaiting(worker: ServiceWorker | null): void {
  if (worker === waiting) return;
  waiting = worker;
  for (const listener of listeners) listener();
}

/** For useSyncExternalStore: called whenever a new version starts or stops waiting. */
export function subscribeToUpdate(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** True while a new version is installed and waits for the user's consent. */
export const updateWaiting = (): boolean => waiting !== null;

/**
 * Tells the waiting version to take over; the page reloads when it has. The reload saves what
 * was typed: the record sync writes its journal entry on `pagehide`, committed at once.
 */
export function applyUpdate(): void {
  if (!waiting) return;
  updateRequested = true;
  waiting.postMessage({ type: SKIP_WAITING } satisfies SkipWaitingMessage);
}

async function register(container: ServiceWorkerContainer): Promise<void> {
  const registration = await container.register('./sw.js', { scope: './' });
  // A worker that waits while another controls the page is a new version. On the first visit
  // nothing controls the page yet, and the first worker takes over by itself.
  const look = () => setWaiting(container.controller ? registration.waiting : null);
  look();
  registration.addEventListener('updatefound', () => registration.installing?.addEventListener('statechange', look));
  let reloaded = false;
  container.addEventListener('controllerchange', () => {
    // Another tab's consent activates the new version here too, but this tab keeps running
    // the version it loaded (the worker keeps its files) until the user reloads it.
    if (updateRequested && !reloaded) {
      reloaded = true;
      window.location.reload();
      return;
    }
    look();
  });
}

/** Registers the service worker of a production build, once the page has loaded. */
export function registerServiceWorker(): void {
  // The dev server serves modules, not a build: there is nothing to precache.
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const start = () =>
    void register(navigator.serviceWorker).catch((error: unknown) => {
      // Without a worker the app still works; it just needs the network to load.
      console.warn('The service worker could not be registered', error);
    });
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}
