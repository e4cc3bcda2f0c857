import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildContent, ROOT } from '../helpers/sites.ts';
import { readPage, textOf } from '../helpers/html.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vd-enc-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('a file saved with a BOM, CRLF line ends and NFD text', () => {
  it('builds into a page whose text is NFC', () => {
    const content = path.join(dir, 'content');
    fs.cpSync(path.join(ROOT, 'content'), content, { recursive: true });
    fs.cpSync(path.join(ROOT, 'fixtures/encodings'), content, { recursive: true });
    const raw = fs.readFileSync(path.join(content, 'initiatives/doi-moi-so-tay.md'));
    expect(raw.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const out = path.join(dir, 'dist');
    const result = buildContent(content, out);
    expect(result.status, result.stderr).toBe(0);
    // The raw HTML, not normalised by the test: the build itself must have turned NFD into NFC.
    const html = readPage(out, '/mo-hinh/doi-moi-so-tay/');
    for (const phrase of ['Đổi mới sổ tay điện tử', 'Sổ sách giấy dễ hỏng.']) {
      expect(html).toContain(phrase.normalize('NFC'));
      expect(html).not.toContain(phrase.normalize('NFD'));
    }
    expect(textOf(html)).not.toContain('\uFEFF');
  });
});
