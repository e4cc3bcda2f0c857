/**
 * The data store module of a static build (src/integrations/data-store-file.ts): read from
 * Astro's store file in the prerender environment, Astro's own module everywhere else. That the
 * pages stay the same is shown by every build test (they all read content through this module)
 * and by `diff -r` of whole builds (README, "Where a build goes").
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { dataStoreFile } from '../../src/integrations/data-store-file.ts';

const STORE_MODULE = '\0astro:data-layer-content';
const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'data-store-file-'));
afterAll(() => fs.rmSync(cacheDir, { recursive: true, force: true }));

interface Plugin {
  name: string;
  configResolved: (config: { plugins: { name: string }[] }) => void;
  load: (this: { environment?: { name: string } }, id: string) => { code: string; meta: unknown } | null;
}

/** The Vite plugin the integration adds, or undefined when it adds none. */
function pluginFor(config: { command?: string; output?: string; collectionStorage?: unknown } = {}): Plugin | undefined {
  let plugins: Plugin[] | undefined;
  const hook = dataStoreFile().hooks['astro:config:setup'] as (options: unknown) => void;
  hook({
    command: config.command ?? 'build',
    config: { cacheDir: pathToFileURL(`${cacheDir}/`), output: config.output ?? 'static', experimental: { collectionStorage: config.collectionStorage } },
    updateConfig: (update: { vite: { plugins: Plugin[] } }) => (plugins = update.vite.plugins),
  });
  return plugins?.[0];
}

const prerender = { environment: { name: 'prerender' } };

describe('data store read from its file', () => {
  it('gives the prerender environment a module that reads the store file, marked as content data', async () => {
    const store = JSON.stringify([{ a: 1 }, 'Đổi mới sáng tạo']);
    fs.writeFileSync(path.join(cacheDir, 'data-store.json'), store);
    const result = pluginFor()!.load.call(prerender, STORE_MODULE)!;
    expect(result.meta).toEqual({ astroIncremental: { kind: 'content-data' } });
    expect(result.code).toContain(JSON.stringify(path.join(cacheDir, 'data-store.json')));
    expect(result.code).not.toContain('Đổi mới');
    // Run the module: its default export is the store's JSON, parsed.
    const moduleFile = path.join(cacheDir, 'store.mjs');
    fs.writeFileSync(moduleFile, result.code);
    const module = (await import(pathToFileURL(moduleFile).href)) as { default: unknown };
    expect(module.default).toEqual(JSON.parse(store));
  });

  it('leaves every other module, environment and a missing file to Astro', () => {
    fs.writeFileSync(path.join(cacheDir, 'data-store.json'), '[]');
    const plugin = pluginFor()!;
    expect(plugin.load.call(prerender, '\0astro:content')).toBeNull();
    expect(plugin.load.call({ environment: { name: 'ssr' } }, STORE_MODULE)).toBeNull();
    expect(plugin.load.call({ environment: { name: 'client' } }, STORE_MODULE)).toBeNull();
    fs.rmSync(path.join(cacheDir, 'data-store.json'));
    expect(plugin.load.call(prerender, STORE_MODULE)).toBeNull();
  });

  it('is not added to the dev server, a server build or a chunked store', () => {
    expect(pluginFor({ command: 'dev' })).toBeUndefined();
    expect(pluginFor({ output: 'server' })).toBeUndefined();
    expect(pluginFor({ collectionStorage: 'chunked' })).toBeUndefined();
    expect(pluginFor({ collectionStorage: 'single-file' })).toBeDefined();
  });

  it("moves itself ahead of Astro's content plugin, which would answer the load first", () => {
    const plugin = pluginFor()!;
    const plugins = [{ name: 'vite:alias' }, { name: 'astro:content-virtual-mod' }, { name: 'mdx' }, plugin];
    plugin.configResolved({ plugins });
    expect(plugins.map((p) => p.name)).toEqual(['data-store-file', 'vite:alias', 'astro:content-virtual-mod', 'mdx']);
    plugin.configResolved({ plugins });
    expect(plugins.map((p) => p.name)).toEqual(['data-store-file', 'vite:alias', 'astro:content-virtual-mod', 'mdx']);
  });
});
