/**
 * An ICO file holding PNG images (the format since Windows Vista, read by every browser): a
 * 6-byte header, one 16-byte entry per image, then the images. Pure: no file system.
 */
export interface IcoImage {
  /** Width and height in pixels, 1–256. */
  size: number;
  png: Uint8Array;
}

export function icoFromPngs(images: readonly IcoImage[]): Uint8Array<ArrayBuffer> {
  if (images.length === 0) throw new Error('an ICO file needs at least one image');
  const header = 6 + 16 * images.length;
  const out = new Uint8Array(header + images.reduce((sum, i) => sum + i.png.length, 0));
  const view = new DataView(out.buffer);
  view.setUint16(2, 1, true); // type 1: icon
  view.setUint16(4, images.length, true);
  let offset = header;
  images.forEach(({ size, png }, n) => {
    if (!Number.isInteger(size) || size < 1 || size > 256) throw new Error(`icon size ${size} is outside 1–256`);
    const entry = 6 + 16 * n;
    view.setUint8(entry, size % 256); // 0 means 256
    view.setUint8(entry + 1, size % 256);
    view.setUint16(entry + 4, 1, true); // colour planes
    view.setUint16(entry + 6, 32, true); // bits per pixel
    view.setUint32(entry + 8, png.length, true);
    view.setUint32(entry + 12, offset, true);
    out.set(png, offset);
    offset += png.length;
  });
  return out;
}
