/**
 * The CMS as built into the site: /admin/config.yml is the configuration generated for this
 * content, /admin/ loads only files of the site itself (no script or style from another host),
 * is in Vietnamese and stays out of the sitemap and the search index.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { cmsConfig } from '../../src/cms/config.ts';
import { cmsRepository } from '../../src/cms/repository.ts';
import { loadSite } from '../../src/node/site.ts';
import { ensureSite, ROOT, SITES } from '../helpers/sites.ts';

let dir: string;
let html: string;
beforeAll(() => {
  dir = ensureSite('demo');
  html = fs.readFileSync(path.join(dir, 'admin/index.html'), 'utf8');
});

describe('/admin/ in the built site', () => {
  it('serves the configuration generated from the schemas for this content folder', () => {
    const served = parseYaml(fs.readFileSync(path.join(dir, 'admin/config.yml'), 'utf8'));
    const contentDir = path.join(ROOT, SITES.demo);
    const expected = cmsConfig({ site: loadSite(contentDir), contentFolder: cmsRepository(contentDir).contentFolder });
    expect(served).toEqual(JSON.parse(JSON.stringify(expected)));
    // fixtures/demo is tracked in this repository: folders are named from its root.
    expect(served.collections[0].folder).toBe('fixtures/demo/stories');
  });

  it('is a Vietnamese page that loads only the site own files', () => {
    expect(html).toMatch(/<html lang="vi">/);
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    const refs = [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(ref, ref).toMatch(/^\/(?!\/)/);
    for (const ref of refs.filter((r) => r.endsWith('.js'))) expect(fs.existsSync(path.join(dir, ref)), ref).toBe(true);
    // Its policy lets scripts come from the site only, whatever else Decap needs.
    const csp = /content-security-policy" content="([^"]+)"/.exec(html)![1]!.replace(/&#39;/g, "'");
    const scriptSrc = /script-src ([^;]+)/.exec(csp)![1]!;
    expect(scriptSrc.split(' ').filter((s) => !s.startsWith("'"))).toEqual([]);
    // The backend is the site's own server: nothing else may be reached.
    expect(/connect-src ([^;]+)/.exec(csp)![1]!.split(' ').filter((s) => !s.startsWith("'"))).toEqual(['blob:', 'data:']);
  });

  it('is neither in the sitemap nor in the search index', () => {
    const sitemaps = fs.readdirSync(dir).filter((f) => /^sitemap.*\.xml$/.test(f));
    expect(sitemaps.length).toBeGreaterThan(0);
    for (const f of sitemaps) expect(fs.readFileSync(path.join(dir, f), 'utf8')).not.toContain('/admin/');
    expect(html).not.toContain('data-pagefind-body');
  });
});
