/**
 * `node scripts/strip-index-only.ts DIR` (scripts/search-index.ts calls it in the build's own
 * process, beside Pagefind): removes from every page the block of words that only the search
 * index needs (SearchIndexData.astro, marked `data-index-only`: folded đ-words and the phrases
 * around them, filters). The index keeps them; a resident's phone never has to download it
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

/** Calls `each` on every item, giving way to other work (Pagefind's output, timers) every 100. */
export async function inTurns<T>(items: Iterable<T>, each: (item: T) => void): Promise<void> {
  let done = 0;
  for (const item of items) {
    each(item);
    if (++done % 100 === 0) await new Promise((resolve) => setImmediate(resolve));
  }
}

/**
 * Strips every page of a built site, in turns: scripts/build.ts runs it in its own process beside
 * Pagefind. A page is written as a new file renamed over the old one, never in place: the search
 * index reads the old one through a hard link (search-index.ts). `onPage` is given each page
 * before it is stripped (its path relative to `dir`, its text).
 */
export function stripIndexOnlyTree(dir: string, onPage?: (file: string, html: string) => void): Promise<void> {
  return inTurns(pages(dir), (file) => {
    const html = fs.readFileSync(file, 'utf8');
    onPage?.(path.relative(dir, file).split(path.sep).join('/'), html);
    const stripped = stripIndexOnly(html);
    if (stripped !== html) {
      fs.writeFileSync(`${file}.strip`, stripped);
      fs.renameSync(`${file}.strip`, file);
    }
  });
}

if (import.meta.main) await stripIndexOnlyTree(path.resolve(process.argv[2] ?? 'dist'));
