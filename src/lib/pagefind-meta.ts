/**
 * Reads Pagefind's files: the list of pages a language's index refers to (its `pf_meta` file) and
 * the URL of a fragment. Pure: bytes in, values out; src/node/pagefind-fragments.ts does the files.
 *
 * Pagefind (1.x) writes each index file gzip-compressed, the plain bytes opening with
 * `pagefind_dcd`. `pf_meta` is CBOR (minicbor): an array whose second item lists the pages in
 * index order, each `[fragment hash, word count]`; a fragment is that signature and the page's JSON.
 */
import { gunzipSync } from 'node:zlib';

const SIGNATURE = 'pagefind_dcd';

export interface MetaPage {
  /** The fragment's file name without `.pf_fragment`, e.g. `vi_015b616`. */
  hash: string;
  wordCount: number;
}

/** Gunzips one of Pagefind's files and drops its signature; throws if it is not one. */
export function pagefindPayload(gzipped: Uint8Array): Buffer {
  const plain = gunzipSync(gzipped);
  if (plain.subarray(0, SIGNATURE.length).toString('latin1') !== SIGNATURE) {
    throw new Error('không phải tệp chỉ mục Pagefind (thiếu chữ ký pagefind_dcd)');
  }
  return plain.subarray(SIGNATURE.length);
}

/** The pages a `pf_meta` file lists. Throws if the file is not laid out as Pagefind 1.x writes it. */
export function metaPages(gzipped: Uint8Array): MetaPage[] {
  const meta = decodeCbor(pagefindPayload(gzipped));
  const pages = Array.isArray(meta) ? meta[1] : undefined;
  if (!Array.isArray(pages)) throw new Error('tệp pf_meta không có danh sách trang');
  return pages.map((page) => {
    if (!Array.isArray(page) || typeof page[0] !== 'string' || typeof page[1] !== 'number') {
      throw new Error('tệp pf_meta có một trang không đúng dạng [mã, số từ]');
    }
    return { hash: page[0], wordCount: page[1] };
  });
}

/** The URL and word count a fragment holds. */
export function fragmentPage(gzipped: Uint8Array): { url: string; wordCount: number } {
  const data = JSON.parse(pagefindPayload(gzipped).toString('utf8')) as { url?: unknown; word_count?: unknown };
  if (typeof data.url !== 'string' || typeof data.word_count !== 'number') {
    throw new Error('mảnh Pagefind thiếu url hoặc word_count');
  }
  return { url: data.url, wordCount: data.word_count };
}

type Cbor = number | string | boolean | null | undefined | Uint8Array | Cbor[] | Map<Cbor, Cbor>;

/** A small CBOR (RFC 8949) reader: every major type, definite and indefinite lengths, tags dropped. */
export function decodeCbor(bytes: Uint8Array): Cbor {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;
  const need = (n: number) => {
    if (at + n > bytes.length) throw new Error('dữ liệu CBOR bị cắt cụt');
  };
  /** The argument of an item whose first byte's low five bits are `info`; undefined for "indefinite". */
  const argument = (info: number): number | undefined => {
    if (info < 24) return info;
    const size = [1, 2, 4, 8][info - 24];
    if (info === 31) return undefined;
    if (size === undefined) throw new Error(`mã CBOR không hợp lệ (${info})`);
    need(size);
    const value = size === 1 ? view.getUint8(at) : size === 2 ? view.getUint16(at) : size === 4 ? view.getUint32(at) : Number(view.getBigUint64(at));
    at += size;
    return value;
  };
  const item = (): Cbor | typeof BREAK => {
    need(1);
    const first = bytes[at++]!;
    const major = first >> 5;
    const info = first & 31;
    if (major === 7) return simple(info);
    const arg = argument(info);
    switch (major) {
      case 0:
        return arg!;
      case 1:
        return -1 - arg!;
      case 2:
      case 3: {
        const chunks: Uint8Array[] = [];
        if (arg === undefined) {
          for (let chunk = item(); chunk !== BREAK; chunk = item()) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Uint8Array));
        } else {
          need(arg);
          chunks.push(bytes.subarray(at, (at += arg)));
        }
        const joined = Buffer.concat(chunks);
        return major === 3 ? joined.toString('utf8') : new Uint8Array(joined);
      }
      case 4: {
        const list: Cbor[] = [];
        for (let i = 0; arg === undefined || i < arg; i++) {
          const next = item();
          if (next === BREAK) break;
          list.push(next);
        }
        return list;
      }
      case 5: {
        const map = new Map<Cbor, Cbor>();
        for (let i = 0; arg === undefined || i < arg; i++) {
          const key = item();
          if (key === BREAK) break;
          map.set(key, value());
        }
        return map;
      }
      default:
        return value(); // 6: a tag, whose meaning nothing here needs
    }
  };
  const simple = (info: number): Cbor | typeof BREAK => {
    if (info === 20) return false;
    if (info === 21) return true;
    if (info === 22) return null;
    if (info === 23) return undefined;
    if (info === 31) return BREAK;
    if (info === 25) return need(2), half(view.getUint16((at += 2) - 2));
    if (info === 26) return need(4), view.getFloat32((at += 4) - 4);
    if (info === 27) return need(8), view.getFloat64((at += 8) - 8);
    if (info === 24) return need(1), at++, undefined;
    return undefined; // unassigned simple values
  };
  const value = (): Cbor => {
    const next = item();
    if (next === BREAK) throw new Error('dấu kết thúc CBOR không đúng chỗ');
    return next;
  };
  const result = value();
  return result;
}

const BREAK = Symbol('break');

function half(bits: number): number {
  const exponent = (bits >> 10) & 31;
  const fraction = bits & 1023;
  const sign = bits & 0x8000 ? -1 : 1;
  if (exponent === 0) return sign * 2 ** -14 * (fraction / 1024);
  if (exponent === 31) return fraction ? NaN : sign * Infinity;
  return sign * 2 ** (exponent - 15) * (1 + fraction / 1024);
}
