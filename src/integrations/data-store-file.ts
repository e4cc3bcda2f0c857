/**
 * The content data store read from its file when the pages are prerendered, instead of bundled
 * into their code. Astro's build inlines the whole store (`astro:data-layer-content`: every
 * entry's data, Markdown and HTML) as one string literal in a module, which Vite then parses,
 * passes through its plugins and writes out. At 10,000 initiatives that string is 34 MB:
 * bundling it took 3.2 s and made the build's peak memory (`astro build`: 2,022 MB; 1,256–1,459 MB
 * without, Vite 0.4 s). The prerendered code runs only inside this build, after Astro has written the store to
 * its cache folder, so the module reads the very file Astro would have inlined: same JSON, same
 * value, the same pages (`diff -r` at 10,000 initiatives and on the demo).
 *
 * Only for the prerender environment of a static build. `npm run dev` keeps Astro's module,
 * which it reloads when the store changes; so does a store split in chunks
 * (experimental.collectionStorage). If the file is missing, Astro's module answers as before.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const NAME = 'data-store-file';
/** Astro's resolved id of the store's module (astro/dist/content/consts.js). */
const STORE_MODULE = '\0astro:data-layer-content';
/**
 * How Astro marks its content-data modules so that its incremental build leaves them out of each
 * page's code hash (astro/dist/core/build/incremental-metadata.js): pages follow content through
 * their cacheKey, not through the store's code.
 */
const CONTENT_DATA_META = { astroIncremental: { kind: 'content-data' } };

export function dataStoreFile(): AstroIntegration {
  return {
    name: NAME,
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        const storage = config.experimental.collectionStorage ?? 'single-file';
        if (command !== 'build' || config.output !== 'static' || storage !== 'single-file') return;
        // Where a build keeps the store (astro/dist/content/paths.js, getDataStoreFile).
        const file = fileURLToPath(new URL('data-store.json', config.cacheDir));
        updateConfig({
          vite: {
            plugins: [
              {
                name: NAME,
                enforce: 'pre',
                // A module's load is answered by the first plugin that answers, and Astro's content
                // plugin comes before any integration's: this one moves itself to the front.
                configResolved(resolved) {
                  const plugins = resolved.plugins as unknown as { name: string }[];
                  const index = plugins.findIndex((plugin) => plugin.name === NAME);
                  if (index > 0) plugins.unshift(...plugins.splice(index, 1));
                },
                load(id) {
                  if (id !== STORE_MODULE || this.environment?.name !== 'prerender' || !fs.existsSync(file)) return null;
                  return {
                    code: `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));\n`,
                    map: { mappings: '' },
                    meta: CONTENT_DATA_META,
                  };
                },
              },
            ],
          },
        });
      },
    },
  };
}
