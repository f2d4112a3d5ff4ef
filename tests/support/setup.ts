// Component tests opt into jsdom per file (`@vitest-environment jsdom`); this file only wires
// Testing Library's cleanup, which Vitest does not do by itself without globals, and gives its
// `findBy…`/`waitFor` queries time for a busy machine: a checklist loads and composes before the
// first question shows, which can take over the default second when both cores are busy.
import { afterEach, beforeAll } from 'vitest';
import './idb-globals.ts';

beforeAll(async () => {
  if (typeof document === 'undefined') return;
  const { configure } = await import('@testing-library/react');
  configure({ asyncUtilTimeout: 5_000 });
});

afterEach(async () => {
  if (typeof document === 'undefined') return;
  const { cleanup } = await import('@testing-library/react');
  cleanup();
});
