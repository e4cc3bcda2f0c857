import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUnchecked, ROOT } from '../helpers/sites.ts';
import { validateContent } from '../../src/validation/index.ts';
import { readPage } from '../helpers/html.ts';
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Element = DefaultTreeAdapterMap['element'];

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'vd-xss-'));
const out = path.join(work, 'dist');
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

function htmlFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? htmlFiles(full) : e.name.endsWith('.html') ? [full] : [];
  });
}

const content = path.join(work, 'content');

beforeAll(async () => {
  fs.cpSync(path.join(ROOT, 'content'), content, { recursive: true });
  fs.cpSync(path.join(ROOT, 'fixtures/xss'), content, { recursive: true, filter: (src) => !src.endsWith('README.md') });
  // Past the validator, which refuses the raw HTML and pictures of these bodies (below): the
  // sanitiser must hold on its own.
  const result = await buildUnchecked(content, out);
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}\n${result.stderr}`);
});

describe('what staff write cannot run in a visitor\'s browser', () => {
  it('is refused by the validator wherever it is HTML, a picture or a script link in the body, line by line', async () => {
    const { lines } = await validateContent(content, content);
    const story = lines.filter((l) => l.startsWith('stories/thu-chen-ma-doc.md: trường "body"'));
    const lineOf = (l: string) => Number(/\(dòng (\d+)\)$/.exec(l)?.[1]);
    const source = fs.readFileSync(path.join(content, 'stories/thu-chen-ma-doc.md'), 'utf8').split('\n');
    // Every line of the body holding a tag or a picture is named, and only those.
    const expected = source.flatMap((text, i) => (i > 4 && /<[a-z]|!\[|\]\((?!https?:)[a-z]+:/i.test(text) ? [i + 1] : []));
    expect(story.map(lineOf)).toEqual(expected);
    expect(story.find((l) => lineOf(l) === expected[0])).toContain('có khối mã HTML “<script>');
    expect(lines.some((l) => l.startsWith('initiatives/thu-ma-doc.md: trường "body": có khối mã HTML “<div onmouseover'))).toBe(true);
  });

  it('builds the hostile entries into pages', () => {
    expect(readPage(out, '/tin-tuc/thu-chen-ma-doc/')).toContain('Đoạn mở đầu bình thường.');
    // Raw HTML in staff Markdown is not rendered at all; the Markdown around it is.
    expect(readPage(out, '/mo-hinh/thu-ma-doc/')).toContain('Vấn đề');
  });

  it('leaves no executable markup in any page, as a browser parses it', () => {
    const found: string[] = [];
    for (const file of htmlFiles(out)) {
      const rel = path.relative(out, file);
      const walk = (node: DefaultTreeAdapterMap['parentNode']) => {
        for (const child of node.childNodes) {
          if (!('tagName' in child)) continue;
          const el = child as Element;
          const attrs = Object.fromEntries(el.attrs.map((a) => [a.name, a.value]));
          if (el.tagName === 'script') {
            const text = el.childNodes.map((n) => ('value' in n ? n.value : '')).join('');
            const ownModule = attrs.type === 'module' && /^\/_astro\/[^/]+\.js$/.test(attrs.src ?? '') && !text.trim();
            let data = false;
            if (attrs.type === 'application/ld+json') {
              try { JSON.parse(text); data = true; } catch { found.push(`${rel}: JSON-LD block broken open`); }
            }
            if (!ownModule && !data) found.push(`${rel}: <script ${JSON.stringify(attrs)}>`);
          }
          if (['iframe', 'frame', 'object', 'embed', 'base', 'applet'].includes(el.tagName)) found.push(`${rel}: <${el.tagName}>`);
          for (const [name, value] of Object.entries(attrs)) {
            if (/^on/i.test(name)) found.push(`${rel}: <${el.tagName} ${name}>`);
            if (/^(href|src|action|formaction|data|xlink:href|poster|srcset)$/i.test(name) && /^\s*(javascript|vbscript|data:text\/html)/i.test(value.replace(/[\u0000-\u001f]/g, ''))) {
              found.push(`${rel}: <${el.tagName} ${name}="${value}">`);
            }
          }
          walk(el);
          if (el.tagName === 'template') walk((el as unknown as { content: DefaultTreeAdapterMap['parentNode'] }).content);
        }
      };
      walk(parse(fs.readFileSync(file, 'utf8')));
    }
    expect(found).toEqual([]);
  });

  it('shows hostile text in titles and summaries as text', () => {
    const html = readPage(out, '/tin-tuc/thu-chen-ma-doc/');
    expect(html).toMatch(/<h1[^>]*>Tin thử &lt;script&gt;alert/);
    expect(html).toContain('\\u003cscript>alert');
  });
});
