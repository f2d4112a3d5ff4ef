import type { FlowDefinition } from '../../src/engine/flow-types.ts';
import type { Answer, Language, NegotiationRecord } from '../../src/engine/negotiation.ts';
import { withAnswer, withSystemUpdated } from '../../src/engine/record-updates.ts';
import { answeredRecord } from './records.ts';

/**
 * What representatives really paste into the wizard: a whole policy copied from the intranet
 * (paragraphs, numbered lines, accents) or a link or key with no space in it. Deterministic, so
 * a failure can be reproduced.
 */

const SENTENCES = [
  'The employer processes location data collected by the handheld terminals during working hours only.',
  'Supervisors may consult the dashboard; they may not export individual records without the approval of the data protection officer.',
  'Données conservées : 13 mois, puis anonymisées « de manière irréversible » — sauf litige en cours.',
  'Access logs are reviewed every quarter by the works council and the security team (see annex 4, §2.1).',
  'Scores below 72 % trigger a coaching conversation, never a disciplinary procedure on their own.',
  'Ärzte, Übersetzer und Außendienst sind von der Aufzeichnung ausgenommen; ø, ł and ğ must survive too.',
];

/** A pasted policy of about `bytes` UTF-8 bytes: numbered sections, each a few lines, blank lines between. */
export function pastedPolicy(bytes: number): string {
  const sections: string[] = [];
  let size = 0;
  for (let section = 1; size < bytes; section += 1) {
    const lines = [`${section}. Section ${section} of the policy`];
    for (let line = 0; line < 4; line += 1) lines.push(`${section}.${line + 1} ${SENTENCES[(section + line) % SENTENCES.length] ?? ''}`);
    const text = lines.join('\n');
    sections.push(text);
    size += Buffer.byteLength(text, 'utf8') + 2;
  }
  return sections.join('\n\n');
}

const KEY_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A pasted link carrying a key: `length` characters, and after the first fifty not one space, hyphen or slash to wrap at. */
export function unbrokenString(length: number): string {
  const start = 'https://intranet.example.com/policies/download?token=';
  let key = '';
  let seed = 7;
  while (start.length + key.length < length) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    key += KEY_ALPHABET[(seed >>> 16) % KEY_ALPHABET.length];
  }
  return start + key;
}

/** The question whose words the EU flow quotes into a clause, so the proposal carries them too. */
export const QUOTED_QUESTION = 'data-categories';

/**
 * A one-system EU negotiation, every question answered, where `answer` replaces the answer to
 * the quoted question (left "partly" answered, so its clause applies) and `system` the system's
 * own facts.
 */
export function recordWithPasted(flow: FlowDefinition, language: Language, answer: Partial<Answer>, system: { vendor?: string; purpose?: string; affected?: string } = {}): NegotiationRecord {
  const record = answeredRecord(flow, 1, undefined, language);
  return withSystemUpdated(withAnswer(record, 's1', QUOTED_QUESTION, { status: 'partly', ...answer }), 's1', system);
}
