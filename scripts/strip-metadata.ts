/**
 * Removes EXIF, GPS, XMP and IPTC metadata from every image in a built site. Astro's optimised
 * variants are re-encoded without metadata already, but Astro also publishes the original file of
 * each content image; a photo straight from a phone carries its GPS position. Usage:
 * `node scripts/strip-metadata.ts DIR` (run by scripts/build.ts after the Astro build).
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp, { type FormatEnum } from 'sharp';

const RASTER = /\.(jpe?g|png|webp|avif|tiff?)$/i;

function* files(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else if (RASTER.test(entry.name)) yield full;
  }
}

/** Rewrites `file` without metadata if it carries any; returns whether it did. */
export async function stripMetadata(file: string): Promise<boolean> {
  const input = fs.readFileSync(file);
  const meta = await sharp(input).metadata();
  if (!meta.exif && !meta.xmp && !meta.iptc) return false;
  // rotate() applies the EXIF orientation first, so the picture still stands the right way up.
  const output = await sharp(input).rotate().toFormat(meta.format as keyof FormatEnum).toBuffer();
  fs.writeFileSync(`${file}.tmp`, output);
  fs.renameSync(`${file}.tmp`, file);
  return true;
}

if (import.meta.main) {
  const dir = path.resolve(process.argv[2] ?? 'dist');
  let stripped = 0;
  for (const file of files(dir)) if (await stripMetadata(file)) stripped++;
  if (stripped) console.log(`Đã xoá siêu dữ liệu (EXIF/GPS) khỏi ${stripped} ảnh.`);
}
