import type { Browser } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium, serveBuiltApp } from './browser.ts';

export interface BuiltApp {
  readonly browser: Browser;
  readonly url: string;
}

/** Serves the built app and starts Chromium for the calling test file; both close after it. */
export function builtAppForThisFile(): BuiltApp {
  let browser: Browser | undefined;
  let server: PreviewServer | undefined;
  let url: string | undefined;
  beforeAll(async () => {
    ({ url, server } = await serveBuiltApp());
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('Chromium is not running yet');
      return browser;
    },
    get url() {
      if (!url) throw new Error('The app is not served yet');
      return url;
    },
  };
}
