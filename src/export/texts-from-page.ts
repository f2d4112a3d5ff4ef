import type { Language } from '../engine/negotiation.ts';
import type { ResourceLoader } from '../i18n/namespaces.ts';
import type { Texts } from './export-protocol.ts';

type Resources = Record<string, unknown>;
interface Waiting {
  readonly resolve: (resources: Resources) => void;
  readonly reject: (error: Error) => void;
}

/**
 * The export worker's translations, held for it by the page: a namespace the page sent ahead is
 * there at once; any other is asked of the page, and the load waits for its answer. So the
 * worker never fetches a locale file (the page's chunks serve both), and English is loaded
 * only if a key is missing, as on the page.
 */
export class TextsFromPage {
  private readonly received = new Map<string, Resources>();
  private readonly waiting = new Map<string, Waiting[]>();

  private readonly ask: (language: Language, namespace: string) => void;

  /** `ask` requests a namespace of the page; its answer comes back through `receive` or `refuse`. */
  constructor(ask: (language: Language, namespace: string) => void) {
    this.ask = ask;
  }

  receive({ language, namespace, resources }: Texts): void {
    this.settle(language, namespace, (waiting) => waiting.resolve(resources));
    this.received.set(textsKey(language, namespace), resources);
  }

  /** The page could not load the namespace either: every load waiting for it fails with the page's reason. */
  refuse(language: Language, namespace: string, message: string): void {
    this.settle(language, namespace, (waiting) => waiting.reject(new Error(message)));
  }

  readonly load: ResourceLoader = (language, namespace) => {
    const resources = this.received.get(textsKey(language, namespace));
    if (resources) return Promise.resolve(resources);
    return new Promise((resolve, reject) => {
      const waiting = this.waiting.get(textsKey(language, namespace));
      if (waiting) waiting.push({ resolve, reject });
      else {
        this.waiting.set(textsKey(language, namespace), [{ resolve, reject }]);
        this.ask(language, namespace);
      }
    });
  };

  private settle(language: Language, namespace: string, answer: (waiting: Waiting) => void): void {
    for (const waiting of this.waiting.get(textsKey(language, namespace)) ?? []) answer(waiting);
    this.waiting.delete(textsKey(language, namespace));
  }
}

/** How the page and the worker name one namespace of one language. */
export function textsKey(language: Language, namespace: string): string {
  return `${language}/${namespace}`;
}
