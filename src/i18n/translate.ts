import type { TFunction } from 'i18next';

/** A translation lookup with optional `{{name}}` values: all the export and citations need. */
export type Translate = (key: string, values?: Readonly<Record<string, string>>) => string;

/** Adapts react-i18next's or i18next's `t` to `Translate`. */
export function fromT(t: TFunction): Translate {
  return (key, values) => (values ? t(key, values) : t(key));
}

const PLACEHOLDER = /\{\{(\w+)\}\}/g;

/**
 * A `Translate` that looks each key up once. i18next spends tens of microseconds per call,
 * and a document of ten systems makes thousands of calls for a few hundred distinct keys;
 * templates are fetched raw and filled here with the same `{{name}}` syntax.
 */
export function memoizedTranslate(t: TFunction): Translate {
  const templates = new Map<string, string>();
  const template = (key: string) => {
    let found = templates.get(key);
    if (found === undefined) {
      found = t(key, { skipInterpolation: true });
      templates.set(key, found);
    }
    return found;
  };
  return (key, values) => {
    const raw = template(key);
    return values ? raw.replace(PLACEHOLDER, (whole, name: string) => values[name] ?? whole) : raw;
  };
}
