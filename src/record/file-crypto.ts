import { ENCRYPTED_FILE_FORMAT, parseFileText } from './negotiation-file.ts';

/**
 * A negotiation file locked with a passphrase, for a backup carried on a stick or sent by mail.
 * Web Crypto only: PBKDF2-SHA-256 derives an AES-256-GCM key from the passphrase; the header
 * (every field but the ciphertext) is the cipher's additional data, so changing any of it, the
 * iteration count included, makes the file fail as surely as changing the ciphertext.
 * See docs/negotiation-file.md.
 */
export const ENCRYPTED_FORMAT = ENCRYPTED_FILE_FORMAT;
export const ENCRYPTED_VERSION = 1;
/** OWASP's figure for PBKDF2-HMAC-SHA-256 (2023). */
export const PBKDF2_ITERATIONS = 600_000;
/** Fewer is too weak to trust; more would freeze the page for minutes before saying anything. */
export const MIN_ITERATIONS = 100_000;
export const MAX_ITERATIONS = 10_000_000;
const SALT_BYTES = 16;
const IV_BYTES = 12;

export interface EncryptedFile {
  readonly format: typeof ENCRYPTED_FORMAT;
  readonly formatVersion: typeof ENCRYPTED_VERSION;
  readonly kdf: { readonly name: 'PBKDF2'; readonly hash: 'SHA-256'; readonly iterations: number; readonly salt: string };
  readonly cipher: { readonly name: 'AES-GCM'; readonly iv: string };
  readonly ciphertext: string;
}

/** Why an encrypted file could not be opened: a wrong passphrase and damage look the same to AES-GCM. */
export type DecryptionProblem =
  | { readonly kind: 'wrong-passphrase' }
  | { readonly kind: 'encryption-unsupported'; readonly detail: string }
  | { readonly kind: 'newer-file-version'; readonly version: number }
  | { readonly kind: 'not-json' }
  | { readonly kind: 'too-large'; readonly limit: number };

export type Decryption = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly problem: DecryptionProblem };

const CHUNK = 0x8000;

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // In chunks: one call with millions of arguments overflows the stack.
  for (let start = 0; start < bytes.length; start += CHUNK) binary += String.fromCharCode(...bytes.subarray(start, start + CHUNK));
  return btoa(binary);
}

/** Strict base64, or undefined: `atob` alone accepts whitespace and missing padding. */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return undefined;
  try {
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
    return bytes;
  } catch {
    return undefined;
  }
}

/** The header as the cipher authenticates it: always the same fields in the same order. */
function additionalData(header: Omit<EncryptedFile, 'ciphertext'>): Uint8Array<ArrayBuffer> {
  const { format, formatVersion, kdf, cipher } = header;
  return new TextEncoder().encode(JSON.stringify([format, formatVersion, kdf.name, kdf.hash, kdf.iterations, kdf.salt, cipher.name, cipher.iv]));
}

async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  // Normalised, so that the same passphrase typed on a phone and on a laptop gives the same key.
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

/** Locks a negotiation file's text with a passphrase; returns the encrypted file's JSON. */
export async function encryptFile(text: string, passphrase: string, options: { readonly iterations?: number } = {}): Promise<string> {
  const iterations = options.iterations ?? PBKDF2_ITERATIONS;
  if (iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) throw new RangeError(`PBKDF2 iterations must be from ${MIN_ITERATIONS} to ${MAX_ITERATIONS}`);
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const header = {
    format: ENCRYPTED_FORMAT,
    formatVersion: ENCRYPTED_VERSION,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(salt) },
    cipher: { name: 'AES-GCM', iv: toBase64(iv) },
  } as const;
  const key = await deriveKey(passphrase, salt, iterations);
  const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: additionalData(header) }, key, new TextEncoder().encode(text));
  const file: EncryptedFile = { ...header, ciphertext: toBase64(new Uint8Array(sealed)) };
  return JSON.stringify(file, null, 2);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

type Checked = { readonly ok: true; readonly file: EncryptedFile; readonly salt: Uint8Array<ArrayBuffer>; readonly iv: Uint8Array<ArrayBuffer>; readonly ciphertext: Uint8Array<ArrayBuffer> } | { readonly ok: false; readonly problem: DecryptionProblem };

const unsupported = (detail: string): Checked => ({ ok: false, problem: { kind: 'encryption-unsupported', detail } });

/** Checks every parameter before any key is derived: a hostile header costs nothing. */
function checkEnvelope(raw: unknown): Checked {
  if (!isObject(raw) || raw.format !== ENCRYPTED_FORMAT) return unsupported('not an encrypted negotiation file');
  const { formatVersion, kdf, cipher, ciphertext } = raw;
  if (typeof formatVersion !== 'number' || !Number.isInteger(formatVersion) || formatVersion < 1) return unsupported('formatVersion');
  if (formatVersion > ENCRYPTED_VERSION) return { ok: false, problem: { kind: 'newer-file-version', version: formatVersion } };
  if (!isObject(kdf) || kdf.name !== 'PBKDF2' || kdf.hash !== 'SHA-256') return unsupported('key derivation (only PBKDF2 with SHA-256)');
  const { iterations } = kdf;
  if (typeof iterations !== 'number' || !Number.isInteger(iterations) || iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) {
    return unsupported(`iteration count (from ${MIN_ITERATIONS} to ${MAX_ITERATIONS})`);
  }
  if (!isObject(cipher) || cipher.name !== 'AES-GCM') return unsupported('cipher (only AES-GCM)');
  const salt = typeof kdf.salt === 'string' ? fromBase64(kdf.salt) : undefined;
  if (salt?.length !== SALT_BYTES) return unsupported('salt');
  const iv = typeof cipher.iv === 'string' ? fromBase64(cipher.iv) : undefined;
  if (iv?.length !== IV_BYTES) return unsupported('iv');
  const sealed = typeof ciphertext === 'string' ? fromBase64(ciphertext) : undefined;
  // The 16-byte authentication tag at least.
  if (!sealed || sealed.length < 16) return unsupported('ciphertext');
  const file: EncryptedFile = {
    format: ENCRYPTED_FORMAT,
    formatVersion: ENCRYPTED_VERSION,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: kdf.salt as string },
    cipher: { name: 'AES-GCM', iv: cipher.iv as string },
    ciphertext: ciphertext as string,
  };
  return { ok: true, file, salt, iv, ciphertext: sealed };
}

/** Opens an encrypted file with its passphrase; never throws. */
export async function decryptFile(text: string, passphrase: string): Promise<Decryption> {
  const parsed = parseFileText(text);
  if (!parsed.ok) return parsed;
  const checked = checkEnvelope(parsed.raw);
  if (!checked.ok) return checked;
  const { file, salt, iv, ciphertext } = checked;
  let key: CryptoKey;
  try {
    key = await deriveKey(passphrase, salt, file.kdf.iterations);
  } catch {
    return { ok: false, problem: { kind: 'encryption-unsupported', detail: 'this browser cannot derive the key' } };
  }
  try {
    const opened = await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: additionalData(file) }, key, ciphertext);
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(opened) };
  } catch {
    // The tag did not match: the passphrase is wrong, or a byte of the file changed.
    return { ok: false, problem: { kind: 'wrong-passphrase' } };
  }
}
