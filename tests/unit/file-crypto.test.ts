import { describe, expect, it } from 'vitest';
import { decryptFile, encryptFile, fromBase64, MAX_ITERATIONS, MIN_ITERATIONS, PBKDF2_ITERATIONS, toBase64, type EncryptedFile } from '../../src/record/file-crypto.ts';
import { readEncryptedBytes, readNegotiationBytes } from '../../src/record/import-file.ts';
import { serialiseWorkspace } from '../../src/record/negotiation-file.ts';
import { euFlow } from '../support/flows.ts';
import { answeredRecord, FIXED_NOW } from '../support/records.ts';

// The lowest count the reader accepts keeps these tests quick; one test uses the real figure.
const FAST = { iterations: MIN_ITERATIONS };
const PASSPHRASE = 'correct horse battery staple — café';
const plain = serialiseWorkspace([answeredRecord(euFlow, 1), { ...answeredRecord(euFlow, 2), id: 'second' }], FIXED_NOW);
const encoder = new TextEncoder();

/** Changes one bit of a base64 field's bytes, and writes it back as base64. */
function flipped(base64: string, at = 0): string {
  const bytes = fromBase64(base64);
  if (!bytes) throw new Error('not base64');
  const index = Math.min(at, bytes.length - 1);
  bytes[index] = (bytes[index] ?? 0) ^ 0x01;
  return toBase64(bytes);
}

const sealed = encryptFile(plain, PASSPHRASE, FAST);
const parsed = async () => JSON.parse(await sealed) as EncryptedFile;

describe('a file locked with a passphrase', () => {
  it('opens with its passphrase, giving back the very text', async () => {
    const opened = await decryptFile(await sealed, PASSPHRASE);
    expect(opened).toEqual({ ok: true, text: plain });
  });

  it('is written with the documented parameters and random salt and iv, and hides the negotiation', async () => {
    const text = await encryptFile(plain, PASSPHRASE);
    const file = JSON.parse(text) as EncryptedFile;
    expect(file).toMatchObject({ format: 'data-rights-negotiation-encrypted', formatVersion: 1, kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: PBKDF2_ITERATIONS }, cipher: { name: 'AES-GCM' } });
    expect(fromBase64(file.kdf.salt)).toHaveLength(16);
    expect(fromBase64(file.cipher.iv)).toHaveLength(12);
    expect(text).not.toContain('Acme');
    const again = JSON.parse(await encryptFile(plain, PASSPHRASE, FAST)) as EncryptedFile;
    expect(again.kdf.salt).not.toBe(file.kdf.salt);
    expect(again.cipher.iv).not.toBe(file.cipher.iv);
    expect(await decryptFile(text, PASSPHRASE)).toEqual({ ok: true, text: plain });
  });

  it('opens with the same passphrase typed in another Unicode normalisation (a phone and a laptop)', async () => {
    const composed = await encryptFile(plain, 'caf\u00e9', FAST);
    expect(await decryptFile(composed, 'cafe\u0301')).toEqual({ ok: true, text: plain });
  });

  it('refuses a wrong passphrase, with the one message that also covers a changed file', async () => {
    expect(await decryptFile(await sealed, 'correct horse battery stapler')).toEqual({ ok: false, problem: { kind: 'wrong-passphrase' } });
    expect(await decryptFile(await sealed, '')).toEqual({ ok: false, problem: { kind: 'wrong-passphrase' } });
  });

  it.each([
    ['the first byte of the ciphertext', (file: EncryptedFile) => ({ ...file, ciphertext: flipped(file.ciphertext, 0) })],
    ['a middle byte of the ciphertext', (file: EncryptedFile) => ({ ...file, ciphertext: flipped(file.ciphertext, 400) })],
    ['the authentication tag', (file: EncryptedFile) => ({ ...file, ciphertext: flipped(file.ciphertext, Number.MAX_SAFE_INTEGER) })],
    ['the iv', (file: EncryptedFile) => ({ ...file, cipher: { ...file.cipher, iv: flipped(file.cipher.iv) } })],
    ['the salt', (file: EncryptedFile) => ({ ...file, kdf: { ...file.kdf, salt: flipped(file.kdf.salt, 7) } })],
    // Still within the accepted range: only the authenticated header tells.
    ['the iteration count in the header', (file: EncryptedFile) => ({ ...file, kdf: { ...file.kdf, iterations: file.kdf.iterations + 1 } })],
  ])('refuses the file when %s has changed, as it would a wrong passphrase', async (_, change) => {
    const changed = JSON.stringify(change(await parsed()));
    expect(await decryptFile(changed, PASSPHRASE)).toEqual({ ok: false, problem: { kind: 'wrong-passphrase' } });
  });

  it.each([
    ['too few iterations', (file: EncryptedFile) => ({ ...file, kdf: { ...file.kdf, iterations: MIN_ITERATIONS - 1 } }), /iteration/],
    ['too many iterations', (file: EncryptedFile) => ({ ...file, kdf: { ...file.kdf, iterations: MAX_ITERATIONS + 1 } }), /iteration/],
    ['a fractional iteration count', (file: EncryptedFile) => ({ ...file, kdf: { ...file.kdf, iterations: 150_000.5 } }), /iteration/],
    ['an unknown key derivation', (file: EncryptedFile) => ({ ...file, kdf: { ...file.kdf, name: 'scrypt' } }), /key derivation/],
    ['another hash', (file: EncryptedFile) => ({ ...file, kdf: { ...file.kdf, hash: 'SHA-1' } }), /key derivation/],
    ['an unknown cipher', (file: EncryptedFile) => ({ ...file, cipher: { ...file.cipher, name: 'AES-CBC' } }), /cipher/],
    ['a short salt', (file: EncryptedFile) => ({ ...file, kdf: { ...file.kdf, salt: toBase64(new Uint8Array(8)) } }), /salt/],
    ['an iv that is not base64', (file: EncryptedFile) => ({ ...file, cipher: { ...file.cipher, iv: 'not base64!' } }), /iv/],
    ['no ciphertext', (file: EncryptedFile) => ({ ...file, ciphertext: 42 }), /ciphertext/],
  ])('refuses %s before deriving any key', async (_, change, detail) => {
    const started = performance.now();
    const reading = await decryptFile(JSON.stringify(change(await parsed())), PASSPHRASE);
    expect(reading).toMatchObject({ ok: false, problem: { kind: 'encryption-unsupported' } });
    expect(!reading.ok && reading.problem.kind === 'encryption-unsupported' && reading.problem.detail).toMatch(detail);
    // Deriving a key takes tens of milliseconds at the least count; refusing takes none.
    expect(performance.now() - started).toBeLessThan(30);
  });

  it('says a newer encryption version was made by a newer wizard', async () => {
    const newer = { ...(await parsed()), formatVersion: 2 };
    expect(await decryptFile(JSON.stringify(newer), PASSPHRASE)).toEqual({ ok: false, problem: { kind: 'newer-file-version', version: 2 } });
  });

  it('will not lock a file with an iteration count the reader would refuse', async () => {
    await expect(encryptFile(plain, PASSPHRASE, { iterations: 1000 })).rejects.toThrow(RangeError);
  });
});

describe('opening a locked file from its bytes', () => {
  it('says it is locked, then reads the negotiations with the passphrase', async () => {
    const bytes = encoder.encode(await sealed);
    expect(await readNegotiationBytes(bytes)).toEqual({ ok: false, problem: { kind: 'encrypted' } });
    const reading = await readEncryptedBytes(bytes, PASSPHRASE);
    expect(reading.ok && reading.file.negotiations.map((record) => record.id)).toEqual(['record-eu', 'second']);
    expect(await readEncryptedBytes(bytes, 'wrong')).toEqual({ ok: false, problem: { kind: 'wrong-passphrase' } });
  });

  it('validates what it unlocked like any file: a locked file of something else is refused', async () => {
    const other = await encryptFile(JSON.stringify({ hello: 'world' }), PASSPHRASE, FAST);
    expect(await readEncryptedBytes(encoder.encode(other), PASSPHRASE)).toEqual({ ok: false, problem: { kind: 'not-a-negotiation-file' } });
  });
});
