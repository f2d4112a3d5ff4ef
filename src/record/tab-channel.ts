/**
 * Tells the tabs of this browser about each other: which negotiation each has open, when one
 * stored a new revision, and when one asks the others to step aside. Nothing leaves the
 * device: a BroadcastChannel reaches only pages of the same origin in the same browser.
 */

const CHANNEL = 'data-rights-wizard.tabs';

export type TabMessage =
  /** Sent when a tab opens a negotiation; tabs with the same one answer `here`. */
  | { readonly kind: 'open' | 'here' | 'closed'; readonly negotiationId: string; readonly tabId: string }
  | { readonly kind: 'stored'; readonly negotiationId: string; readonly tabId: string; readonly revision: number }
  /** The sender keeps editing; the others save, then pause until asked back. */
  | { readonly kind: 'take-over'; readonly negotiationId: string; readonly tabId: string };

export interface TabEvents {
  /** How many other tabs have this negotiation open. */
  others(count: number): void;
  stored(revision: number): void;
  /** Another tab took the negotiation over. */
  takenOver(): void;
}

export type ChannelFactory = (name: string) => Pick<BroadcastChannel, 'postMessage' | 'close'> & { onmessage: ((event: MessageEvent) => void) | null };

const defaultFactory: ChannelFactory | undefined = typeof BroadcastChannel === 'undefined' ? undefined : (name) => new BroadcastChannel(name);

function isMessage(data: unknown): data is TabMessage {
  return typeof data === 'object' && data !== null && typeof (data as TabMessage).negotiationId === 'string' && typeof (data as TabMessage).tabId === 'string';
}

/** One tab's view of the others that have the same negotiation open. */
export class TabChannel {
  private readonly channel: ReturnType<ChannelFactory> | undefined;
  private readonly others = new Set<string>();
  private readonly negotiationId: string;
  private readonly tabId: string;
  private readonly events: TabEvents;
  /** Set once this tab stepped aside or closed: it no longer answers, nor takes anything over. */
  private silent = false;
  private closed = false;

  constructor(options: { readonly negotiationId: string; readonly tabId: string; readonly events: TabEvents; readonly factory?: ChannelFactory | undefined }) {
    this.negotiationId = options.negotiationId;
    this.tabId = options.tabId;
    this.events = options.events;
    this.channel = (options.factory ?? defaultFactory)?.(CHANNEL);
    if (!this.channel) return;
    this.channel.onmessage = (event) => this.receive(event.data);
    this.post('open');
  }

  private post(kind: 'open' | 'here' | 'closed' | 'take-over'): void {
    if (!this.closed) this.channel?.postMessage({ kind, negotiationId: this.negotiationId, tabId: this.tabId } satisfies TabMessage);
  }

  private receive(data: unknown): void {
    if (this.silent || !isMessage(data) || data.negotiationId !== this.negotiationId || data.tabId === this.tabId) return;
    switch (data.kind) {
      case 'open':
        this.post('here');
        this.add(data.tabId);
        break;
      case 'here':
        this.add(data.tabId);
        break;
      case 'closed':
        if (this.others.delete(data.tabId)) this.events.others(this.others.size);
        break;
      case 'stored':
        // Not counted as open: a tab that stepped aside still announces its last save.
        this.events.stored(data.revision);
        break;
      case 'take-over':
        this.events.takenOver();
        break;
    }
  }

  private add(tabId: string): void {
    if (this.others.has(tabId)) return;
    this.others.add(tabId);
    this.events.others(this.others.size);
  }

  /** After this tab wrote a revision: the others take it over. */
  announceStored(revision: number): void {
    if (!this.closed) this.channel?.postMessage({ kind: 'stored', negotiationId: this.negotiationId, tabId: this.tabId, revision } satisfies TabMessage);
  }

  /** This tab keeps editing; the others pause. */
  takeOver(): void {
    this.post('take-over');
  }

  /** The page is going (a reload, a closed tab, the back-forward cache): the others stop counting it. */
  left(): void {
    if (!this.silent) this.post('closed');
  }

  /** The page came back from the back-forward cache. */
  returned(): void {
    if (!this.silent) this.post('open');
  }

  /** This tab edits again after stepping aside; the others pause. */
  resume(): void {
    this.silent = false;
    this.post('open');
    this.post('take-over');
  }

  /** This tab stops editing (another took over): the others stop counting it. */
  stepAside(): void {
    if (this.silent) return;
    this.silent = true;
    this.post('closed');
  }

  close(): void {
    if (this.closed) return;
    this.stepAside();
    this.closed = true;
    this.channel?.close();
  }
}
