import { describe, expect, it } from 'vitest';
import type { FlowDefinition, Provision } from '../../src/engine/flow-types.ts';
import { LANGUAGES, type Language } from '../../src/engine/negotiation.ts';
import { readPinpoint } from '../../src/engine/pinpoint.ts';
import { citeProvision } from '../../src/i18n/legal-citation.ts';
import { flowNamespace } from '../../src/i18n/namespaces.ts';
import { fromT, type Translate } from '../../src/i18n/translate.ts';
import { ALL_FLOWS } from '../support/flows.ts';
import { fixedT } from '../support/node-i18n.ts';
import { escapeRegExp } from '../support/reg-exp.ts';

const T: Readonly<Record<Language, Translate>> = Object.fromEntries(
  await Promise.all(LANGUAGES.map(async (language) => [language, fromT(await fixedT(language))] as const)),
) as Record<Language, Translate>;

/** Each provision once, with a checklist that holds it. */
const PROVISIONS: readonly { readonly flow: FlowDefinition; readonly provision: Provision }[] = [
  ...new Map(ALL_FLOWS.flatMap((flow) => flow.provisions.map((provision) => [provision.id, { flow, provision }] as const))).values(),
];

function cite(language: Language, id: string): string {
  const found = PROVISIONS.find(({ provision }) => provision.id === id);
  if (!found) throw new Error(`No flow has provision ${id}`);
  return citeProvision(T[language], found.flow, found.provision);
}

/** Real provisions of the flows, and the citation a lawyer of each language writes. */
const EXPECTED: Readonly<Record<Language, readonly (readonly [string, string])[]>> = {
  // English stays as it was: the pinpoint as the data writes it.
  en: [
    ['gdpr-art-13-2-f', 'GDPR Art. 13(2)(f)'],
    ['popia-s-71-1', 'POPIA s. 71(1)'],
    ['betrvg-s-87-1-6', 'BetrVG § 87(1) no. 6'],
    ['bdsg-s-26-1', 'BDSG § 26(1) sentence 1'],
    ['estatuto-trabajadores-art-64-4-d', 'ET Art. 64.4(d)'],
    ['code-du-travail-art-l2312-8-ii-4', 'Code du travail Art. L. 2312-8 II 4°'],
    ['lgpd-art-18-i-ii', 'LGPD Art. 18, I and II'],
    ['lgpd-art-10-3', 'LGPD Art. 10 §3'],
    ['dpa-sch-1-pt-1-para-1', 'DPA 2018 Sch. 1 Pt 1 para. 1'],
    ['uk-gdpr-art-22b-1-3', 'UK GDPR Art. 22B(1)–(3)'],
    ['ilo-code-para-5-1', 'ILO Code of Practice para. 5.1 (a standard, not law)'],
  ],
  de: [
    ['gdpr-art-13-2-f', 'Art. 13 Abs. 2 lit. f DSGVO'],
    ['gdpr-art-6-1', 'Art. 6 Abs. 1 DSGVO'],
    // A common-law section: "s." would read as "siehe".
    ['popia-s-71-1', 'Sec. 71(1) POPIA'],
    ['betrvg-s-87-1-6', '§ 87 Abs. 1 Nr. 6 BetrVG'],
    ['betrvg-s-95-2a', '§ 95 Abs. 2a BetrVG'],
    ['bdsg-s-26-1', '§ 26 Abs. 1 S. 1 BDSG'],
    ['ai-act-annex-iii-4', 'Anhang III Nr. 4 KI-Verordnung'],
    ['estatuto-trabajadores-art-64-4-d', 'Art. 64 Abs. 4 lit. d ET'],
    ['wor-art-27-3-5', 'Art. 27 Abs. 3 bis 5 WOR'],
    ['wpa-art-20-1-2', 'Art. 20 Abs. 1 Nr. 2 Workers’ Participation Act'],
    ['dpa-sch-1-pt-1-para-1', 'Anlage 1 Teil 1 Nr. 1 DPA 2018'],
    ['lgpd-art-18-i-ii', 'Art. 18, I und II LGPD'],
    ['ccpa-1798-145-m-4', '§ 1798.145(m)(4) Cal. Civ. Code'],
  ],
  // The short form, instrument last ("art. 13, § 2, f) RGPD"): it needs no article before the act's name.
  fr: [
    ['gdpr-art-13-2-f', 'art. 13, § 2, f) RGPD'],
    ['gdpr-art-22-1', 'art. 22, § 1 RGPD'],
    ['code-du-travail-art-l2312-8-ii-4', 'art. L. 2312-8, II, 4° Code du travail'],
    ['code-du-travail-art-l1222-4', 'art. L. 1222-4 Code du travail'],
    ['betrvg-s-87-1-6', '§ 87, al. 1, n° 6 BetrVG'],
    ['ai-act-annex-iii-4', 'annexe III, point 4 RIA'],
    ['wor-art-27-3-5', 'art. 27, §§ 3 à 5 WOR'],
    ['estatuto-trabajadores-art-64-4-d', 'art. 64, § 4, d) ET'],
    ['lgpd-art-11-ii-g', 'art. 11, II, g) LGPD'],
    ['popia-s-71-1', 'art. 71(1) POPIA'],
  ],
  es: [
    ['gdpr-art-13-2-f', 'art. 13.2.f) RGPD'],
    ['estatuto-trabajadores-art-64-4-d', 'art. 64.4.d) ET'],
    ['estatuto-trabajadores-art-64-5-f', 'art. 64.5.f) ET'],
    ['estatuto-trabajadores-art-20-bis', 'art. 20 bis ET'],
    ['lopdgdd-art-87-3', 'art. 87.3 LOPDGDD'],
    ['ai-act-art-26-7', 'art. 26.7 Reglamento de IA'],
    ['betrvg-s-87-1-6', '§ 87.1.6.º BetrVG'],
    ['lgpd-art-18-i-ii', 'art. 18, I y II LGPD'],
  ],
  // European Portuguese for every act but Brazil's, which Brazilian lawyers' style cites (ordinal to nine).
  pt: [
    ['gdpr-art-13-2-f', 'RGPD, art. 13.º, n.º 2, alínea f)'],
    ['gdpr-art-15', 'RGPD, art. 15.º'],
    ['estatuto-trabajadores-art-64-4-d', 'ET, art. 64.º, n.º 4, alínea d)'],
    ['wor-art-27-3-5', 'WOR, art. 27.º, n.ºs 3 a 5'],
    ['uk-gdpr-art-22a', 'UK GDPR, art. 22A'],
    ['betrvg-s-87-1-6', 'BetrVG, § 87(1) n.º 6'],
    ['lgpd-art-18-2', 'LGPD, art. 18, § 2º'],
    ['lgpd-art-10-3', 'LGPD, art. 10, § 3º'],
    ['lgpd-art-5-ii', 'LGPD, art. 5º, II'],
    ['lgpd-art-20', 'LGPD, art. 20'],
    ['lgpd-art-11-ii-g', 'LGPD, art. 11, II, “g”'],
    ['lgpd-art-18-i-ii', 'LGPD, art. 18, I e II'],
    ['clt-art-611-a-vi', 'CLT, art. 611-A, VI'],
  ],
};

/** Words of the data's English notation that no citation in another language may keep. */
const ENGLISH_WORDS: Readonly<Record<Exclude<Language, 'en'>, RegExp>> = {
  de: /\b(?:no\.|sentence|para\.|Sch\.|Pt|item|and|point|Annex|recital|s\.|reg\.)(?=\s|$)/,
  fr: /\b(?:no\.|sentence|para\.|Sch\.|Pt|item|and|Annex|recital)(?=\s|$)/,
  es: /\b(?:no\.|sentence|para\.|Sch\.|Pt|item|and|point|Annex|recital)(?=\s|$)/,
  // "item" is a Portuguese word too, as the reviewers cite a Korean act's items.
  pt: /\b(?:no\.|sentence|para\.|Sch\.|Pt|and|point|Annex|recital)(?=\s|$)/,
};

/**
 * Whether the pieces of a pinpoint appear in the citation in order, each whole: "1" of "Nr. 1"
 * is not found inside "2018", and the third "1" of "Sch. 1 Pt 1 para. 1" is not the second.
 * A number may take an ordinal mark after it ("13.º", "5º").
 */
function inOrder(citation: string, pieces: readonly string[]): boolean {
  const whole = pieces.map((piece) => `(?<![\\p{L}\\p{N}])${escapeRegExp(piece)}${/\p{N}$/u.test(piece) ? '(?!\\p{N})' : '(?![\\p{L}\\p{N}])'}`);
  return new RegExp(whole.join('.*?'), 'u').test(citation);
}

describe.each(LANGUAGES)('citations in %s', (language) => {
  it.each(EXPECTED[language])('cite %s as %s', (id, citation) => {
    expect(cite(language, id)).toBe(citation);
  });

  it('cite every provision of every checklist, each number and subdivision of its pinpoint kept', () => {
    const lost = PROVISIONS.flatMap(({ flow, provision }) => {
      const numbering = flow.instruments.find((instrument) => instrument.id === provision.instrument)?.numbering;
      const reading = readPinpoint(provision.kind, provision.pinpoint, numbering);
      if (!reading.ok) return [`${provision.id}: unread`];
      const citation = citeProvision(T[language], flow, provision);
      const pieces = reading.pinpoint.form === 'as-written' ? [reading.pinpoint.text] : [reading.pinpoint.number, ...reading.pinpoint.parts.flatMap((part) => part.labels)];
      return inOrder(citation, pieces) ? [] : [`${provision.id}: not every one of ${pieces.join(', ')} in order, each whole, in "${citation}"`];
    });
    expect(lost).toEqual([]);
  });
});

describe('citations in other languages than English', () => {
  it.each(LANGUAGES.filter((language): language is Exclude<Language, 'en'> => language !== 'en'))('keep no English word of the data’s notation in %s', (language) => {
    const english = PROVISIONS.map(({ flow, provision }) => [provision.id, citeProvision(T[language], flow, provision)] as const)
      .filter(([, citation]) => ENGLISH_WORDS[language].test(citation))
      .map(([id, citation]) => `${id}: ${citation}`);
    expect(english).toEqual([]);
  });
});

describe('citations in English', () => {
  it('are the pinpoint exactly as the flow data writes it, in the pattern of its kind', () => {
    const changed = PROVISIONS.flatMap(({ flow, provision }) => {
      const t = T.en;
      const instrument = t(`${flowNamespace(flow.id)}:instruments.${provision.instrument}.short`);
      const plain = t(`ui:citation.${provision.kind}`, { instrument, pinpoint: provision.pinpoint });
      const standard = flow.instruments.some((candidate) => candidate.id === provision.instrument && candidate.standard);
      const expected = standard ? t('ui:legal.standard', { citation: plain }) : plain;
      const citation = citeProvision(t, flow, provision);
      return citation === expected ? [] : [`${provision.id}: ${citation} ≠ ${expected}`];
    });
    expect(changed).toEqual([]);
  });
});
