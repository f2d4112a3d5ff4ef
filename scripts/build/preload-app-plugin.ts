import type { Plugin } from 'vite';

/** The module the first script (`src/app/boot.ts`) imports once it has started the words and the database. */
const APP_MODULE = /\/src\/app\/main\.tsx$/;

/**
 * Lets the browser fetch the app's code while the first script is still loading. `boot.ts`
 * imports the app dynamically, so that the interface's words and the database start at once;
 * without these links the app's chunk and its imports are found only once that first script
 * has run, one round trip later. Only the app's static imports are listed: what it loads lazily
 * stays lazy.
 */
export function preloadApp(): Plugin {
  return {
    name: 'preload-app',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const bundle = context.bundle;
        if (!bundle) return [];
        const chunks = Object.values(bundle).flatMap((output) => (output.type === 'chunk' ? [output] : []));
        const app = chunks.find((chunk) => chunk.facadeModuleId !== null && APP_MODULE.test(chunk.facadeModuleId));
        if (!app) throw new Error('preload-app: no chunk for src/app/main.tsx');
        const files = new Set<string>();
        const visit = (fileName: string) => {
          if (files.has(fileName)) return;
          files.add(fileName);
          const chunk = chunks.find((candidate) => candidate.fileName === fileName);
          for (const imported of chunk?.imports ?? []) visit(imported);
        };
        visit(app.fileName);
        // The first script is in the page already; the app imports back what it exports.
        const entries = new Set(chunks.filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName));
        return [...files].filter((fileName) => !entries.has(fileName)).map((fileName) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${fileName}` }, injectTo: 'head' as const }));
      },
    },
  };
}
