/**
 * The site's icon in the sizes browsers and phones ask for, rendered with sharp from the one
 * drawing in public/favicon.svg (imported as text, so the build bundles it).
 */
import sharp from 'sharp';
import svg from '../../public/favicon.svg?raw';
import { icoFromPngs } from '../lib/ico.ts';

const png = (size: number) => sharp(Buffer.from(svg), { density: 72 * (size / 32) * 4 }).resize(size, size).png({ compressionLevel: 9 }).toBuffer();

/** `/favicon.ico`, for browsers and tools that ask for it without reading the page: 16 and 32 px. */
export async function faviconIco(): Promise<Uint8Array<ArrayBuffer>> {
  const [small, large] = await Promise.all([png(16), png(32)]);
  return icoFromPngs([{ size: 16, png: small }, { size: 32, png: large }]);
}

/** `/apple-touch-icon.png`: what a phone puts on its home screen (180 px; the drawing is a full square, so no corner is transparent). */
export const appleTouchIcon = async (): Promise<Uint8Array<ArrayBuffer>> => new Uint8Array(await png(180));
