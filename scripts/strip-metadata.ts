/**
 * Leaves no metadata in any image of a built site: no EXIF (GPS, camera, date), XMP, IPTC, PNG text
 * chunks (tEXt/zTXt/iTXt, eXIf, tIME), JPEG comments or APPn segments, GIF comments, WebP EXIF/XMP,
 * AVIF Exif/XMP items, nor data after the image. Astro's resized variants come out of sharp clean
 * already, but Astro also publishes the original of each content image, straight from a phone.
 *
 * Kept, because colour needs it: the ICC profile (JPEG APP2, PNG iCCP, WebP ICCP; a Display P3 photo
 * without it is shown washed out), PNG gAMA/cHRM/sRGB/cICP, JPEG JFIF density and Adobe APP14 (how
 * CMYK is to be read), PNG pHYs (the pixel density).
 *
 * Cheap first: the container structure is read from the bytes (no decoding), and a clean file is not
 * touched. A dirty JPEG, PNG or WebP loses its metadata blocks byte for byte (no re-encoding, no
 * quality lost); one whose EXIF says "rotate me", an AVIF or a GIF is re-encoded by sharp, whose
 * output carries no metadata. Any file it cannot clean is one Vietnamese line, and the exit code is 1.
 * Usage: `node scripts/strip-metadata.ts DIR` (run by scripts/build.ts after the Astro build).
 */
import fs from 'node:fs';
import path from 'node:path';

export const IMAGE_FILE = /\.(jpe?g|png|webp|avif|gif)$/i;

type Kind = 'jpeg' | 'png' | 'webp' | 'avif' | 'gif';

/** What to do with a file: nothing, write these bytes instead, or re-encode it with sharp. */
type Plan = { action: 'clean' } | { action: 'rewrite'; bytes: Buffer } | { action: 'reencode' };

class Unreadable extends Error {}

function kindOf(b: Buffer): Kind | undefined {
  if (b[0] === 0xff && b[1] === 0xd8) return 'jpeg';
  if (b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  if (b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP') return 'webp';
  if (b.toString('latin1', 4, 8) === 'ftyp' && /avi[fs]/.test(b.toString('latin1', 8, Math.min(b.length, b.readUInt32BE(0))))) return 'avif';
  if (b.toString('latin1', 0, 4) === 'GIF8') return 'gif';
  return undefined;
}

// JPEG ----------------------------------------------------------------------------------------------

function jpegPlan(b: Buffer): Plan {
  const keep: [number, number][] = [[0, 2]]; // SOI
  let dirty = false;
  let pos = 2;
  for (;;) {
    if (pos + 2 > b.length || b[pos] !== 0xff) throw new Unreadable();
    const marker = b[pos + 1]!;
    if (marker === 0xff) { pos++; continue; } // fill byte
    if (marker === 0xd9) { keep.push([pos, pos + 2]); pos += 2; break; } // EOI
    if (pos + 4 > b.length) throw new Unreadable();
    const length = b.readUInt16BE(pos + 2);
    const end = pos + 2 + length;
    if (length < 2 || end > b.length) throw new Unreadable();
    let kept = true;
    if (marker === 0xfe) kept = false; // COM
    else if (marker >= 0xe0 && marker <= 0xef) {
      const id = b.toString('latin1', pos + 4, Math.min(end, pos + 4 + 12));
      kept = (marker === 0xe0 && id.startsWith('JFIF\0')) || (marker === 0xe2 && id.startsWith('ICC_PROFILE\0')) || (marker === 0xee && id.startsWith('Adobe'));
      // A rotation lives in EXIF: the pixels must be turned before the tag goes.
      if (marker === 0xe1 && id.startsWith('Exif\0') && exifOrientation(b.subarray(pos + 10, end)) > 1) return { action: 'reencode' };
    }
    if (kept) keep.push([pos, end]);
    else dirty = true;
    pos = end;
    if (marker === 0xda) {
      // Entropy-coded data runs to the next marker that is neither a stuffed 0xFF00 nor a restart.
      for (;;) {
        const ff = b.indexOf(0xff, pos);
        if (ff < 0 || ff + 1 >= b.length) throw new Unreadable();
        const next = b[ff + 1]!;
        if (next === 0x00 || (next >= 0xd0 && next <= 0xd7) || next === 0xff) { pos = ff + 1; continue; }
        keep.push([end, ff]);
        pos = ff;
        break;
      }
    }
  }
  if (pos < b.length) dirty = true; // a trailer after EOI (a second picture, a vendor block)
  if (!dirty) return { action: 'clean' };
  return { action: 'rewrite', bytes: Buffer.concat(keep.map(([s, e]) => b.subarray(s, e))) };
}

/** The Orientation tag (0x0112) of a TIFF-structured EXIF block, 1 when absent or unreadable. */
function exifOrientation(tiff: Buffer): number {
  try {
    const le = tiff.toString('latin1', 0, 2) === 'II';
    const u16 = (o: number) => (le ? tiff.readUInt16LE(o) : tiff.readUInt16BE(o));
    const u32 = (o: number) => (le ? tiff.readUInt32LE(o) : tiff.readUInt32BE(o));
    const ifd = u32(4);
    for (let i = 0, n = u16(ifd); i < n; i++) {
      const entry = ifd + 2 + i * 12;
      if (u16(entry) === 0x0112) return u16(entry + 8);
    }
  } catch {
    // a broken EXIF block is dropped like any other
  }
  return 1;
}

// PNG -----------------------------------------------------------------------------------------------

/** Chunks that make the picture or its colour; every other ancillary chunk is metadata. */
const PNG_KEEP = new Set(['IHDR', 'PLTE', 'IDAT', 'IEND', 'tRNS', 'gAMA', 'cHRM', 'sRGB', 'iCCP', 'cICP', 'mDCV', 'cLLI', 'sBIT', 'bKGD', 'pHYs', 'acTL', 'fcTL', 'fdAT']);

function pngPlan(b: Buffer): Plan {
  const keep: [number, number][] = [[0, 8]];
  let dirty = false;
  let pos = 8;
  for (;;) {
    if (pos + 12 > b.length) throw new Unreadable();
    const end = pos + 12 + b.readUInt32BE(pos);
    if (end > b.length) throw new Unreadable();
    const type = b.toString('latin1', pos + 4, pos + 8);
    if (PNG_KEEP.has(type)) keep.push([pos, end]);
    // A critical chunk (upper-case first letter) we do not know cannot be dropped: sharp rewrites the file.
    else if (type.charCodeAt(0) < 0x61) return { action: 'reencode' };
    else dirty = true;
    pos = end;
    if (type === 'IEND') break;
  }
  if (pos < b.length) dirty = true;
  if (!dirty) return { action: 'clean' };
  return { action: 'rewrite', bytes: Buffer.concat(keep.map(([s, e]) => b.subarray(s, e))) };
}

// WebP ----------------------------------------------------------------------------------------------

const WEBP_KEEP = new Set(['VP8 ', 'VP8L', 'VP8X', 'ALPH', 'ANIM', 'ANMF', 'ICCP']);

function webpPlan(b: Buffer): Plan {
  const end = 8 + b.readUInt32LE(4);
  if (end > b.length) throw new Unreadable();
  const chunks: Buffer[] = [];
  let dirty = end < b.length;
  for (let pos = 12; pos < end;) {
    if (pos + 8 > end) throw new Unreadable();
    const size = b.readUInt32LE(pos + 4);
    const next = pos + 8 + size + (size & 1);
    if (next > end + 1) throw new Unreadable();
    const type = b.toString('latin1', pos, pos + 4);
    if (WEBP_KEEP.has(type)) chunks.push(Buffer.from(b.subarray(pos, Math.min(next, end))));
    else dirty = true;
    pos = next;
  }
  if (!dirty) return { action: 'clean' };
  const vp8x = chunks.find((c) => c.toString('latin1', 0, 4) === 'VP8X');
  if (vp8x) vp8x[8] = vp8x[8]! & ~0x0c; // no EXIF (0x08), no XMP (0x04) any more
  const body = Buffer.concat(chunks);
  const header = Buffer.alloc(12);
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(4 + body.length, 4);
  header.write('WEBP', 8, 'latin1');
  return { action: 'rewrite', bytes: Buffer.concat([header, body]) };
}

// AVIF ----------------------------------------------------------------------------------------------

/** The boxes of an ISO-BMFF range, as [type, start of payload, end]. */
function* boxes(b: Buffer, start: number, end: number): Generator<[string, number, number]> {
  for (let pos = start; pos + 8 <= end;) {
    let size = b.readUInt32BE(pos);
    let header = 8;
    if (size === 1) { size = Number(b.readBigUInt64BE(pos + 8)); header = 16; }
    else if (size === 0) size = end - pos;
    if (size < header || pos + size > end) throw new Unreadable();
    yield [b.toString('latin1', pos + 4, pos + 8), pos + header, pos + size];
    pos += size;
  }
}

/** Clean when the item list holds pictures only: an `Exif` item or a `mime` (XMP) item is metadata. */
function avifPlan(b: Buffer): Plan {
  for (const [type, start, end] of boxes(b, 0, b.length)) {
    if (type === 'udta' || type === 'uuid') return { action: 'reencode' };
    if (type !== 'meta') continue;
    for (const [inner, s, e] of boxes(b, start + 4, end)) {
      if (inner === 'udta' || inner === 'uuid') return { action: 'reencode' };
      if (inner !== 'iinf') continue;
      const version = b[s]!;
      for (const [entry, es] of boxes(b, s + (version === 0 ? 6 : 8), e)) {
        if (entry !== 'infe') continue;
        const v = b[es]!;
        if (v < 2) return { action: 'reencode' }; // old item entries: let sharp judge by rewriting
        const itemType = b.toString('latin1', es + 4 + (v === 2 ? 2 : 4) + 2, es + 4 + (v === 2 ? 2 : 4) + 6);
        if (itemType === 'Exif' || itemType === 'mime' || itemType === 'uri ') return { action: 'reencode' };
      }
    }
  }
  return { action: 'clean' };
}

// GIF -----------------------------------------------------------------------------------------------

/** Clean unless a comment, plain-text or application block (XMP rides in one) other than looping is there. */
function gifPlan(b: Buffer): Plan {
  const skipSubBlocks = (pos: number) => {
    while (pos < b.length && b[pos] !== 0) pos += b[pos]! + 1;
    if (pos >= b.length) throw new Unreadable();
    return pos + 1;
  };
  let pos = 13;
  if (b[10]! & 0x80) pos += 3 * 2 ** ((b[10]! & 7) + 1);
  for (;;) {
    const block = b[pos];
    if (block === 0x3b) return pos + 1 < b.length ? { action: 'reencode' } : { action: 'clean' };
    if (block === 0x2c) {
      const flags = b[pos + 9]!;
      pos += 10 + (flags & 0x80 ? 3 * 2 ** ((flags & 7) + 1) : 0) + 1;
      pos = skipSubBlocks(pos);
    } else if (block === 0x21) {
      const label = b[pos + 1];
      if (label === 0xfe || label === 0x01) return { action: 'reencode' };
      if (label === 0xff && !/^(NETSCAPE2\.0|ANIMEXTS1\.0)/.test(b.toString('latin1', pos + 3, pos + 14))) return { action: 'reencode' };
      pos = skipSubBlocks(pos + 2);
    } else throw new Unreadable();
  }
}

// ---------------------------------------------------------------------------------------------------

const PLANS: Record<Kind, (b: Buffer) => Plan> = { jpeg: jpegPlan, png: pngPlan, webp: webpPlan, avif: avifPlan, gif: gifPlan };

async function reencode(input: Buffer, kind: Kind): Promise<Buffer> {
  // Loaded only here: most builds have nothing to re-encode, and libvips takes a while to load.
  const { default: sharp } = await import('sharp');
  // rotate() turns the pixels as EXIF says; sharp writes no metadata unless asked (keepMetadata).
  const image = sharp(input, { animated: kind === 'gif' || kind === 'webp', limitInputPixels: false }).rotate();
  if (kind === 'jpeg') return image.jpeg({ quality: 90, mozjpeg: true }).toBuffer();
  if (kind === 'png') return image.png().toBuffer();
  if (kind === 'webp') return image.webp({ quality: 90 }).toBuffer();
  if (kind === 'avif') return image.avif().toBuffer();
  return image.gif().toBuffer();
}

/**
 * Rewrites `file` without metadata if it carries any; returns whether it did. Throws an Error with a
 * Vietnamese message when the file cannot be read as the image it claims to be.
 */
export async function stripMetadata(file: string): Promise<boolean> {
  const input = fs.readFileSync(file);
  const kind = input.length >= 16 ? kindOf(input) : undefined;
  if (!kind) throw new Error('không phải ảnh JPEG, PNG, WebP, AVIF hay GIF');
  let plan: Plan;
  try {
    plan = PLANS[kind](input);
  } catch (error) {
    if (!(error instanceof Unreadable) && !(error instanceof RangeError)) throw error;
    plan = { action: 'reencode' }; // a structure we cannot walk: sharp may still read the picture
  }
  if (plan.action === 'clean') return false;
  let output: Buffer;
  if (plan.action === 'rewrite') output = plan.bytes;
  else {
    try {
      output = await reencode(input, kind);
    } catch {
      throw new Error('tệp ảnh hỏng, sharp không đọc được');
    }
  }
  fs.writeFileSync(`${file}.tmp`, output);
  fs.renameSync(`${file}.tmp`, file);
  return true;
}

function* imageFiles(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* imageFiles(full);
    else if (entry.isFile() && IMAGE_FILE.test(entry.name)) yield full;
  }
}

if (import.meta.main) {
  const dir = path.resolve(process.argv[2] ?? 'dist');
  let stripped = 0;
  const failed: string[] = [];
  for (const file of imageFiles(dir)) {
    try {
      if (await stripMetadata(file)) stripped++;
    } catch (error) {
      failed.push(`${path.relative(process.cwd(), file)}: không xoá được siêu dữ liệu: ${error instanceof Error && /[^\x00-\x7f]/.test(error.message) ? error.message : 'lỗi không rõ khi đọc hoặc ghi tệp'}`);
    }
  }
  if (stripped) console.log(`Đã xoá siêu dữ liệu (EXIF, GPS, XMP, chú thích) khỏi ${stripped} ảnh.`);
  if (failed.length) {
    for (const line of failed) console.error(line);
    console.error(`${failed.length} ảnh chưa xoá được siêu dữ liệu; không đăng trang khi còn ảnh này.`);
    process.exitCode = 1;
  }
}
