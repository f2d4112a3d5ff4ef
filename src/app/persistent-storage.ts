/**
 * Whether the browser has promised to keep this site's data (the negotiations in IndexedDB)
 * rather than clear it when space runs low. Asking happens on a user action (starting or
 * opening a negotiation), where a browser that prompts (Firefox) can explain why.
 */

/** `checking` until the browser has answered; a browser without the API counts as `not-granted`. */
export type Persistence = 'checking' | 'granted' | 'not-granted';

type Storage = Pick<StorageManager, 'persisted' | 'persist'>;

export class PersistentStorage {
  private state: Persistence = 'checking';
  private checked = false;
  private asked = false;
  private readonly listeners = new Set<() => void>();

  private readonly storage: () => Storage | undefined;

  /** `storage` gives `navigator.storage`, looked up late since Node tests have no navigator. */
  constructor(storage: () => Storage | undefined) {
    this.storage = storage;
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly current = (): Persistence => this.state;

  private set(state: Persistence): void {
    if (state === this.state) return;
    this.state = state;
    for (const listener of this.listeners) listener();
  }

  /** Reads whether storage is already persistent, once per page; never asks. */
  async check(): Promise<void> {
    if (this.checked) return;
    this.checked = true;
    const storage = this.storage();
    const persisted = await storage?.persisted?.().catch(() => false);
    // A request answered meanwhile knows better.
    if (this.state === 'checking') this.set(persisted ? 'granted' : 'not-granted');
  }

  /** Asks the browser to keep the data, once per page and only if it does not already. */
  async request(): Promise<void> {
    if (this.asked) return;
    this.asked = true;
    const storage = this.storage();
    if (!storage?.persist || !storage.persisted) {
      this.set('not-granted');
      return;
    }
    const granted = (await storage.persisted().catch(() => false)) || (await storage.persist().catch(() => false));
    this.set(granted ? 'granted' : 'not-granted');
  }
}

/** The page's one instance. */
export const persistentStorage = new PersistentStorage(() => (typeof navigator === 'undefined' ? undefined : navigator.storage));

/** Asks for persistent storage on a user action that is about to store a negotiation. */
export const requestPersistence = (): void => void persistentStorage.request();
