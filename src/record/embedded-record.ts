import { parseNegotiationFile, type FileReading } from './negotiation-file.ts';

/** Where the negotiation file rides inside a .docx: a custom XML part Word and LibreOffice ignore. */
export const EMBEDDED_RECORD_PATH = 'customXml/negotiation-record.xml';
const NAMESPACE = 'urn:data-rights-negotiation-wizard:negotiation-file';

/**
 * Wraps a negotiation file as XML. JSON already escapes control characters and lone
 * surrogates; the few characters left that XML cannot carry raw are escaped here.
 */
export function embeddedRecordXml(fileJson: string): string {
  const escaped = fileJson
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\uFFFE/g, '\\ufffe')
    .replace(/\uFFFF/g, '\\uffff');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<negotiation xmlns="${NAMESPACE}">${escaped}</negotiation>`;
}

const ENTITY = /&(?:#(\d+)|#x([0-9a-fA-F]+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Reads the negotiation file back out of the custom part's XML text. */
export function readEmbeddedRecord(xml: string | undefined): FileReading {
  const match = xml?.match(/<negotiation\b[^>]*>([\s\S]*)<\/negotiation>/);
  if (!match?.[1]) return { ok: false, problem: { kind: 'no-embedded-record' } };
  const json = match[1].replace(ENTITY, (_, decimal: string | undefined, hex: string | undefined, name: string | undefined) =>
    decimal ? String.fromCodePoint(Number(decimal)) : hex ? String.fromCodePoint(Number.parseInt(hex, 16)) : NAMED[name ?? ''] ?? '',
  );
  return parseNegotiationFile(json);
}
