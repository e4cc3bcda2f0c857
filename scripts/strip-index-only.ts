/**
 * `node scripts/strip-index-only.ts DIR` (scripts/build.ts calls it in its own process, once
 * Pagefind has read the pages): removes from every page the block of words that only the search
 * index needs (SearchIndexData.astro, marked `data-index-only`: folded đ-words and the phrases
 * around them, filters). Pagefind has read it by then; a resident's phone never has to download it
 * (on the plan page it is about 4 KB of gzip).
 */
import fs from 'node:fs';
import path from 'node:path';

/** The block as SearchIndexData.astro writes it: a hidden div holding only spans and paragraphs. */
const BLOCK = /<div hidden data-index-only(?:="")?>(?:(?!<\/div>)[\s\S])*<\/div>/g;

function* pages(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== '_astro' && entry.name !== 'pagefind') yield* pages(full);
    } else if (entry.name.endsWith('.html')) yield full;
  }
}

export function stripIndexOnly(html: string): string {
  return html.includes('data-index-only') ? html.replace(BLOCK, '') : html;
}

/**
 * Strips every page of a built site in place, giving way to other work every 100 pages:
 * scripts/build.ts runs it in its own process beside Pagefind, whose output it goes on reading.
 */
export async function stripIndexOnlyTree(dir: string): Promise<void> {
  let done = 0;
  for (const file of pages(dir)) {
    const html = fs.readFileSync(file, 'utf8');
    const stripped = stripIndexOnly(html);
    if (stripped !== html) fs.writeFileSync(file, stripped);
    if (++done % 100 === 0) await new Promise((resolve) => setImmediate(resolve));
  }
}

if (import.meta.main) await stripIndexOnlyTree(path.resolve(process.argv[2] ?? 'dist'));
