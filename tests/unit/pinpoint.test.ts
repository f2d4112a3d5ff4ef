import { describe, expect, it } from 'vitest';
import type { Numbering, PinpointKind } from '../../src/engine/flow-types.ts';
import { readPinpoint, type PinpointPart } from '../../src/engine/pinpoint.ts';
import { ALL_FLOWS } from '../support/flows.ts';

const one = (level: PinpointPart['level'], label: string): PinpointPart => ({ level, labels: [label], joined: 'one' });

/** Real pinpoints of the flows, and what they say: the number and each subdivision by its level. */
const READINGS: readonly [PinpointKind, string, Numbering | undefined, string, readonly PinpointPart[]][] = [
  ['article', '13(2)(f)', undefined, '13', [one('paragraph', '2'), one('point', 'f')]],
  ['article', '6(1)(ea)', undefined, '6', [one('paragraph', '1'), one('point', 'ea')]],
  ['article', '15(1A)', undefined, '15', [one('paragraph', '1A')]],
  ['article', '27(3)–(5)', undefined, '27', [{ level: 'paragraph', labels: ['3', '5'], joined: 'range' }]],
  ['article', '31(c)–(d)', undefined, '31', [{ level: 'point', labels: ['c', 'd'], joined: 'range' }]],
  ['article', '20(1) item 2', undefined, '20', [one('paragraph', '1'), one('item', '2')]],
  ['article', '37-2(4)', undefined, '37-2', [one('paragraph', '4')]],
  ['article', 'L. 2312-8 II 4°', undefined, 'L. 2312-8', [one('romanPart', 'II'), one('degree', '4')]],
  ['paragraph', '87(1) no. 6', undefined, '87', [one('subsection', '1'), one('number', '6')]],
  ['paragraph', '26(1) sentence 1', undefined, '26', [one('subsection', '1'), one('sentence', '1')]],
  ['paragraph', '95(2a)', undefined, '95', [one('subsection', '2a')]],
  ['article', '64.4(d)', 'spanish', '64', [one('apartado', '4'), one('point', 'd')]],
  ['article', '20 bis', 'spanish', '20 bis', []],
  ['article', '10 §3', 'brazilian', '10', [one('paragrafo', '3')]],
  ['article', '11, II, g', 'brazilian', '11', [one('inciso', 'II'), one('alinea', 'g')]],
  ['article', '18, I and II', 'brazilian', '18', [{ level: 'inciso', labels: ['I', 'II'], joined: 'list' }]],
  ['article', '611-A, VI', 'brazilian', '611-A', [one('inciso', 'VI')]],
  ['annex', 'III point 4', undefined, 'III', [one('annexPoint', '4')]],
  ['schedule', '1 Pt 1 para. 1', undefined, '1', [one('schedulePart', '1'), one('scheduleParagraph', '1')]],
  ['schedule', '1, APP 1.7–1.9', undefined, '1', [one('named', 'APP 1.7–1.9')]],
];

describe('the pinpoint grammar', () => {
  it.each(READINGS)('reads the %s "%s" (%s numbering) into its number and subdivisions', (kind, pinpoint, numbering, number, parts) => {
    expect(readPinpoint(kind, pinpoint, numbering)).toEqual({ ok: true, pinpoint: { form: 'structured', number, parts } });
  });

  it.each([
    ['section', '18(1)(g)', undefined],
    ['section', '19–22', undefined],
    ['section', '2-102(L)', undefined],
    ['para', '6.14(1)', undefined],
    ['paragraph', '1798.145(m)(4)', 'as-written'],
    ['paragraph', '5-300–5-304', 'as-written'],
    ['case', '351 U.S. 149 (1956)', undefined],
  ] as const)('keeps the %s "%s" as written, once checked', (kind, pinpoint, numbering) => {
    expect(readPinpoint(kind, pinpoint, numbering)).toEqual({ ok: true, pinpoint: { form: 'as-written', text: pinpoint } });
  });

  it.each([
    ['article', '13(2)(f', undefined, '"(f" is not a subdivision of an article'],
    ['article', '13(f)(2)', undefined, '"(2)" is out of order'],
    ['article', '13(2)(f)(ii)', undefined, '"(ii)" is out of order'],
    ['article', '27(3)–(5)(a)', undefined, '"(a)" follows a range'],
    ['article', 'Art. 13', undefined, 'it does not start with the number of an article'],
    ['paragraph', '87 Abs. 1 Nr. 6', undefined, '"Abs. 1 Nr. 6" is not a subdivision of a German §'],
    ['paragraph', '87(1) no. 6 no. 7', undefined, '"no. 7" is out of order'],
    ['article', '64(4)(d)', 'spanish', '"(4)(d)" is not a subdivision of a Spanish article'],
    ['article', '18, I & II', 'brazilian', '"& II" is not a subdivision of a Brazilian article'],
    ['section', '18', 'spanish', 'numbering "spanish" is for articles, not a section'],
    ['section', '18(1)(g) and (h)', undefined, 'it is not a number with bracketed subdivisions'],
    ['case', ' 351 U.S. 149', undefined, 'it is empty or starts or ends with a space'],
  ] as const)('refuses the %s "%s" (%s numbering): %s', (kind, pinpoint, numbering, problem) => {
    expect(readPinpoint(kind, pinpoint, numbering)).toEqual({ ok: false, problem });
  });

  it('reads every pinpoint of every flow', () => {
    const unread = ALL_FLOWS.flatMap((flow) =>
      flow.provisions.flatMap((provision) => {
        const numbering = flow.instruments.find((instrument) => instrument.id === provision.instrument)?.numbering;
        const reading = readPinpoint(provision.kind, provision.pinpoint, numbering);
        return reading.ok ? [] : [`${flow.id} ${provision.id}: ${reading.problem}`];
      }),
    );
    expect(unread).toEqual([]);
  });
});
