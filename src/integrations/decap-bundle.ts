/**
 * Decap CMS as its authors ship it, prebuilt: the `decap-cms` package's bundle (React included)
 * is copied into the site under a folder named after its version, instead of being bundled
 * through Vite on every build. The version in the path lets it be cached for good. The dev
 * server serves the same files from node_modules.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ADMIN_PATH } from '../routes.ts';

const require = createRequire(import.meta.url);
const packageFile = require.resolve('decap-cms/package.json');
const distDir = path.join(path.dirname(packageFile), 'dist');
const version = (JSON.parse(fs.readFileSync(packageFile, 'utf8')) as { version: string }).version;

/** URL of the bundle's folder in the site, e.g. `/admin/decap-cms-3.16.3/`. */
export const DECAP_BUNDLE_PATH = `${ADMIN_PATH}decap-cms-${version}/`;

/** URL of the entry script; its numbered chunks and WebAssembly load from beside it. */
export const DECAP_BUNDLE_URL = `${DECAP_BUNDLE_PATH}decap-cms.js`;

/**
 * The files a browser can ask for: the entry, its numbered chunks, the WebAssembly it fetches,
 * and the licence notice. Not the source maps (tens of MB) nor `cms.js`, a second copy of the app.
 */
const shipped = (name: string) => /^(\d+\.)?decap-cms\.js$|^[0-9a-f]+\.wasm$|^decap-cms\.js\.LICENSE\.txt$/.test(name);

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.wasm': 'application/wasm', '.txt': 'text/plain' };

export function decapBundle(): AstroIntegration {
  return {
    name: 'decap-bundle',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(DECAP_BUNDLE_PATH, (req, res, next) => {
          const name = path.posix.basename((req.url ?? '').split('?')[0]!);
          if (!shipped(name)) return next();
          res.setHeader('content-type', TYPES[path.extname(name)] ?? 'application/octet-stream');
          fs.createReadStream(path.join(distDir, name)).pipe(res);
        });
      },
      'astro:build:done': ({ dir }) => {
        const target = path.join(fileURLToPath(dir), DECAP_BUNDLE_PATH);
        fs.mkdirSync(target, { recursive: true });
        for (const name of fs.readdirSync(distDir)) if (shipped(name)) fs.copyFileSync(path.join(distDir, name), path.join(target, name));
      },
    },
  };
}
