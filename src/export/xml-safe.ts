/**
 * Characters XML 1.0 forbids (C0 controls other than tab, newline and carriage return;
 * U+FFFE/U+FFFF; unpaired surrogates) plus the two private-use marks the renderer uses to
 * delimit placeholders. A single one of these would make Word refuse the whole file.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uE000\uE001]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Drops what XML cannot carry; everything a person can type or paste otherwise passes intact. */
export function xmlSafe(text: string): string {
  return text.replace(FORBIDDEN, '');
}

/** Marks that delimit a placeholder inside interpolated clause text, for highlighting. */
export const PLACEHOLDER_START = '\uE000';
export const PLACEHOLDER_END = '\uE001';

export interface TextPiece {
  readonly text: string;
  readonly placeholder: boolean;
}

/** Splits interpolated text into plain pieces and highlighted placeholders. */
export function splitPlaceholders(text: string): readonly TextPiece[] {
  const pieces: TextPiece[] = [];
  const pattern = new RegExp(`${PLACEHOLDER_START}([^${PLACEHOLDER_END}]*)${PLACEHOLDER_END}`, 'g');
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) pieces.push({ text: text.slice(last, match.index), placeholder: false });
    pieces.push({ text: match[1] ?? '', placeholder: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) pieces.push({ text: text.slice(last), placeholder: false });
  return pieces;
}
