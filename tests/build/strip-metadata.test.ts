import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exiftoolAvailable, metadataBeyondStructure } from '../helpers/exiftool.ts';
import { writeHostileImages } from '../helpers/hostile-images.ts';
import { ROOT } from '../helpers/sites.ts';

let dir: string;
let names: string[];
let before: Map<string, string[]>;
let run: ReturnType<typeof spawnSync>;
const strip = (target: string) => spawnSync(process.execPath, ['scripts/strip-metadata.ts', target], { cwd: ROOT, encoding: 'utf8' });

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'strip-metadata-'));
  names = await writeHostileImages(path.join(dir, 'anh'));
  before = metadataBeyondStructure(names.map((n) => path.join(dir, 'anh', n)));
  run = strip(dir);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('scripts/strip-metadata.ts on hostile images', () => {
  it('has exiftool to read them with (apt-get install libimage-exiftool-perl)', () => {
    expect(exiftoolAvailable()).toBe(true);
  });

  it('starts from images that do carry metadata, all but the JPEG trailer visible to exiftool', () => {
    expect([...before.keys()].map((f) => path.basename(f)).sort()).toEqual(names.filter((n) => n !== 'trailer.jpg'));
  });

  it('exits 0 and says how many it cleaned', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`khỏi ${names.length} ảnh`);
  });

  it.each([
    'comment.gif', 'comment.jpg', 'exif-gps.jpg', 'exif-rotated.jpg', 'exif-xmp-icc.jpg', 'exif-xmp.avif',
    'exif-xmp.png', 'exif-xmp.webp', 'iptc.jpg', 'text-chunks.png', 'trailer.jpg',
  ])('leaves no tag beyond structure in %s, and the picture still decodes', async (name) => {
    const file = path.join(dir, 'anh', name);
    expect(metadataBeyondStructure([file]).get(file) ?? []).toEqual([]);
    const { info } = await sharp(file).raw().toBuffer({ resolveWithObject: true });
    expect(info.width * info.height).toBeGreaterThan(0);
  });

  it('drops the bytes after the end of a JPEG', () => {
    const bytes = fs.readFileSync(path.join(dir, 'anh/trailer.jpg'));
    expect([...bytes.subarray(-2)]).toEqual([0xff, 0xd9]);
    expect(bytes.includes(Buffer.from('0912345678'))).toBe(false);
  });

  it('turns a photo stored on its side upright before dropping its EXIF orientation', async () => {
    const meta = await sharp(path.join(dir, 'anh/exif-rotated.jpg')).metadata();
    expect([meta.width, meta.height, meta.orientation]).toEqual([80, 120, undefined]);
  });

  it('keeps the ICC colour profile of a JPEG', async () => {
    const meta = await sharp(path.join(dir, 'anh/exif-xmp-icc.jpg')).metadata();
    expect(meta.icc).toBeDefined();
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
  });

  it('touches no file on a second run: clean files are recognised without rewriting', () => {
    const stamp = (n: string) => fs.statSync(path.join(dir, 'anh', n)).mtimeMs;
    const times = names.map(stamp);
    const again = strip(dir);
    expect(again.status).toBe(0);
    expect(again.stdout).toBe('');
    expect(names.map(stamp)).toEqual(times);
  });

  it('reports a file it cannot clean in Vietnamese, naming it, with exit 1 and no stack trace', () => {
    const broken = fs.mkdtempSync(path.join(os.tmpdir(), 'strip-broken-'));
    try {
      const jpeg = fs.readFileSync(path.join(dir, 'anh/comment.jpg'));
      fs.writeFileSync(path.join(broken, 'hong.jpg'), Buffer.concat([jpeg.subarray(0, 40), Buffer.from([0xff, 0xe1, 0xff, 0xff])]));
      fs.writeFileSync(path.join(broken, 'van-ban.png'), 'không phải ảnh');
      const result = strip(broken);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/hong\.jpg: không xoá được siêu dữ liệu: tệp ảnh hỏng/);
      expect(result.stderr).toMatch(/van-ban\.png: không xoá được siêu dữ liệu: không phải ảnh/);
      expect(result.stderr).not.toMatch(/\n\s+at |Error:/);
    } finally {
      fs.rmSync(broken, { recursive: true, force: true });
    }
  });
});
