import { parseNegotiationFile, type FileReading } from '../record/negotiation-file.ts';

// Each example is its own chunk, fetched from this origin only when asked for.
const examples = import.meta.glob<string>('../../examples/*.json', { query: '?raw', import: 'default' });

/** A finished example negotiation for a flow, read through the same validation as any file. */
export async function loadExample(flowId: string): Promise<FileReading> {
  const load = examples[`../../examples/${flowId}.json`];
  if (!load) return { ok: false, problem: { kind: 'not-a-negotiation-file' } };
  return parseNegotiationFile(await load());
}
