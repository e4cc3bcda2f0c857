/**
 * The generated site (`SITES.generated`: `npm run fixtures -- --initiatives 120`) builds through the
 * real pipeline, and none of its drafts reaches any output file: page, feed, text, JSON or CSV.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DRAFT_MARK } from '../../scripts/fixtures.ts';
import { ensureSite, ROOT, SITES } from '../helpers/sites.ts';

let site: string;
beforeAll(() => {
  site = ensureSite('generated');
});

function outputFiles(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(html|xml|txt|json|csv)$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}

/** Slugs of the generated draft entries, read from the content files themselves. */
function draftSlugs(folder: string): string[] {
  const dir = path.join(ROOT, SITES.generated, folder);
  return fs.readdirSync(dir).filter((n) => /^draft: true$/m.test(fs.readFileSync(path.join(dir, n), 'utf8'))).map((n) => n.replace(/\.(md|yml)$/, ''));
}

describe('the generated site', () => {
  it('builds with its drafts in the content', () => {
    expect(fs.existsSync(path.join(site, 'index.html'))).toBe(true);
    expect(draftSlugs('initiatives').length).toBeGreaterThan(0);
    expect(draftSlugs('stories').length).toBeGreaterThan(0);
  });

  it('never publishes a draft: no page, link or text of one in any output file', () => {
    const drafts = [...draftSlugs('initiatives'), ...draftSlugs('stories'), ...draftSlugs('honors')];
    const leaks: string[] = [];
    for (const file of outputFiles(site)) {
      const text = fs.readFileSync(file, 'utf8');
      if (text.includes(DRAFT_MARK)) leaks.push(`${path.relative(site, file)}: "${DRAFT_MARK}"`);
      for (const slug of drafts) if (text.includes(`/${slug}/`) || text.includes(`/${slug}.`)) leaks.push(`${path.relative(site, file)}: ${slug}`);
    }
    expect(leaks).toEqual([]);
  });
});
