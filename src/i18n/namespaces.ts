import { layerIdsOf } from '../engine/layers.ts';
import type { Language } from '../engine/negotiation.ts';

/** Interface chrome: all the home page needs, and the default namespace. */
export const INTERFACE_NAMESPACE = 'ui';

/**
 * The wizard's words (steps, questions, review, export, meetings…): loaded with the wizard, not
 * before the first screen. Keys keep their `ui` names; i18next falls back to this namespace.
 */
export const WIZARD_NAMESPACE = 'wizard';

/** Document wording and the shared clause library: needed to export, not to show the wizard. Checklist content: `flow-<key>`. */
export const DOCUMENT_NAMESPACES = ['document', 'clauses'] as const;

/** The namespace of a composed checklist's words (`flow-eu+eu-de`). */
export function flowNamespace(flowId: string): string {
  return `flow-${flowId}`;
}

/** Reads one namespace of one language: from bundled chunks in the browser, from disk in Node. */
export type ResourceLoader = (language: Language, namespace: string) => Promise<Record<string, unknown>>;

/**
 * The locale files a namespace is made of: a checklist's words are the core's (`checklist`)
 * with each layer's (`law-<id>`) laid over them in order; any other namespace is one file.
 */
export function namespaceFiles(namespace: string): readonly string[] {
  if (!namespace.startsWith('flow-')) return [namespace];
  return ['checklist', ...layerIdsOf(namespace.slice('flow-'.length)).map((id) => `law-${id}`)];
}

type Resources = Record<string, unknown>;

function isResources(value: unknown): value is Resources {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `over` laid on `under`: nested keys merge, the later file's strings win. */
export function layResources(under: Resources, over: Resources): Resources {
  const result: Resources = { ...under };
  for (const [key, value] of Object.entries(over)) {
    const below = result[key];
    result[key] = isResources(below) && isResources(value) ? layResources(below, value) : value;
  }
  return result;
}

/** A loader of composed namespaces, from a loader of single locale files. */
export function composedLoader(loadFile: ResourceLoader): ResourceLoader {
  return async (language, namespace) => {
    const files = await Promise.all(namespaceFiles(namespace).map((file) => loadFile(language, file)));
    return files.reduce(layResources, {});
  };
}
