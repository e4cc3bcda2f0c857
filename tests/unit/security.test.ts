import fs from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import rehypeExternalLinks from '../../src/markdown/rehype-external-links.ts';
import { cspHeader, cspMeta, headersFile } from '../../src/lib/security.ts';

const link = (href: string, rel?: string[]): Element => ({ type: 'element', tagName: 'a', properties: rel ? { href, rel } : { href }, children: [] });

describe('rehypeExternalLinks', () => {
  it('adds rel="noopener" to links to other sites and leaves internal links alone', () => {
    const links = [link('https://ninhbinh.gov.vn/'), link('//example.org/x'), link('/ke-hoach/'), link('#muc-1'), link('http://x.vn', ['nofollow'])];
    const tree: Root = { type: 'root', children: links };
    rehypeExternalLinks()(tree);
    expect(links.map((l) => l.properties.rel)).toEqual([['noopener'], ['noopener'], undefined, undefined, ['nofollow', 'noopener']]);
  });
});

describe('Content-Security-Policy', () => {
  it('allows no inline or outside script on content pages', () => {
    const script = /script-src ([^;]*)/.exec(cspHeader('/mo-hinh/'))![1];
    expect(script).toBe("'self'");
    expect(cspHeader('/')).toContain("object-src 'none'");
    expect(cspHeader('/')).toContain("frame-ancestors 'none'");
  });

  it('relaxes the policy only under /admin/ and for WebAssembly on /tim-kiem/', () => {
    expect(cspHeader('/admin/')).toContain("'unsafe-eval'");
    expect(cspHeader('/tim-kiem/')).toContain("'wasm-unsafe-eval'");
    // Pagefind's worker is governed by the header of its own script, not by the page.
    expect(cspHeader('/pagefind/pagefind-worker.js')).toContain("'wasm-unsafe-eval'");
    for (const p of ['/', '/ke-hoach/', '/mo-hinh/x/', '/administration/']) expect(cspHeader(p)).not.toMatch(/unsafe-eval/);
  });

  it('leaves frame-ancestors out of the meta tag, where browsers ignore it', () => {
    expect(cspMeta('/')).not.toContain('frame-ancestors');
    expect(cspMeta('/')).toBe(cspHeader('/').replace(/; frame-ancestors 'none'/, ''));
  });

  it('ships public/_headers exactly as src/lib/security.ts writes it', () => {
    const file = fs.readFileSync(path.join(import.meta.dirname, '../../public/_headers'), 'utf8');
    expect(file).toBe(headersFile());
  });
});
