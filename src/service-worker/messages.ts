/** What a page may ask of a waiting service worker: to take over now, because the user said so. */
export const SKIP_WAITING = 'skip-waiting';

export interface SkipWaitingMessage {
  readonly type: typeof SKIP_WAITING;
}

export const isSkipWaiting = (data: unknown): data is SkipWaitingMessage =>
  typeof data === 'object' && data !== null && (data as { type?: unknown }).type === SKIP_WAITING;
