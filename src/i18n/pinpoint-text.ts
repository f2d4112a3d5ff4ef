import type { Numbering, PinpointKind } from '../engine/flow-types.ts';
import type { PinpointPart, ReadPinpoint } from '../engine/pinpoint.ts';
import type { Translate } from './translate.ts';

/** A plain article number takes the language's ordinal ("13.º" in Portuguese); "12A" or "L. 2312-8" stays as written. */
const PLAIN_NUMBER = /^\d+$/;

/**
 * Brazilian drafting writes articles and parágrafos one to nine as ordinals and from ten as
 * cardinals (Lei Complementar 95/1998, art. 10, I): "art. 5º", "§ 3º", "art. 10".
 */
function brazilianOrdinal(t: Translate, label: string): string {
  return PLAIN_NUMBER.test(label) && Number(label) <= 9 ? t('ui:citation.ordinalBrazil', { number: label }) : label;
}

function articleNumber(t: Translate, number: string, numbering: Numbering | undefined): string {
  if (numbering === 'brazilian') return brazilianOrdinal(t, number);
  return PLAIN_NUMBER.test(number) ? t('ui:citation.ordinal', { number }) : number;
}

function partText(t: Translate, part: PinpointPart, numbering: Numbering | undefined): string {
  const labels = part.level === 'paragrafo' && numbering === 'brazilian' ? part.labels.map((label) => brazilianOrdinal(t, label)) : part.labels;
  const [first = '', second = ''] = labels;
  if (part.joined === 'range') return t(`ui:citation.parts.${part.level}Range`, { from: first, to: second });
  const label = part.joined === 'list' ? t('ui:citation.and', { first, second }) : first;
  return t(`ui:citation.parts.${part.level}`, { label });
}

/**
 * The pinpoint in the words of the language, from its reading: "13(2)(f)" of the GDPR is
 * "13 Abs. 2 lit. f" in German, "13, § 2, f)" in French, "13.2.f)" in Spanish and
 * "13.º, n.º 2, alínea f)" in Portuguese; each part's words are in `ui:citation.parts`, so the
 * number itself only ever comes from the flow data. What is cited as written stays as written.
 */
export function pinpointText(t: Translate, kind: PinpointKind, pinpoint: ReadPinpoint, numbering: Numbering | undefined): string {
  if (pinpoint.form === 'as-written') return pinpoint.text;
  const number = kind === 'article' ? articleNumber(t, pinpoint.number, numbering) : pinpoint.number;
  return number + pinpoint.parts.map((part) => partText(t, part, numbering)).join('');
}
