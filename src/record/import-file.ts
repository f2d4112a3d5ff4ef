import { EMBEDDED_RECORD_PATH, readEmbeddedRecord } from './embedded-record.ts';
import { decryptFile } from './file-crypto.ts';
import { MAX_FILE_BYTES, parseNegotiationFile, type FileReading } from './negotiation-file.ts';

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

const decode = (bytes: Uint8Array) => new TextDecoder('utf-8', { fatal: false }).decode(bytes);

/**
 * Reads negotiations from a file the user picked: a negotiation file (.json), or a .docx the
 * wizard made, which carries one inside. Both go through the same validation; nothing is stored.
 * An encrypted file comes back as the problem `encrypted`: ask for the passphrase, then call
 * `readEncryptedBytes`.
 */
export async function readNegotiationBytes(bytes: Uint8Array): Promise<FileReading> {
  // Said before anything is decoded or parsed.
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, problem: { kind: 'too-large', limit: MAX_FILE_BYTES } };
  const isZip = ZIP_SIGNATURE.every((byte, index) => bytes[index] === byte);
  if (!isZip) return parseNegotiationFile(decode(bytes));
  const { default: JSZip } = await import('jszip');
  try {
    const zip = await JSZip.loadAsync(bytes);
    const reading = readEmbeddedRecord(await zip.file(EMBEDDED_RECORD_PATH)?.async('string'));
    return reading.ok ? { ...reading, fromDocument: true } : reading;
  } catch {
    return { ok: false, problem: { kind: 'no-embedded-record' } };
  }
}

/** Opens an encrypted negotiation file with its passphrase, then reads it as any other; never throws. */
export async function readEncryptedBytes(bytes: Uint8Array, passphrase: string): Promise<FileReading> {
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, problem: { kind: 'too-large', limit: MAX_FILE_BYTES } };
  const opened = await decryptFile(decode(bytes), passphrase);
  if (!opened.ok) return { ok: false, problem: opened.problem };
  return parseNegotiationFile(opened.text);
}
