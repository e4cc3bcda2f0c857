import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { siteSchema, type Site } from '../schemas/site.ts';
import { contentDir } from './content-dir.ts';

// Cache: site.yml of the last directory read, since every page's layout asks for it; keyed by
// directory so a process reading two content sets (tests, fixtures) never mixes them.
let cached: { dir: string; site: Site } | undefined;

/** `site.yml` of the content directory, parsed and validated; SITE_URL overrides its `url`. */
export function loadSite(dir: string = contentDir()): Site {
  if (cached?.dir === dir) return cached.site;
  const file = path.join(dir, 'site.yml');
  const raw = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const site = siteSchema.parse(parse(raw));
  if (process.env.SITE_URL) site.url = process.env.SITE_URL;
  cached = { dir, site };
  return site;
}
