import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkImage, MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS } from '../../src/validation/image-file.ts';
import { blackPng } from '../helpers/hostile-images.ts';

let dir: string;
const file = (name: string) => path.join(dir, name);
const photo = (width = 64, height = 48) => sharp({ create: { width, height, channels: 3, background: '#4ade80' } });

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'image-file-'));
  await photo().jpeg().toFile(file('anh.jpg'));
  await photo().png().toFile(file('anh.png'));
  await photo().webp().toFile(file('anh.webp'));
  await photo().avif().toFile(file('anh.avif'));
  // A PNG saved under a .jpg name: judged by what it is.
  await photo().png().toFile(file('that-ra-la-png.jpg'));
  await photo().gif().toFile(file('anh.gif'));
  fs.writeFileSync(file('ve.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>');
  // An SVG behind a .png name is still refused as SVG.
  fs.copyFileSync(file('ve.svg'), file('ve-doi-ten.png'));
  // 30000×30000 compresses to about 100 KB: a decompression bomb that passes any size limit.
  fs.writeFileSync(file('bom.png'), blackPng(30000, 30000));
  // Exactly at the limit is still accepted: 8000 × 5000 = 40 megapixels.
  fs.writeFileSync(file('dung-gioi-han.png'), blackPng(8000, 5000));
  const jpeg = fs.readFileSync(file('anh.jpg'));
  fs.writeFileSync(file('hong.jpg'), jpeg.subarray(0, 20));
  fs.writeFileSync(file('van-ban.jpg'), 'đây không phải là ảnh');
  fs.writeFileSync(file('rong.png'), '');
  // Over 20 MB without writing 20 MB: a sparse file.
  const fd = fs.openSync(file('qua-nang.jpg'), 'w');
  fs.writeSync(fd, jpeg);
  fs.ftruncateSync(fd, MAX_IMAGE_BYTES + 5 * 1024 * 1024);
  fs.closeSync(fd);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('checkImage', () => {
  it.each(['anh.jpg', 'anh.png', 'anh.webp', 'anh.avif', 'that-ra-la-png.jpg', 'dung-gioi-han.png'])('accepts %s', async (name) => {
    expect(await checkImage(file(name))).toEqual([]);
  });

  it.each([
    ['an SVG', 've.svg', /SVG.*PNG hoặc JPEG/],
    ['an SVG named .png', 've-doi-ten.png', /SVG/],
    ['a GIF', 'anh.gif', /GIF.*PNG hoặc JPEG/],
    ['a truncated JPEG', 'hong.jpg', /không đọc được ảnh/],
    ['text named .jpg', 'van-ban.jpg', /không đọc được ảnh/],
    ['an empty file', 'rong.png', /rỗng/],
    ['a missing file', 'khong-co.jpg', /không mở được/],
    ['a folder', '.', /không phải tệp ảnh/],
  ])('refuses %s', async (_, name, message) => {
    const problems = await checkImage(file(name));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(message);
  });

  it('refuses 30000×30000 pixels, naming the size and the limit', async () => {
    expect(fs.statSync(file('bom.png')).size).toBeLessThan(2 * 1024 * 1024);
    expect(await checkImage(file('bom.png'))).toEqual([`ảnh 30.000×30.000 điểm ảnh (900 megapixel) vượt giới hạn ${MAX_IMAGE_PIXELS / 1e6} megapixel; hãy thu nhỏ ảnh`]);
  });

  it('refuses a file over 20 MB before reading it, naming the size and the limit', async () => {
    expect(await checkImage(file('qua-nang.jpg'))).toEqual(['ảnh nặng 25 MB, vượt giới hạn 20 MB; hãy thu nhỏ hoặc nén ảnh']);
  });
});
