import JSZip from 'jszip';
import type { NegotiationRecord } from '../engine/negotiation.ts';

/** Notes shorter than this could match ordinary words of the document, so they are not searched. */
export const SHORTEST_CHECKED_NOTE = 8;

/** Every way a note can be written into a package part: as XML text (quotes escaped or not) or as JSON. */
function encodings(note: string): readonly string[] {
  const basic = note.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const quoted = basic.replace(/"/g, '&quot;').replace(/'/g, '&apos;');
  const json = JSON.stringify(note).slice(1, -1);
  return [...new Set([basic, quoted, json, json.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')])];
}

/** Thrown instead of handing over a management-facing document that holds an internal note. */
export class InternalTextLeakError extends Error {
  override readonly name = 'InternalTextLeakError';
}

/**
 * The last check before a document meant for management leaves the export: no internal note
 * appears in any part of the package (body, footnotes, embedded record, properties).
 */
export async function assertNoInternalNotes(packed: Uint8Array, record: NegotiationRecord): Promise<void> {
  const notes = Object.values(record.answers)
    .flatMap((byQuestion) => Object.values(byQuestion).map((answer) => answer.note.trim()))
    .filter((note) => note.length >= SHORTEST_CHECKED_NOTE);
  if (notes.length === 0) return;
  const zip = await JSZip.loadAsync(packed);
  const parts = await Promise.all(Object.values(zip.files).filter((file) => !file.dir).map((file) => file.async('string')));
  const leaked = notes.find((note) => encodings(note).some((encoded) => parts.some((part) => part.includes(encoded))));
  if (leaked !== undefined) throw new InternalTextLeakError('An internal union note was found in a document meant for management; it was not exported.');
}
