import { describe, expect, it } from 'vitest';
import { FILTERS, SHARD_PAGES, searchTypeOf, shardCount, shardOf } from '../../src/lib/search.ts';
import { buildExcerpt } from '../../src/lib/search-excerpt.ts';
import { foldedPhrases, foldedWords, htmlText, missingWords, queryPhrases, rankByPhrases, titleMatch } from '../../src/lib/search-words.ts';

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

describe('index shards', () => {
  it('makes one shard up to SHARD_PAGES pages, then as few as hold them', () => {
    expect(shardCount(0)).toBe(1);
    expect(shardCount(SHARD_PAGES)).toBe(1);
    expect(shardCount(SHARD_PAGES + 1)).toBe(2);
    expect(shardCount(12_656)).toBe(Math.ceil(12_656 / SHARD_PAGES));
    expect(shardCount(17, 8)).toBe(3);
  });

  const files = Array.from({ length: 10_000 }, (_, i) => `mo-hinh/mo-hinh-so-${i}/index.html`);

  it('puts a page in the same shard every time, whatever other pages there are', () => {
    const first = files.map((f) => shardOf(f, 7));
    expect(files.slice(5000).map((f) => shardOf(f, 7))).toEqual(first.slice(5000));
    expect(shardOf('tin-tuc/ra-mat/index.html', 7)).toBe(shardOf('tin-tuc/ra-mat/index.html', 7));
    expect(first.every((n) => Number.isInteger(n) && n >= 0 && n < 7)).toBe(true);
  });

  it('spreads pages evenly, so every shard is a fair sample of the site', () => {
    for (const count of [2, 5, 7]) {
      const sizes = Array.from({ length: count }, () => 0);
      for (const f of files) sizes[shardOf(f, count)]!++;
      for (const size of sizes) expect(Math.abs(size - files.length / count), `${count} shards: ${sizes}`).toBeLessThan(0.1 * (files.length / count));
    }
  });
});

describe('FILTERS', () => {
  it('takes its names and URL parameters from the i18n module', () => {
    expect(FILTERS.field).toEqual({ name: 'Lĩnh vực', param: 'linh-vuc' });
    expect(FILTERS.type.param).toBe('loai');
  });
});

describe('foldedWords', () => {
  it('folds only words with đ, once each, as the index spells them (no marks, lower case)', () => {
    expect(foldedWords('Đổi mới điện tử, đổi mới ĐỒNG bộ, chuyển đổi')).toEqual(['doi', 'dien', 'dong']);
  });

  it('reads NFD text as NFC', () => {
    expect(foldedWords('Đồng'.normalize('NFD'))).toEqual(['dong']);
  });

  it('returns nothing for text without đ', () => {
    expect(foldedWords('Bình dân học vụ số')).toEqual([]);
  });
});

describe('foldedPhrases', () => {
  it('gives each run of đ-words with one neighbour on each side, folded, once', () => {
    expect(foldedPhrases('Chuyển đổi số ở thôn Đông Hòa; chuyển đổi số')).toEqual(['chuyen doi so', 'thon dong hoa']);
    expect(foldedPhrases('Đổi mới sáng tạo')).toEqual(['doi moi']);
    expect(foldedPhrases('phát triển đồng đều, điện tử')).toEqual(['trien dong deu', 'dien tu']);
  });

  it('never runs across punctuation or an element boundary', () => {
    expect(foldedPhrases('Xóm Trại Mới. Đổi')).toEqual(['doi']);
    expect(foldedPhrases(htmlText('<th>Kết quả</th><th>Đo được</th>'))).toEqual(['do duoc']);
    // Every phrase end, a hyphen or apostrophe inside a word, and symbols that end nothing.
    expect(foldedPhrases('Xóm Đông·Trại Mới')).toEqual(['xom dong']);
    expect(foldedPhrases('mô hình đổi-mới số')).toEqual(['hinh doi-moi so']);
    expect(foldedPhrases('Ông Đặng’s nhà, Đào « đẹp » x * Đỗ + Đinh')).toEqual(['ong dang', 'dao', 'dep', 'x do dinh']);
    expect(foldedPhrases('a\nĐông\n\nĐoài|b')).toEqual(['dong', 'doai']);
  });

  it('has nothing for text without đ, nor for function words', () => {
    expect(foldedPhrases('Bình dân học vụ số')).toEqual([]);
    expect(foldedPhrases('Mô hình đã được nhân rộng')).toEqual([]);
  });
});

describe('queryPhrases', () => {
  it('makes each two adjacent syllables, as typed, an exact phrase', () => {
    expect(queryPhrases('Đổi mới sáng tạo')).toEqual(['"đổi mới"', '"mới sáng"', '"sáng tạo"']);
    expect(queryPhrases('chuyen doi so')).toEqual(['"chuyen doi"', '"doi so"']);
  });

  it('never joins across punctuation, and has none for one word', () => {
    expect(queryPhrases('xom trai, moi')).toEqual(['"xom trai"']);
    expect(queryPhrases('dien')).toEqual([]);
  });
});

describe('rankByPhrases', () => {
  const r = (id: string, score: number) => ({ id, score });

  it('puts pages holding more of the query phrases first, then by score', () => {
    const results = [r('short', 9), r('plan', 2), r('both', 1), r('none', 5)];
    const ranked = rankByPhrases(results, [[r('plan', 1), r('both', 1)], [r('both', 1)]]);
    expect(ranked.map((x) => x.id)).toEqual(['both', 'plan', 'short', 'none']);
  });

  it('keeps exactly the pages the plain query found', () => {
    expect(rankByPhrases([r('a', 1)], [[r('b', 5)]]).map((x) => x.id)).toEqual(['a']);
  });
});

describe('titleMatch', () => {
  it('scores a title holding the query as the share of the title it makes up', () => {
    expect(titleMatch('thon dong hoa', 'Thôn Đông Hòa')).toBe(1);
    expect(titleMatch('thon dong hoa', 'Bản đồ số thôn Đông Hòa')).toBe(0.5);
    expect(titleMatch('dong hoa thon', 'Thôn Đông Hòa')).toBe(0);
    expect(titleMatch('hoa', 'Thôn Đông Hòa')).toBe(0);
  });

  it('adds one when the title has the words with the marks the query was typed with', () => {
    expect(titleMatch('Đông Hòa', 'Thôn Đông Hòa')).toBeCloseTo(1 + 2 / 3);
    expect(titleMatch('đồng hoa', 'Thôn Đông Hòa')).toBeCloseTo(2 / 3);
  });
});

describe('missingWords', () => {
  const pages = ['Chung tay xây dựng nông thôn mới.', 'Giấy chứng nhận cho Phân loại rác tại nguồn.'];
  it('names the words no page found holds, as typed', () => {
    expect(missingWords('bánh chưng', pages)).toEqual(['bánh']);
    expect(missingWords('khong co tu nay xyz', ['Không có từ này.'])).toEqual(['xyz']);
  });
  it('counts a word the query only begins, and words typed without marks or with đ as d', () => {
    expect(missingWords('loa', pages)).toEqual([]);
    expect(missingWords('nong thon moi', pages)).toEqual([]);
    expect(missingWords('dung', pages)).toEqual([]);
    expect(missingWords('xay dựng', pages)).toEqual([]);
  });
  it('names each word once, and judges only words of letters', () => {
    expect(missingWords('bánh Bánh banh', pages)).toEqual(['bánh']);
    expect(missingWords('5/11 2026 chung', pages)).toEqual([]);
  });
  it('says nothing when there are no pages to judge', () => {
    expect(missingWords('bánh', [])).toEqual([]);
  });
});

describe('buildExcerpt', () => {
  const visible = 'Mô hình chuyển đổi số ở thôn Đông, tiết kiệm 5 triệu đồng mỗi năm.';
  const content = `${visible} doi dong doi so`;
  const fold = 4;

  it('marks a visible hit', () => {
    expect(buildExcerpt(content, [2], fold).html).toBe('Mô hình <mark>chuyển</mark> đổi số ở thôn Đông, tiết kiệm 5 triệu đồng mỗi năm.');
  });

  it('maps a hit in the folded copy back to the visible word it came from', () => {
    const { html, hits } = buildExcerpt(content, [15], fold); // "doi"
    expect(hits).toEqual([3]);
    expect(html).toContain('chuyển <mark>đổi</mark> số');
    expect(html).not.toMatch(/\bdoi\b/);
  });

  it('never shows the folded copy', () => {
    expect(buildExcerpt(content, [16], fold).html).toBe('Mô hình chuyển đổi số ở thôn <mark>Đông,</mark> tiết kiệm 5 triệu <mark>đồng</mark> mỗi năm.');
  });

  it('shows a hit on a folded phrase on the visible words it came from', () => {
    expect(buildExcerpt(content, [17, 18], fold).html).toBe('Mô hình chuyển <mark>đổi</mark> <mark>số</mark> ở thôn Đông, tiết kiệm 5 triệu đồng mỗi năm.');
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
