import type { MatcherFunction } from '@testing-library/react';

const normalised = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

/**
 * A testing-library text matcher for a sentence as a person reads it, across the elements it
 * is made of: what the user typed sits in a `<bdi>` of its own inside the translated sentence
 * (`src/components/sentence.tsx`), which `getByText('…')` alone, reading an element's own text,
 * would not see. Matches the innermost element whose whole text is `text` (or matches it).
 */
export function sentenceText(text: string | RegExp): MatcherFunction {
  const matches = (value: string | null) => (typeof text === 'string' ? normalised(value) === text : text.test(normalised(value)));
  return (_content, element) => element !== null && matches(element.textContent) && ![...element.children].some((child) => matches(child.textContent));
}
