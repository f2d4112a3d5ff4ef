/**
 * Routes the browser follows without starting the service worker (the Service Worker Static
 * Routing API, Chromium 123 on). Chromium stops an idle worker after about 30 seconds, so a
 * representative who opens the app the next morning would otherwise wait for the worker to
 * start before the page itself, and then for its fetch handler once per file. Browsers without
 * the API send every request to the fetch handler, which answers the same.
 */

/** The part of a URLPattern's input this file uses. */
interface UrlPatternInit {
  readonly protocol: string;
  readonly hostname: string;
  readonly port: string;
  readonly pathname: string;
  readonly search?: string;
}

export interface RouterRule {
  readonly condition: { readonly urlPattern: UrlPatternInit; readonly requestMethod?: string; readonly requestMode?: RequestMode };
  /** `cache`: any of this origin's caches; `{ cacheName }`: that one only. */
  readonly source: 'cache' | { readonly cacheName: string };
}

interface RoutingInstallEvent extends ExtendableEvent {
  addRoutes?(rules: readonly RouterRule[]): Promise<void>;
}

/** A literal path in URLPattern syntax, whose `:`, `*`, `(`… would otherwise be pattern syntax. */
const literal = (path: string) => path.replace(/[\\:*(){}+?]/g, '\\$&');

/**
 * Two routes:
 * - the hashed files under `assets/`, from whichever cache holds them. A name never changes
 *   content, and a tab still running the previous version finds its chunks in that version's
 *   cache.
 * - opening the scope's own address (the address an installed app starts at), from this
 *   version's cache only: a newer version may be installed and waiting, and its index.html
 *   must not load before the user has agreed to update.
 * Anything else (another address in scope, a query such as `?pseudo=rtl`) goes to the fetch
 * handler. A file missing from the cache is fetched from the network, as the handler would.
 */
export function staticRoutes(scope: URL, cacheName: string): readonly RouterRule[] {
  const origin = { protocol: scope.protocol.replace(/:$/, ''), hostname: scope.hostname, port: scope.port };
  return [
    { condition: { urlPattern: { ...origin, pathname: `${literal(scope.pathname)}assets/*` }, requestMethod: 'GET' }, source: 'cache' },
    { condition: { urlPattern: { ...origin, pathname: literal(scope.pathname), search: '' }, requestMode: 'navigate' }, source: { cacheName } },
  ];
}

/** Adds the routes where the browser offers them; a browser that refuses them leaves every request to the fetch handler. */
export async function addStaticRoutes(event: ExtendableEvent, scope: URL, cacheName: string): Promise<void> {
  const routing = event as RoutingInstallEvent;
  if (typeof routing.addRoutes !== 'function') return;
  await routing.addRoutes(staticRoutes(scope, cacheName)).catch((error: unknown) => console.warn('Static routes refused; the fetch handler answers instead.', error));
}
