import { describe, expect, it } from 'vitest';
import { foldedWords, searchTypeOf } from '../../src/lib/search.ts';
import { buildExcerpt } from '../../src/lib/search-excerpt.ts';

describe('searchTypeOf', () => {
  it('indexes detail pages only', () => {
    expect(searchTypeOf('/ke-hoach/')).toBe('search.type.plan');
    expect(searchTypeOf('/tieu-chi/1-1/')).toBe('search.type.criteria');
    expect(searchTypeOf('/mo-hinh/so-hoa-ho-so/')).toBe('search.type.initiative');
    expect(searchTypeOf('/tin-tuc/ra-mat-mo-hinh')).toBe('search.type.story');
    expect(searchTypeOf('/don-vi/cong-an-xa/')).toBe('search.type.unit');
    expect(searchTypeOf('/bang-vang/so-ket-2027/')).toBe('search.type.honor');
  });

  it('leaves lists, filter pages, pagination and tools out', () => {
    for (const path of ['/', '/mo-hinh/', '/mo-hinh/2/', '/mo-hinh/linh-vuc/chuyen-doi-so/', '/tin-tuc/3/', '/tieu-chi/', '/thong-ke/', '/phat-thanh/', '/tim-kiem/', '/admin/']) {
      expect(searchTypeOf(path), path).toBeUndefined();
    }
  });
});

describe('foldedWords', () => {
  it('folds only words with đ, once each, keeping other marks for Pagefind', () => {
    expect(foldedWords('Đổi mới điện tử, đổi mới ĐỒNG bộ, chuyển đổi')).toEqual(['Dổi', 'diện', 'DỒNG']);
  });

  it('reads NFD text as NFC', () => {
    expect(foldedWords('Đồng'.normalize('NFD'))).toEqual(['Dồng']);
  });

  it('returns nothing for text without đ', () => {
    expect(foldedWords('Bình dân học vụ số')).toEqual([]);
  });
});

describe('buildExcerpt', () => {
  const visible = 'Mô hình chuyển đổi số ở thôn Đông, tiết kiệm 5 triệu đồng mỗi năm.';
  const content = `${visible} dổi Dông, dồng.`;
  const fold = 3;

  it('marks a visible hit', () => {
    expect(buildExcerpt(content, [2], fold).html).toBe('Mô hình <mark>chuyển</mark> đổi số ở thôn Đông, tiết kiệm 5 triệu đồng mỗi năm.');
  });

  it('maps a hit in the folded copy back to the visible word it came from', () => {
    const { html, hits } = buildExcerpt(content, [15], fold); // "dổi"
    expect(hits).toEqual([3]);
    expect(html).toContain('chuyển <mark>đổi</mark> số');
    expect(html).not.toContain('dổi');
  });

  it('never shows the folded copy', () => {
    expect(buildExcerpt(content, [16, 17], fold).html).toBe('Mô hình chuyển đổi số ở thôn <mark>Đông,</mark> tiết kiệm 5 triệu <mark>đồng</mark> mỗi năm.');
  });

  it('escapes the page text', () => {
    expect(buildExcerpt('a <b>x</b> & y', [0], 0).html).toBe('<mark>a</mark> &lt;b&gt;x&lt;/b&gt; &amp; y');
  });

  it('windows long text around the first hit', () => {
    const words = Array.from({ length: 100 }, (_, i) => `w${i}`).join(' ');
    const { html } = buildExcerpt(words, [50], 0, 10);
    expect(html).toBe('… w49 <mark>w50</mark> w51 w52 w53 w54 w55 w56 w57 w58 …');
  });

  it('shows the passage holding the most distinct query words, not the first stray hit', () => {
    const text = 'Ủy ban nhân dân xã Vũ Dương ban hành kế hoạch này với nhiều nội dung khác nhau cho cả năm nay, '
      + 'triển khai sâu rộng phong trào Bình dân học vụ số trong Nhân dân.';
    const words = text.split(' ');
    const locations = words.flatMap((w, i) => (/^(dân|Bình|học|vụ|số)$/.test(w) ? [i] : []));
    const { html } = buildExcerpt(text, locations, 0, 12);
    expect(html).toContain('<mark>Bình</mark> <mark>dân</mark> <mark>học</mark> <mark>vụ</mark> <mark>số</mark>');
  });
});
