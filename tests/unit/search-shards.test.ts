import { describe, expect, it } from 'vitest';
import { foldPieces, indexWords, pagePieces, queryWords, shardWords, shardsFor, type ShardList } from '../../src/lib/search-shards.ts';

const words = (text: string) => {
  const set = new Set<string>();
  indexWords(text, set);
  return [...set].sort();
};

/** A list for shards holding these texts, as the build writes it. */
function list(...texts: string[]): ShardList {
  return { indexes: texts.slice(1).map((_, i) => `/pagefind/shard-${i + 1}/`), ...shardWords(foldPieces(texts.map((t) => new Set(t.split(' '))))) };
}

describe('indexWords', () => {
  it('folds words as the index and the query share them, and keeps joined forms of punctuated words', () => {
    expect(words('Bảng vàng, COVID-19 và Đồng-Hòa.')).toEqual(['bang', 'covid', 'covid19', 'dong', 'donghoa', 'hoa', 'va', 'vang', '19'].sort());
  });
});

describe('pagePieces', () => {
  it('reads the indexed body and the attributes Pagefind reads, not the header before the body', () => {
    const set = new Set<string>();
    pagePieces('<nav>Trang chủ</nav><main data-pagefind-body><h1>Đèn đường</h1><img alt="Thùng rác màu vàng"></main><meta data-pagefind-meta="type:Mô hình">', set);
    expect([...set].sort()).toEqual(['Đèn', 'đường', 'Thùng', 'rác', 'màu', 'vàng', 'type:Mô', 'hình'].sort());
  });
});

describe('shardWords', () => {
  it('folds the pieces into words: those of every shard in one sorted list, the others by the shards holding them', () => {
    expect(shardWords(foldPieces([new Set(['Văn', 'hóa,', 'vàng'])]))).toEqual({});
    expect(shardWords(foldPieces([new Set(['Văn', 'hóa,', 'vàng']), new Set(['văn-hóa', 'Đồng']), new Set(['VĂN', 'đồng'])]))).toEqual({
      everywhere: ['van'],
      some: [
        { shards: [1, 2], words: 'dong' },
        { shards: [0, 1], words: 'hoa' },
        { shards: [0], words: 'vang' },
        { shards: [1], words: 'vanhoa' },
      ],
    });
  });
});

describe('queryWords', () => {
  it('reads a query as Pagefind does: lower case, folded, punctuation out', () => {
    expect(queryWords('  Chuyển đổi số, COVID-19 ')).toEqual(['chuyen', 'doi', 'so', 'covid19']);
  });
});

describe('shardsFor', () => {
  const shards = list('bảng vàng văn hóa', 'văn hóa vắng mặt', 'văn hóa đồng ruộng', 'văn hóa');

  it('asks every shard when there is one index', () => {
    expect(shardsFor('vang', list('bảng vàng'))).toBeUndefined();
    expect(shardsFor('vang', { indexes: [] })).toBeUndefined();
  });

  it('asks every shard for words every shard holds', () => {
    expect(shardsFor('van hoa', shards)).toBeUndefined();
    expect(shardsFor('va', shards)).toBeUndefined();
  });

  it('asks only the shards holding a word that starts with each query word', () => {
    expect(shardsFor('vang', shards)).toEqual([0, 1]);
    expect(shardsFor('vắng', shards)).toEqual([0, 1]);
    expect(shardsFor('dong', shards)).toEqual([2]);
    expect(shardsFor('van vang', shards)).toEqual([0, 1]);
  });

  it('asks none when no shard holds every word: no page can have them all', () => {
    expect(shardsFor('vang dong', shards)).toEqual([]);
  });

  it('for a word the site lacks, asks the shards holding the longest word it starts with, as one index would take it', () => {
    // "vangx": one index takes it for "vang", which shards 0 and 1 hold.
    expect(shardsFor('vangx', shards)).toEqual([0, 1]);
    // "hoaxyz": "hoa" is everywhere. "qqq": no word at all, Pagefind's own miss everywhere.
    expect(shardsFor('hoaxyz', shards)).toBeUndefined();
    expect(shardsFor('qqq', shards)).toBeUndefined();
  });
});
