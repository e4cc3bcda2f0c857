import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { icoFromPngs } from '../../src/lib/ico.ts';
import { appleTouchIcon, faviconIco } from '../../src/node/icons.ts';

/** The images of an ICO file, read back as its header and entries say. */
function readIco(ico: Uint8Array): { size: number; png: Uint8Array }[] {
  const view = new DataView(ico.buffer, ico.byteOffset, ico.byteLength);
  expect(view.getUint16(0, true)).toBe(0);
  expect(view.getUint16(2, true)).toBe(1);
  return Array.from({ length: view.getUint16(4, true) }, (_, n) => {
    const entry = 6 + 16 * n;
    const length = view.getUint32(entry + 8, true);
    const offset = view.getUint32(entry + 12, true);
    return { size: view.getUint8(entry) || 256, png: ico.subarray(offset, offset + length) };
  });
}

describe('icoFromPngs', () => {
  it('writes a header and one entry per image, each pointing at its bytes', () => {
    const a = Uint8Array.of(1, 2, 3);
    const b = Uint8Array.of(4, 5, 6, 7, 8);
    const images = readIco(icoFromPngs([{ size: 16, png: a }, { size: 256, png: b }]));
    expect(images).toEqual([{ size: 16, png: a }, { size: 256, png: b }]);
  });

  it('refuses no image and sizes outside 1–256', () => {
    expect(() => icoFromPngs([])).toThrow();
    expect(() => icoFromPngs([{ size: 257, png: Uint8Array.of(1) }])).toThrow(/257/);
    expect(() => icoFromPngs([{ size: 0, png: Uint8Array.of(1) }])).toThrow();
  });
});

describe('the site icon', () => {
  it('favicon.ico holds real 16 and 32 px PNGs of the drawing', async () => {
    const images = readIco(await faviconIco());
    expect(images.map((i) => i.size)).toEqual([16, 32]);
    for (const { size, png } of images) {
      const meta = await sharp(png).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['png', size, size]);
    }
  });

  it('the home-screen icon is 180 px and opaque at its corners', async () => {
    const { data, info } = await sharp(await appleTouchIcon()).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height]).toEqual([180, 180]);
    const alphaAt = (x: number, y: number) => data[(y * info.width + x) * info.channels + 3];
    for (const [x, y] of [[0, 0], [179, 0], [0, 179], [179, 179]] as const) expect(alphaAt(x, y)).toBe(255);
  });
});
