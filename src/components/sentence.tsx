import type { TFunction } from 'i18next';
import { Fragment, type ReactNode } from 'react';

/** Private use: never in a translation, so it marks where a node goes in the translated text. */
const MARK = '\uE000';

/**
 * A translated sentence with React nodes in its placeholders: `nodes` fill those placeholders,
 * `values` the others (a count, a number). It is how what the user typed goes into a sentence
 * on screen, each value in a `<bdi>`: a name typed in Latin letters inside an Arabic sentence
 * (`?pseudo=rtl`), or in Arabic inside an English one, keeps its own direction and leaves the
 * sentence's order and punctuation alone. A `<bdi>` adds no character, so the text, and the
 * accessible name of what holds it, read exactly as the plain translation does.
 *
 * @example sentence(t, 'inventory.vendor', { vendor: <bdi>{system.vendor}</bdi> })
 */
export function sentence(t: TFunction, key: string, nodes: Readonly<Record<string, ReactNode>>, values: Readonly<Record<string, unknown>> = {}): ReactNode {
  const names = Object.keys(nodes);
  const marked = t(key, { ...values, ...Object.fromEntries(names.map((name, index) => [name, `${MARK}${index}${MARK}`])) });
  return marked.split(MARK).map((piece, index) => <Fragment key={index}>{index % 2 === 1 ? nodes[names[Number(piece)] ?? ''] : piece}</Fragment>);
}
