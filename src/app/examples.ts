import type { FileReading } from '../record/negotiation-file.ts';

// Each example is its own chunk, fetched from this origin only when asked for.
const examples = import.meta.glob<string>('../../examples/*.json', { query: '?raw', import: 'default' });

/** The jurisdiction keys there is an example for: `examples/<key>.json`. */
export const EXAMPLE_KEYS: readonly string[] = Object.keys(examples).map((path) => path.replace(/^.*\/(.+)\.json$/, '$1')).sort();

/** A finished example negotiation for a jurisdiction, read through the same validation as any file. */
export async function loadExample(key: string): Promise<FileReading> {
  const load = examples[`../../examples/${key}.json`];
  if (!load) return { ok: false, problem: { kind: 'not-a-negotiation-file' } };
  const [text, { parseNegotiationFile }] = await Promise.all([load(), import('../record/negotiation-file.ts')]);
  return parseNegotiationFile(text);
}
