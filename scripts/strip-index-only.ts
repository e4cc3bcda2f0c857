/**
 * Removes from a page the block of words that only the search index needs (SearchIndexData.astro,
 * marked `data-index-only`: folded đ-words and the phrases around them, filters), once Pagefind has
 * read it (search-index.ts). The index keeps them; a resident's phone never has to download them
 * (on the plan page about 4 KB of gzip).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** The block as SearchIndexData.astro writes it: a hidden div holding only spans and paragraphs. */
const BLOCK = /<div hidden data-index-only(?:="")?>(?:(?!<\/div>)[\s\S])*<\/div>/g;

export function stripIndexOnly(html: string): string {
  return html.includes('data-index-only') ? html.replace(BLOCK, '') : html;
}

/** Names the code above: pages stripped by other code are not kept for it (search-index.ts). */
export const STRIP_VERSION = createHash('sha256').update(BLOCK.source).update(String(stripIndexOnly)).digest('hex').slice(0, 12);

/** Strips every page below `dir` in place (`npm run bench:search` serves a stripped copy of a site). */
export function stripIndexOnlyTree(dir: string): void {
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = path.join(entry.parentPath, entry.name);
    const html = fs.readFileSync(file, 'utf8');
    const stripped = stripIndexOnly(html);
    if (stripped !== html) fs.writeFileSync(file, stripped);
  }
}
