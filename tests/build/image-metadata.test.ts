/**
 * Every image file of the built demo site, read with exiftool: nothing beyond the file's own
 * structure and colour profile (tests/helpers/exiftool.ts lists what that is).
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exiftoolAvailable, metadataBeyondStructure } from '../helpers/exiftool.ts';
import { ensureSite, ROOT } from '../helpers/sites.ts';

const IMAGE = /\.(jpe?g|png|webp|avif|gif|tiff?|heic|heif|svg|ico|bmp)$/i;
const imagesUnder = (dir: string) =>
  fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && IMAGE.test(e.name)).map((e) => path.join(e.parentPath, e.name));

let dir: string;
beforeAll(() => {
  dir = ensureSite('demo');
});

describe('image metadata in the built demo site', () => {
  it('is read with exiftool (apt-get install libimage-exiftool-perl)', () => {
    expect(exiftoolAvailable()).toBe(true);
  });

  it('starts from a content image that carries EXIF with GPS, so the check has something to find', () => {
    const found = metadataBeyondStructure(imagesUnder(path.join(ROOT, 'fixtures/demo')));
    expect([...found.values()].flat().some((tag) => tag.startsWith('GPS:GPSLatitude'))).toBe(true);
  });

  it('has no tag beyond structure in any image file of the output, originals and variants alike', () => {
    const files = imagesUnder(dir);
    expect(files.filter((f) => /\.(jpe?g)$/i.test(f)).length).toBeGreaterThan(0); // the originals Astro publishes
    expect(files.filter((f) => /\.avif$/i.test(f)).length).toBeGreaterThan(0);
    expect(Object.fromEntries(metadataBeyondStructure(files))).toEqual({});
  });
});
