/**
 * The words only the search index needs (folded đ-words and the phrases around them, filters) are
 * read by Pagefind and then removed from the pages: no built page carries the block.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stripIndexOnly } from '../../scripts/strip-index-only.ts';
import { htmlPages } from '../helpers/page-types.ts';
import { ensureSite } from '../helpers/sites.ts';

describe('the index-only block', () => {
  it('is removed from every built page after indexing', () => {
    const dir = ensureSite('demo');
    const pages = htmlPages(dir);
    expect(pages.length).toBeGreaterThan(50);
    const carrying = pages.filter((p) => fs.readFileSync(path.join(dir, p.endsWith('/') ? `${p}index.html` : p), 'utf8').includes('data-index-only'));
    expect(carrying).toEqual([]);
    expect(fs.readdirSync(path.join(dir, 'pagefind')).length).toBeGreaterThan(3);
  });

  it('removes exactly the block and nothing around it', () => {
    const html = '<main data-pagefind-body><h1>Đổi mới</h1><div hidden data-index-only><span data-pagefind-meta="type:X"></span><p data-pagefind-weight="7">doi</p><p data-pagefind-weight="1">doi moi</p></div></main><footer><div hidden>giữ lại</div></footer>';
    expect(stripIndexOnly(html)).toBe('<main data-pagefind-body><h1>Đổi mới</h1></main><footer><div hidden>giữ lại</div></footer>');
  });
});
