import { chromium, type Browser } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';

/** Flags that keep Debian's Chromium quiet on a machine with no network but the loopback. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/**
 * Serves the built app on 127.0.0.1 and a free port: `dist/`, or the folder E2E_DIST names, so
 * that two builds (two working copies, two changes under test) never overwrite each other.
 */
export async function serveBuiltApp(): Promise<{ readonly url: string; readonly server: PreviewServer }> {
  const outDir = process.env.E2E_DIST ?? 'dist';
  const server = await preview({ build: { outDir }, preview: { host: '127.0.0.1', port: 0, strictPort: false }, logLevel: 'error' });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') throw new Error('preview server has no port');
  return { url: `http://127.0.0.1:${address.port}/`, server };
}
