/**
 * scripts/build.ts waits beside Astro, whose memory peak is the build's (`npm run bench` counts
 * the whole process tree): before Astro it loads only what it needs to start it. The search
 * index's modules, the UI strings and the schemas come later (dynamic import), or not at all.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** The project's modules a file loads through static imports (type-only imports left out), transitively. */
function staticImports(file: string, seen = new Set<string>()): Set<string> {
  const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
  for (const m of text.matchAll(/^import\s+(?!type\s)[^'"]*?from\s+'(\.{1,2}\/[^']+)'/gm)) {
    const target = path.relative(ROOT, path.resolve(ROOT, path.dirname(file), m[1]!)).split(path.sep).join('/');
    if (seen.has(target)) continue;
    seen.add(target);
    staticImports(target, seen);
  }
  return seen;
}

describe('scripts/build.ts', () => {
  it('loads no more of the project than it needs before Astro starts', () => {
    expect([...staticImports('scripts/build.ts')].sort()).toEqual(['scripts/project-lock.ts', 'scripts/shard-pages.ts', 'src/node/content-dir.ts']);
  });

  it('follows static imports (the check above can fail)', () => {
    expect(staticImports('scripts/search-index.ts')).toContain('src/i18n/vi.ts');
  });
});
