/**
 * Security of the built pages (issue #10): every page carries the Content-Security-Policy of its
 * section as a meta tag before anything it governs; no inline script (none is hashed, so none
 * may run), no event-handler attributes, no `javascript:` URLs; `_headers` reaches the output.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureSite } from '../helpers/sites.ts';
import { readPage } from '../helpers/html.ts';
import { htmlPages } from '../helpers/page-types.ts';
import { cspMeta, headersFile } from '../../src/lib/security.ts';

let dir: string;
let pages: string[];
beforeAll(() => {
  dir = ensureSite('demo');
  pages = htmlPages(dir);
});

const decode = (s: string) => s.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');

describe('security of the built pages', () => {
  it('gives every page the policy of its section as a meta tag ahead of styles and scripts', () => {
    const wrong: string[] = [];
    for (const page of pages) {
      const html = readPage(dir, page);
      const m = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html);
      // 404.html is served at any address; it gets the site-wide policy.
      const expected = cspMeta(page === '/404.html' ? '/' : page);
      if (!m) wrong.push(`${page}: no policy`);
      else if (decode(m[1]!) !== expected) wrong.push(`${page}: ${decode(m[1]!)}`);
      else {
        const first = html.search(/<(style|script|link[^>]*stylesheet)\b/i);
        if (first >= 0 && first < m.index) wrong.push(`${page}: policy after the first style or script`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('runs no inline script that the policy does not list by hash', () => {
    const inline: string[] = [];
    for (const page of pages) {
      const html = readPage(dir, page);
      const policy = decode(/<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1] ?? '');
      // Only the CMS policy allows inline scripts outright (src/lib/security.ts).
      if (/script-src[^;]*'unsafe-inline'/.test(policy)) continue;
      for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
        if (/\ssrc=/i.test(m[1]!) || /\stype=["']?application\/(ld\+)?json/i.test(m[1]!)) continue;
        const hash = `'sha256-${crypto.createHash('sha256').update(m[2]!).digest('base64')}'`;
        if (!policy.includes(hash)) inline.push(`${page}: ${m[2]!.slice(0, 60)}`);
      }
    }
    expect(inline).toEqual([]);
  });

  it('has no event-handler attributes and no javascript: links', () => {
    const found: string[] = [];
    for (const page of pages) {
      const html = readPage(dir, page).replace(/<script\b[\s\S]*?<\/script>/gi, '');
      for (const m of html.matchAll(/<[a-z][^>]*\s(on[a-z]+=|href=["']?\s*javascript:)[^>]*>/gi)) found.push(`${page}: ${m[0].slice(0, 80)}`);
    }
    expect(found).toEqual([]);
  });

  it('ships the _headers file with the policies into the output', () => {
    expect(fs.readFileSync(path.join(dir, '_headers'), 'utf8')).toBe(headersFile());
  });
});
