import { EMBEDDED_RECORD_PATH, readEmbeddedRecord } from './embedded-record.ts';
import { parseNegotiationFile, type FileReading } from './negotiation-file.ts';

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

/**
 * Reads a negotiation from a file the user picked: a negotiation file (.json), or a .docx the
 * wizard made, which carries one inside. Both go through the same validation; nothing is stored.
 */
export async function readNegotiationBytes(bytes: Uint8Array): Promise<FileReading> {
  const isZip = ZIP_SIGNATURE.every((byte, index) => bytes[index] === byte);
  if (!isZip) return parseNegotiationFile(new TextDecoder('utf-8', { fatal: false }).decode(bytes));
  const { default: JSZip } = await import('jszip');
  try {
    const zip = await JSZip.loadAsync(bytes);
    return readEmbeddedRecord(await zip.file(EMBEDDED_RECORD_PATH)?.async('string'));
  } catch {
    return { ok: false, problem: { kind: 'no-embedded-record' } };
  }
}
