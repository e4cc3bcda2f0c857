import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { markdownProcessor } from '../../src/markdown/index.ts';
import { createRenderPool, type RenderEntry, type RenderFunction } from '../../src/markdown/render-pool.ts';

// What Astro gives its Markdown renderer when the config leaves these alone.
const shared = {
  image: { domains: [], remotePatterns: [] },
  syntaxHighlight: { type: 'shiki', excludeLangs: ['math'] },
  shikiConfig: { langs: [], langAlias: {}, theme: 'github-dark', themes: {}, wrap: false, transformers: [] },
  gfm: true,
  smartypants: false,
};

/** The in-thread render, as Astro's Markdown entry type does it; counts its calls. */
async function localRenderer() {
  const renderer = await markdownProcessor().createRenderer(shared as never);
  const calls: string[] = [];
  const local: RenderFunction = async (entry) => {
    calls.push(entry.id);
    const { code, metadata } = await renderer.render(entry.body ?? '', { frontmatter: entry.data, fileURL: entry.filePath ? pathToFileURL(entry.filePath) : undefined });
    return { html: code, metadata: { ...metadata, imagePaths: metadata.localImagePaths.concat(metadata.remoteImagePaths) } };
  };
  return { local, calls };
}

const bodies = [
  '## Đổi mới sáng tạo\n\nNội dung *nhấn mạnh* và [liên kết ngoài](https://ninhbinh.gov.vn/).',
  'Chuyển đổi số'.normalize('NFD') + ' — chữ lưu dạng NFD.',
  '<script>alert(1)</script><img src=x onerror="alert(1)"> [bấm](javascript:alert(1)) <iframe src="//x"></iframe>',
  '| Chỉ tiêu | Kết quả |\n|---|---|\n| Hộ dùng ví điện tử | 120 |\n\n- [x] xong\n- [ ] chưa',
  '![Ảnh nhà văn hóa thôn](./anh.jpg)\n\n```js\nconst x = 1;\n```',
  '### Mục 1\n\n### Mục 1\n\nHai tiêu đề trùng tên.',
  fs.readFileSync(new URL('../../../shared/seed/ke-hoach-phong-trao-thi-dua-vu-duong.txt', import.meta.url), 'utf8'),
];
const entries: RenderEntry[] = bodies.map((body, i) => ({ id: `muc-${i}`, data: { title: `Mục ${i}`, date: new Date('2026-11-25') }, body, filePath: `/tmp/noi-dung/muc-${i}.md` }));

describe('Markdown render workers', () => {
  it('render every entry as the main thread does, on the workers', async () => {
    const { local, calls } = await localRenderer();
    const expected = await Promise.all(entries.map(local));
    calls.length = 0;
    const pooled = createRenderPool(local, shared as never, { threads: 2, startAfter: 0, idleMs: 50, burstMs: 50 });
    const got = await Promise.all(entries.map(pooled));
    expect(calls).toEqual([]); // nothing fell back to the main thread
    expect(got).toEqual(expected);
    expect(got[2]!.html).not.toMatch(/<script|onerror|javascript:|<iframe/);
  });

  it('render the first entries of a burst in-thread, then hand the rest to the workers', async () => {
    const { local, calls } = await localRenderer();
    const pooled = createRenderPool(local, shared as never, { threads: 1, startAfter: 3, idleMs: 50, burstMs: 50 });
    const got = await Promise.all(entries.map(pooled));
    expect(calls).toEqual(['muc-0', 'muc-1', 'muc-2']);
    expect(got.map((r) => r.html)).toEqual((await Promise.all(entries.map(local))).map((r) => r.html));
  });

  it('render in-thread what a worker cannot take, losing no entry', async () => {
    const { local, calls } = await localRenderer();
    const pooled = createRenderPool(local, shared as never, { threads: 1, startAfter: 0, idleMs: 50, burstMs: 50 });
    // A function cannot be sent to a worker.
    const odd: RenderEntry = { id: 'la', data: { title: 'Lạ', note: () => 'x' }, body: '## Đơn vị\n\nVăn bản.' };
    const got = await pooled(odd);
    expect(calls).toEqual(['la']);
    expect(got.html).toContain('Văn bản.');
  });

  it('render in-thread an entry the worker fails on, so an error reads as the main thread would give it', async () => {
    const { local, calls } = await localRenderer();
    const expected = await Promise.all(entries.map(local));
    calls.length = 0;
    // Options the worker's highlighter refuses: it fails on code blocks only (entry 4).
    const broken = { ...shared, syntaxHighlight: { type: 'shiki', excludeLangs: 7 } };
    const pooled = createRenderPool(local, broken as never, { threads: 1, startAfter: 0, idleMs: 50, burstMs: 50 });
    expect(await Promise.all(entries.map(pooled))).toEqual(expected);
    expect(calls).toEqual(['muc-4']);
  });
});
