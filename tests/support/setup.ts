// Component tests opt into jsdom per file (`@vitest-environment jsdom`); this file only wires
// Testing Library's cleanup, which Vitest does not do by itself without globals.
import { afterEach } from 'vitest';

afterEach(async () => {
  if (typeof document === 'undefined') return;
  const { cleanup } = await import('@testing-library/react');
  cleanup();
});
