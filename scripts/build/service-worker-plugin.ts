import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin, type ResolvedConfig, type Rolldown } from 'vite';
import { precacheManifest, SERVICE_WORKER_FILE, type BuiltFile } from './precache-manifest.ts';

/** The worker's source, and the module of it that stands in for the list (see precache.ts). */
const SOURCE = fileURLToPath(new URL('../../src/service-worker/sw.ts', import.meta.url));
const PRECACHE_MODULE = fileURLToPath(new URL('../../src/service-worker/precache.ts', import.meta.url));

/** Every file under `folder`, with its path relative to it in forward slashes. */
async function filesUnder(folder: string): Promise<BuiltFile[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return Promise.all(
    entries
      .filter((entry) => entry.isFile())
      .map(async (entry) => {
        const path = join(entry.parentPath, entry.name);
        return { fileName: relative(folder, path).split(sep).join('/'), content: await readFile(path) };
      }),
  );
}

/**
 * Writes `sw.js` once the build is on disk, precaching every file of the output folder: the
 * entry and every lazy chunk (layers, locales, examples, the export worker and the document
 * code it imports), the styles, index.html and what `public/` copied (manifest, icons). The
 * folder is read rather than the bundle so that nothing written by another step (the worker
 * build, the public folder) can be missed.
 */
export function serviceWorker(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'service-worker',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async writeBundle() {
      const outDir = resolve(config.root, config.build.outDir);
      const precache = precacheManifest(await filesUnder(outDir));
      const injectList: Plugin = {
        name: 'service-worker-precache-list',
        load: (id) => (id === PRECACHE_MODULE ? `export const PRECACHE = ${JSON.stringify(precache)};` : null),
      };
      // A classic script (Firefox and Safari run no module service workers on older versions),
      // so one self-contained file with no imports.
      const compiled = await build({
        configFile: false,
        root: config.root,
        logLevel: 'warn',
        publicDir: false,
        plugins: [injectList],
        build: {
          write: false,
          target: 'es2022',
          minify: true,
          copyPublicDir: false,
          modulePreload: false,
          rolldownOptions: { input: SOURCE, output: { format: 'iife', entryFileNames: SERVICE_WORKER_FILE } },
        },
      });
      const outputs = (Array.isArray(compiled) ? compiled : [compiled]) as Rolldown.RolldownOutput[];
      const chunk = outputs.flatMap((output) => output.output).find((file) => file.type === 'chunk' && file.fileName === SERVICE_WORKER_FILE);
      if (chunk?.type !== 'chunk') throw new Error(`The service worker did not compile to ${SERVICE_WORKER_FILE}`);
      await writeFile(join(outDir, SERVICE_WORKER_FILE), chunk.code);
    },
  };
}
