/** The reader of Pagefind's files (src/lib/pagefind-meta.ts): CBOR by RFC 8949's own examples, then the layouts. */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeCbor, fragmentPage, metaPages, pagefindPayload } from '../../src/lib/pagefind-meta.ts';

const hex = (h: string) => Buffer.from(h.replace(/\s/g, ''), 'hex');
const packed = (payload: Uint8Array) => gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), payload]));

describe('decodeCbor (RFC 8949, appendix A)', () => {
  it.each([
    ['00', 0],
    ['17', 23],
    ['1818', 24],
    ['1903e8', 1000],
    ['1a000f4240', 1000000],
    ['1b000000e8d4a51000', 1000000000000],
    ['20', -1],
    ['3863', -100],
    ['f90000', 0],
    ['f93c00', 1],
    ['f9c400', -4],
    ['fa47c35000', 100000],
    ['fb3ff199999999999a', 1.1],
    ['f4', false],
    ['f5', true],
    ['f6', null],
    ['60', ''],
    ['6449455446', 'IETF'],
    ['62c3bc', 'ü'],
    ['7f657374726561646d696e67ff', 'streaming'],
    ['80', []],
    ['83010203', [1, 2, 3]],
    ['8301820203820405', [1, [2, 3], [4, 5]]],
    ['9f018202039f0405ffff', [1, [2, 3], [4, 5]]],
    ['c074323031332d30332d32315432303a30343a30305a', '2013-03-21T20:04:00Z'],
  ])('%s', (bytes, value) => {
    expect(decodeCbor(hex(bytes))).toEqual(value);
  });

  it('maps and byte strings', () => {
    expect(decodeCbor(hex('a201020304'))).toEqual(new Map([[1, 2], [3, 4]]));
    expect(decodeCbor(hex('bf6346756ef563416d7421ff'))).toEqual(new Map<unknown, unknown>([['Fun', true], ['Amt', -2]]));
    expect(decodeCbor(hex('4401020304'))).toEqual(new Uint8Array([1, 2, 3, 4]));
  });

  it('refuses cut-off data', () => {
    expect(() => decodeCbor(hex('1903'))).toThrow(/cắt cụt/);
    expect(() => decodeCbor(hex('83 01 02'))).toThrow(/cắt cụt/);
    expect(() => decodeCbor(hex('ff'))).toThrow(/kết thúc/);
  });
});

describe('metaPages and fragmentPage', () => {
  // As Pagefind 1.6 writes pf_meta: [version, [[hash, words]…], chunks, filters, …].
  const meta = hex(`84 65 312e362e30 82 82 6a 76695f30313562363136 18f6 82 6a 76695f61383966656131 190100 80 80`);

  it('lists the pages of a pf_meta file in order', () => {
    expect(metaPages(packed(meta))).toEqual([
      { hash: 'vi_015b616', wordCount: 246 },
      { hash: 'vi_a89fea1', wordCount: 256 },
    ]);
  });

  it('reads a fragment\u2019s URL and word count', () => {
    const json = Buffer.from(JSON.stringify({ url: '/tin-tuc/a/', content: 'Đổi mới', word_count: 2, filters: {} }));
    expect(fragmentPage(packed(json))).toEqual({ url: '/tin-tuc/a/', wordCount: 2 });
  });

  it('refuses what is not laid out as Pagefind writes it', () => {
    expect(() => pagefindPayload(gzipSync(Buffer.from('not pagefind')))).toThrow(/pagefind_dcd/);
    expect(() => metaPages(packed(hex('a0')))).toThrow(/danh sách trang/);
    expect(() => metaPages(packed(hex('82 00 81 82 01 02')))).toThrow(/không đúng dạng/);
    expect(() => fragmentPage(packed(Buffer.from('{"content":"x"}')))).toThrow(/url/);
  });
});
