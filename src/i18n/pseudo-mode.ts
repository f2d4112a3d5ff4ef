/**
 * Which pseudo-translation the address asks for (`?pseudo=accents` or `?pseudo=rtl`), if any.
 * Apart from the texts themselves (`pseudo-locale.ts`), so that the first screen can ask without
 * loading them: almost nobody opens the app in a pseudo-language.
 */
export type PseudoMode = 'accents' | 'rtl';

export function pseudoModeOf(search: string): PseudoMode | undefined {
  const mode = new URLSearchParams(search).get('pseudo');
  return mode === 'accents' || mode === 'rtl' ? mode : undefined;
}
