import fs from 'node:fs';
import path from 'node:path';

/** The HTML of a built page, by URL path (`/ke-hoach/` → `ke-hoach/index.html`). */
export function readPage(siteDir: string, urlPath: string): string {
  const rel = urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath;
  return fs.readFileSync(path.join(siteDir, rel), 'utf8');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'", nbsp: ' ' };

const INLINE = 'a|abbr|b|bdi|cite|code|data|em|i|kbd|mark|q|s|small|span|strong|sub|sup|time|u';

/** Visible text of some HTML: block tags become spaces, inline tags vanish, entities are decoded, whitespace collapsed, NFC. */
export function textOf(html: string): string {
  return html
    .replace(/<(script|style|template)[\s\S]*?<\/\1>/gi, ' ')
    .replace(new RegExp(`</?(?:${INLINE})\\b[^>]*>`, 'gi'), '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => {
      if (e.startsWith('#x')) return String.fromCodePoint(parseInt(e.slice(2), 16));
      if (e.startsWith('#') && e !== '#39') return String.fromCodePoint(Number(e.slice(1)));
      return ENTITIES[e] ?? m;
    })
    .replace(/\s+/g, ' ')
    .trim()
    .normalize('NFC');
}

/** The content of `<main>` of a page. */
export function mainOf(html: string): string {
  const m = /<main\b[^>]*>([\s\S]*)<\/main>/i.exec(html);
  if (!m) throw new Error('page has no <main>');
  return m[1]!;
}

/**
 * The ids each page of a built site holds more than once, as "page: id ×n". Two elements of one id
 * send a skip link or a section link to whichever comes first (WCAG 2.1 4.1.1).
 */
export function duplicateIds(siteDir: string, pages: readonly string[]): string[] {
  const found: string[] = [];
  for (const page of pages) {
    const counts = new Map<string, number>();
    for (const m of readPage(siteDir, page).matchAll(/<[a-z][^>]*?\sid="([^"]*)"/gi)) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
    for (const [id, n] of counts) if (n > 1) found.push(`${page}: ${id} ×${n}`);
  }
  return found;
}
