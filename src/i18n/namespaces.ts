import type { Language } from '../engine/negotiation.ts';

/** Interface chrome; document wording; the shared clause library. Flow content: `flow-<id>`. */
export const BASE_NAMESPACES = ['ui', 'document', 'clauses'] as const;

export function flowNamespace(flowId: string): string {
  return `flow-${flowId}`;
}

/** Reads one namespace of one language: from bundled chunks in the browser, from disk in Node. */
export type ResourceLoader = (language: Language, namespace: string) => Promise<Record<string, unknown>>;
