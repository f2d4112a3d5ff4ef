import { isJurisdictionKey } from '../../flows/index.ts';
import { jurisdictionName } from '../i18n/jurisdiction-name.ts';
import { normalizeForSearch } from '../i18n/country-names.ts';
import type { Translate } from '../i18n/translate.ts';
import type { NegotiationSummary } from '../record/negotiation-summary.ts';

/** How the home page can order the negotiations. */
export const SORT_ORDERS = ['updated', 'employer', 'meeting', 'gaps'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/** One negotiation as the list shows it, with what a search matches worked out once. */
export interface ListedNegotiation {
  readonly summary: NegotiationSummary;
  /** The title, else the parties; empty when it has neither (the list then says it has no name). */
  readonly name: string;
  readonly jurisdiction: string;
  /** Name, union, employer, workplace and law, without case or accents. */
  readonly searchable: string;
}

/** The name the list and the deletion message give a negotiation: its title, else its parties. */
export function nameOf(summary: Pick<NegotiationSummary, 'title' | 'employer' | 'union'>): string {
  return summary.title.trim() || [summary.employer, summary.union].filter(Boolean).join(' · ');
}

export function jurisdictionOf(summary: NegotiationSummary, t: Translate): string {
  if (summary.problem) return '';
  return isJurisdictionKey(summary.flowId) ? jurisdictionName(t, summary.flowId) : summary.flowId;
}

/** Works out, once per list and language, what each negotiation shows and what a search finds in it. */
export function listed(summaries: readonly NegotiationSummary[], t: Translate): ListedNegotiation[] {
  // Many negotiations share a law: name each one once.
  const laws = new Map<string, string>();
  return summaries.map((summary) => {
    let jurisdiction = laws.get(summary.flowId);
    if (jurisdiction === undefined) {
      jurisdiction = jurisdictionOf(summary, t);
      laws.set(summary.flowId, jurisdiction);
    }
    const name = nameOf(summary);
    const searchable = normalizeForSearch([name, summary.union, summary.employer, summary.workplace, jurisdiction].join('\n'));
    return { summary, name, jurisdiction, searchable };
  });
}

/** The negotiations a search matches, ignoring case and accents; all of them for an empty search. */
export function matching(negotiations: readonly ListedNegotiation[], query: string): readonly ListedNegotiation[] {
  const wanted = normalizeForSearch(query);
  return wanted === '' ? negotiations : negotiations.filter((negotiation) => negotiation.searchable.includes(wanted));
}

/** Newest first, so ties in any order fall back on the last change. */
const byUpdated = (a: ListedNegotiation, b: ListedNegotiation) => b.summary.updatedAt.localeCompare(a.summary.updatedAt);

/** Text that is empty goes last whatever the direction: a negotiation without an employer or a date. */
function emptyLast(a: string, b: string): number {
  return Number(a === '') - Number(b === '');
}

export function sorted(negotiations: readonly ListedNegotiation[], order: SortOrder, collator: Intl.Collator): ListedNegotiation[] {
  const compare: Record<SortOrder, (a: ListedNegotiation, b: ListedNegotiation) => number> = {
    updated: byUpdated,
    employer: (a, b) =>
      emptyLast(a.summary.employer, b.summary.employer) ||
      collator.compare(a.summary.employer, b.summary.employer) ||
      collator.compare(a.name, b.name) ||
      byUpdated(a, b),
    meeting: (a, b) => emptyLast(a.summary.lastMeeting, b.summary.lastMeeting) || b.summary.lastMeeting.localeCompare(a.summary.lastMeeting) || byUpdated(a, b),
    gaps: (a, b) => b.summary.openGaps - a.summary.openGaps || byUpdated(a, b),
  };
  return [...negotiations].sort(compare[order]);
}
