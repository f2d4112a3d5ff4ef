import { LANGUAGE_TAGS, type Language } from '../engine/negotiation.ts';

/** "30 November 2026" / "30 novembre 2026" from an ISO date or timestamp; the input if unreadable. */
export function formatDay(iso: string, language: Language): string {
  const date = new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(LANGUAGE_TAGS[language], { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
