/**
 * Writes the corpus of hostile negotiation files kept in tests/fixtures/hostile/, and its
 * manifest (what each file is, and the problem the reader must refuse it with):
 *   npx tsx scripts/make-hostile-files.ts
 * Only small files are kept; tests/unit/hostile-files.test.ts builds the large ones itself
 * (huge strings, a million nested arrays, more negotiations than the reader takes).
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encryptFile, fromBase64, MIN_ITERATIONS, toBase64 } from '../src/record/file-crypto.ts';

const OUT_DIR = join(import.meta.dirname, '..', 'tests', 'fixtures', 'hostile');
const NOW = '2026-11-30T10:00:00.000Z';
/** The passphrase the encrypted files were locked with; the test tries another. */
const HOSTILE_PASSPHRASE = 'the right passphrase';

const record = (id: string, employer = 'Acme Logistics') => ({
  schemaVersion: 2,
  id,
  flowId: 'eu',
  flowVersion: 2,
  createdAt: NOW,
  updatedAt: NOW,
  meta: { title: '', union: 'Transport Workers Union', employer, workplace: 'Depot 4', date: '2026-11-30', round: '', present: '' },
  systems: [{ id: 's1', name: 'Scanner', vendor: 'Vendor', category: 'monitoring', purpose: 'Counting parcels', affected: 'Drivers' }],
  answers: { s1: { 'data-collected': { status: 'answered', words: 'Scans only', note: 'Check' } } },
  rounds: [],
  documentLanguage: 'en',
});

const file = (negotiations: unknown, fields: Record<string, unknown> = {}) => ({ format: 'data-rights-negotiation', formatVersion: 2, exportedAt: NOW, contents: 'full', includesNotes: true, negotiations, ...fields });
const json = (value: unknown) => JSON.stringify(value, null, 2);
const good = json(file([record('a'), record('b', 'Other employer')]));

/** The kind a file must be refused with, and for a record, the kind of its problem. */
interface Entry {
  readonly what: string;
  readonly kind: string;
  readonly record?: string;
  /** Open with this passphrase (the files that are encrypted). */
  readonly passphrase?: string;
}

async function corpus(): Promise<Record<string, { readonly text: string } & Entry>> {
  const sealed = JSON.parse(await encryptFile(good, HOSTILE_PASSPHRASE, { iterations: MIN_ITERATIONS })) as { ciphertext: string; kdf: Record<string, unknown> };
  const flippedBytes = fromBase64(sealed.ciphertext) ?? new Uint8Array();
  flippedBytes[10] = (flippedBytes[10] ?? 0) ^ 0x80;
  const withAnswer = (answer: unknown) => file([{ ...record('a'), answers: { s1: { 'data-collected': answer } } }]);
  return {
    'empty.json': { what: 'an empty file', kind: 'not-json', text: '' },
    'truncated.json': { what: 'a good file cut off half-way', kind: 'not-json', text: good.slice(0, Math.floor(good.length / 2)) },
    'truncated-one-byte.json': { what: 'a good file missing its last brace', kind: 'not-json', text: good.trimEnd().slice(0, -1) },
    'not-an-object.json': { what: 'a JSON list', kind: 'not-a-negotiation-file', text: '[1, 2, 3]' },
    'other-format.json': { what: 'JSON of another program', kind: 'not-a-negotiation-file', text: json({ format: 'shopping-list', items: ['tea'] }) },
    'version-as-text.json': { what: 'a version written as text', kind: 'not-a-negotiation-file', text: json(file([record('a')], { formatVersion: '2' })) },
    'version-zero.json': { what: 'version 0', kind: 'not-a-negotiation-file', text: json(file([record('a')], { formatVersion: 0 })) },
    'version-fraction.json': { what: 'version 1.5', kind: 'not-a-negotiation-file', text: json(file([record('a')], { formatVersion: 1.5 })) },
    'future-file-version.json': { what: 'a file from a newer wizard', kind: 'newer-file-version', text: json(file([record('a')], { formatVersion: 3 })) },
    'future-record-version.json': { what: 'a record of a newer schema', kind: 'record', record: 'newer-version', text: json(file([{ ...record('a'), schemaVersion: 99 }])) },
    'future-checklist.json': { what: 'a record of a newer checklist', kind: 'record', record: 'newer-version', text: json(file([{ ...record('a'), flowVersion: 999 }])) },
    'negotiations-not-a-list.json': { what: 'negotiations given as an object', kind: 'not-a-negotiation-file', text: json(file({ a: record('a') })) },
    'v2-with-record.json': { what: 'version 2 with a version 1 field', kind: 'not-a-negotiation-file', text: json({ ...file([]), negotiations: undefined, record: record('a') }) },
    'empty-list.json': { what: 'no negotiation at all', kind: 'no-negotiations', text: json(file([])) },
    'null-record.json': { what: 'a null in the list', kind: 'record', record: 'not-a-record', text: json(file([null])) },
    'v1-record-is-list.json': { what: 'a version 1 file whose record is a list', kind: 'record', record: 'not-a-record', text: json({ format: 'data-rights-negotiation', formatVersion: 1, record: [record('a')] }) },
    'systems-as-text.json': { what: 'systems given as text', kind: 'record', record: 'invalid', text: json(file([{ ...record('a'), systems: 'three systems' }])) },
    'unknown-status.json': { what: 'a status the wizard does not have', kind: 'record', record: 'invalid', text: json(withAnswer({ status: 'maybe', words: '', note: '' })) },
    'words-as-number.json': { what: "management's words as a number", kind: 'record', record: 'invalid', text: json(withAnswer({ status: 'answered', words: 42, note: '' })) },
    'bad-timestamp.json': { what: 'a date that is not a timestamp', kind: 'record', record: 'invalid', text: json(file([{ ...record('a'), createdAt: 'yesterday' }])) },
    'unknown-category.json': { what: 'a kind of system the wizard does not have', kind: 'record', record: 'invalid', text: json(file([{ ...record('a'), systems: [{ ...record('a').systems[0], category: 'spaceship' }] }])) },
    'empty-id.json': { what: 'an empty id', kind: 'record', record: 'invalid', text: json(file([record('')])) },
    'duplicate-ids.json': { what: 'two negotiations with one id', kind: 'duplicate-id', text: json(file([record('a'), record('b'), record('a', 'Copycat Ltd')])) },
    'duplicate-round-ids.json': {
      what: 'two meetings with one id',
      kind: 'record',
      record: 'invalid',
      text: json(file([{ ...record('a'), rounds: [0, 1].map(() => ({ id: 'r1', closedAt: NOW, meeting: { date: '', round: '', present: '' }, systems: [], answers: {} })) }])),
    },
    'proto-key-top.json': { what: 'a __proto__ key at the top', kind: 'forbidden-key', text: `{"__proto__": {"polluted": true}, ${good.trim().slice(1)}` },
    'proto-key-answers.json': {
      what: 'a __proto__ key among the answers',
      kind: 'forbidden-key',
      text: json(file([record('a')])).replace('"s1": {\n', '"__proto__": {"polluted": true},\n          "s1": {\n'),
    },
    'proto-key-escaped.json': { what: 'a __proto__ key written with an escape', kind: 'forbidden-key', text: `{"\\u005f_proto__": {"polluted": true}, ${good.trim().slice(1)}` },
    'constructor-key.json': {
      what: 'a constructor.prototype key in a meta',
      kind: 'forbidden-key',
      text: json(file([{ ...record('a'), meta: { ...record('a').meta, constructor: { prototype: { polluted: true } } } }])),
    },
    'prototype-key.json': { what: 'a prototype key in a system', kind: 'forbidden-key', text: json(file([{ ...record('a'), systems: [{ ...record('a').systems[0], prototype: { polluted: true } }] }])) },
    'deep-nesting.json': { what: 'arrays nested 100 deep in an answer', kind: 'too-deep', text: json(withAnswer({ status: 'answered', words: '', note: '' })).replace('"words": ""', `"words": ${'['.repeat(100)}${']'.repeat(100)}`) },
    'encrypted-wrong-passphrase.json': { what: 'an encrypted backup opened with a wrong passphrase', kind: 'wrong-passphrase', passphrase: 'the wrong passphrase', text: json(sealed) },
    'encrypted-flipped-byte.json': { what: 'an encrypted backup with one byte changed', kind: 'wrong-passphrase', passphrase: HOSTILE_PASSPHRASE, text: json({ ...sealed, ciphertext: toBase64(flippedBytes) }) },
    'encrypted-weak-kdf.json': { what: 'an encrypted backup with too few iterations', kind: 'encryption-unsupported', passphrase: HOSTILE_PASSPHRASE, text: json({ ...sealed, kdf: { ...sealed.kdf, iterations: 1000 } }) },
    'encrypted-unknown-cipher.json': { what: 'an encrypted backup with another cipher', kind: 'encryption-unsupported', passphrase: HOSTILE_PASSPHRASE, text: json({ ...sealed, cipher: { name: 'ROT13', iv: 'AAAAAAAAAAAAAAAA' } }) },
    'encrypted-future.json': { what: 'an encrypted file from a newer wizard', kind: 'newer-file-version', passphrase: HOSTILE_PASSPHRASE, text: json({ ...sealed, formatVersion: 2 }) },
  };
}

async function main(): Promise<void> {
  mkdirSync(OUT_DIR, { recursive: true });
  for (const name of readdirSync(OUT_DIR)) rmSync(join(OUT_DIR, name));
  const files = await corpus();
  const manifest: Record<string, Entry> = {};
  for (const [name, { text, ...entry }] of Object.entries(files)) {
    writeFileSync(join(OUT_DIR, name), text);
    manifest[name] = entry;
  }
  writeFileSync(join(OUT_DIR, 'manifest.txt'), `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`${Object.keys(files).length} hostile files written to ${OUT_DIR}`);
}

await main();
