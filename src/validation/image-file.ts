/**
 * What is inside an image file, read from its header by sharp without decoding the pixels: an
 * accepted format (by content, whatever the extension says), a size and a pixel count the build can
 * handle. Returns Vietnamese problems, none when the image is fine.
 */
import fs from 'node:fs/promises';
import sharp, { type Metadata } from 'sharp';
import { formatNumber } from '../lib/format.ts';

/** A phone photo is 2–8 MB; beyond 20 MB it is a scan or a raw export that no page needs. */
export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;
/** 40 megapixels: more than any phone camera (a 12000×12000 picture is 144), and decoded it is 160 MB of memory. */
export const MAX_IMAGE_PIXELS = 40_000_000;
/**
 * Formats by sharp's name. AVIF is "heif" with AV1 compression; HEIC (iPhone, HEVC) is "heif" too but
 * sharp's prebuilt libvips cannot decode it. GIF is refused: Astro would publish the first frame only
 * and its 256 colours suit no photo; SVG is refused because Astro's image pipeline stops on it.
 */
export const ACCEPTED_FORMATS = ['jpeg', 'png', 'webp', 'avif'] as const;

const EXPORT = 'hãy xuất ảnh ra PNG hoặc JPEG';
const megabytes = (bytes: number) => `${formatNumber(Math.round((bytes / 1024 / 1024) * 10) / 10)} MB`;
const megapixels = (pixels: number) => `${formatNumber(Math.round(pixels / 100_000) / 10)} megapixel`;

export async function checkImage(file: string): Promise<string[]> {
  let size: number;
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) return ['không phải tệp ảnh thông thường'];
    size = stat.size;
  } catch {
    return ['không mở được tệp ảnh'];
  }
  if (size > MAX_IMAGE_BYTES) return [`ảnh nặng ${megabytes(size)}, vượt giới hạn ${megabytes(MAX_IMAGE_BYTES)}; hãy thu nhỏ hoặc nén ảnh`];
  if (size === 0) return ['tệp ảnh rỗng'];

  let meta: Metadata;
  try {
    // No pixel limit here: metadata() decodes nothing, and the size is judged below with our own message.
    meta = await sharp(file, { limitInputPixels: false }).metadata();
  } catch {
    return [`không đọc được ảnh: tệp hỏng hoặc không phải ảnh; ${EXPORT}`];
  }
  const format = meta.format === 'heif' ? (meta.compression === 'av1' ? 'avif' : 'heic') : meta.format;
  if (format === 'svg') return [`ảnh SVG không được nhận; ${EXPORT}`];
  if (format === 'gif') return [`ảnh GIF không được nhận; ${EXPORT}`];
  if (format === 'heic') return [`ảnh HEIC (iPhone) không được nhận; hãy chọn JPEG khi xuất hoặc gửi ảnh`];
  if (!(ACCEPTED_FORMATS as readonly string[]).includes(format ?? '')) {
    return [`định dạng ảnh "${format ?? 'không rõ'}" không được nhận (chỉ nhận JPEG, PNG, WebP, AVIF); ${EXPORT}`];
  }
  const { width, height } = meta;
  if (!width || !height) return [`không đọc được kích thước ảnh; ${EXPORT}`];
  if (width * height > MAX_IMAGE_PIXELS) {
    return [`ảnh ${formatNumber(width)}×${formatNumber(height)} điểm ảnh (${megapixels(width * height)}) vượt giới hạn ${megapixels(MAX_IMAGE_PIXELS)}; hãy thu nhỏ ảnh`];
  }
  return [];
}
