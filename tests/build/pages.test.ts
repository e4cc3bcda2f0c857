import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ensureSite, ROOT, SITES, type SiteName } from '../helpers/sites.ts';
import { readPage, textOf } from '../helpers/html.ts';

/** Entries of a content folder with their draft flag, read straight from the files. */
function entries(site: SiteName, folder: string): { id: string; draft: boolean; title: string }[] {
  const dir = path.join(ROOT, SITES[site], folder);
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir)
    .filter((f) => /\.(md|yml)$/.test(f))
    .map((f) => {
      const text = fs.readFileSync(path.join(dir, f), 'utf8');
      const data = parse(f.endsWith('.md') ? text.split(/^---$/m)[1]! : text) as { draft?: boolean; title?: string; name?: string };
      return { id: f.replace(/\.(md|yml)$/, ''), draft: data.draft === true, title: data.title ?? data.name ?? '' };
    });
}

const COLLECTIONS = [
  ['initiatives', 'mo-hinh'],
  ['honors', 'bang-vang'],
  ['units', 'don-vi'],
  ['stories', 'tin-tuc'],
] as const;

describe.each(['demo', 'generated'] as const)('detail pages of the %s site', (site) => {
  it.each(COLLECTIONS)('gives each published entry of %s exactly one page under /%s/, and drafts none', (folder, prefix) => {
    const dir = ensureSite(site);
    const all = entries(site, folder);
    const published = all.filter((e) => !e.draft);
    expect(published.length).toBeGreaterThan(0);
    const built = fs.readdirSync(path.join(dir, prefix), { withFileTypes: true })
      .filter((d) => d.isDirectory() && fs.existsSync(path.join(dir, prefix, d.name, 'index.html')))
      .map((d) => d.name)
      .filter((name) => all.some((e) => e.id === name));
    expect(built.sort()).toEqual(published.map((e) => e.id).sort());
  });

  it('lists every published initiative exactly once across the library pages', () => {
    const dir = ensureSite(site);
    const ids = entries(site, 'initiatives').filter((e) => !e.draft).map((e) => e.id);
    const pages = [path.join(dir, 'mo-hinh/index.html')];
    const more = path.join(dir, 'mo-hinh/trang');
    if (fs.existsSync(more)) for (const n of fs.readdirSync(more)) pages.push(path.join(more, n, 'index.html'));
    const linked = pages.flatMap((p) => [...fs.readFileSync(p, 'utf8').matchAll(/<h[23] class="title"[^>]*><a href="\/mo-hinh\/([^/"]+)\/"/g)].map((m) => m[1]));
    expect(linked.sort()).toEqual(ids.sort());
  });
});

describe('drafts', () => {
  it('appear on no page, feed or sitemap of the demo site', () => {
    const dir = ensureSite('demo');
    const drafts = COLLECTIONS.flatMap(([folder]) => entries('demo', folder).filter((e) => e.draft));
    expect(drafts.length).toBeGreaterThanOrEqual(3);
    const files: string[] = [];
    const walk = (d: string) => {
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        const full = path.join(d, e.name);
        if (e.isDirectory()) { if (e.name !== 'pagefind') walk(full); } else if (/\.(html|xml|json|txt|csv)$/.test(e.name)) files.push(full);
      }
    };
    walk(dir);
    const leaks = files.flatMap((f) => {
      const text = fs.readFileSync(f, 'utf8');
      return drafts.filter((d) => text.includes(`/${d.id}/`) || text.includes(d.title)).map((d) => `${path.relative(dir, f)}: ${d.id}`);
    });
    expect(leaks).toEqual([]);
  });
});

describe('unit pages', () => {
  it('show yearly reports as on time or late against 05/11', () => {
    const dir = ensureSite('demo');
    const reports = fs.readdirSync(path.join(ROOT, 'fixtures/demo/reports')).map((f) => parse(fs.readFileSync(path.join(ROOT, 'fixtures/demo/reports', f), 'utf8')) as { unit: string; year: number; submitted: string | Date });
    const late = reports.filter((r) => String(r.submitted instanceof Date ? r.submitted.toISOString().slice(0, 10) : r.submitted) > `${r.year}-11-05`);
    expect(late.length).toBeGreaterThan(0);
    for (const r of late) expect(textOf(readPage(dir, `/don-vi/${r.unit}/`))).toMatch(/Chậm \d+ ngày/);
  });
});

describe('link previews of the demo site', () => {
  const dir = ensureSite('demo');
  // Entries with a picture, read straight from the files (`image:` in the front matter).
  const withImage = (['initiatives', 'stories'] as const).flatMap((folder) =>
    fs.readdirSync(path.join(ROOT, SITES.demo, folder)).filter((f) => f.endsWith('.md')).flatMap((f) => {
      const data = parse(fs.readFileSync(path.join(ROOT, SITES.demo, folder, f), 'utf8').split(/^---$/m)[1]!) as { image?: string; draft?: boolean };
      return data.image && !data.draft ? [`/${folder === 'initiatives' ? 'mo-hinh' : 'tin-tuc'}/${f.replace(/\.md$/, '')}/`] : [];
    }),
  );

  it('give every initiative and story with a picture an og:image: an absolute URL of a JPEG of the stated size, also in the JSON-LD', async () => {
    const { default: sharp } = await import('sharp');
    expect(withImage.length).toBeGreaterThanOrEqual(3);
    for (const url of withImage) {
      const html = readPage(dir, url);
      const meta = (p: string) => new RegExp(`<meta property="${p}" content="([^"]*)"`).exec(html)?.[1];
      const image = meta('og:image');
      expect(image, url).toMatch(/^https?:\/\/[^/]+\/_astro\/.+\.jpe?g$/);
      const file = path.join(dir, new URL(image!).pathname);
      const { format, width, height } = await sharp(file).metadata();
      expect([format, String(width), String(height)], url).toEqual(['jpeg', meta('og:image:width'), meta('og:image:height')]);
      expect(width, url).toBeLessThanOrEqual(1200);
      expect(meta('og:image:alt'), url).toBeTruthy();
      const ld = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!) as { image?: string };
      expect(ld.image, url).toBe(image);
    }
  });

  it('give pages without a picture no og:image', () => {
    const without = ['/mo-hinh/', '/tin-tuc/', '/'].map((u) => readPage(dir, u));
    for (const html of without) expect(html).not.toContain('og:image');
  });
});

describe('the honor roll of the demo site', () => {
  it('counts each decision\'s collectives and individuals apart ("2 tập thể, 1 cá nhân"), as its files name them', () => {
    const dir = ensureSite('demo');
    const text = textOf(readPage(dir, '/bang-vang/'));
    expect(text).not.toMatch(/\d+ tập thể, cá nhân/);
    const folder = path.join(ROOT, SITES.demo, 'honors');
    const files = fs.readdirSync(folder).filter((n) => n.endsWith('.yml'));
    expect(files.length).toBeGreaterThan(3);
    for (const f of files) {
      const data = parse(fs.readFileSync(path.join(folder, f), 'utf8')) as { draft?: boolean; title: string; recipients: { kind: string }[] };
      if (data.draft) continue;
      const n = (kind: string) => data.recipients.filter((r) => r.kind === kind).length;
      const expected = [n('tap-the') && `${n('tap-the')} tập thể`, n('ca-nhan') && `${n('ca-nhan')} cá nhân`].filter(Boolean).join(', ');
      expect(text, f).toContain(`${data.title} `);
      expect(text.slice(text.indexOf(`${data.title} `)), f).toMatch(new RegExp(`^[^·]*·[^·]*·\\s*${expected}`));
    }
  });
});

describe('the text of every demo page', () => {
  it('never runs two texts together ("Vũ DươngXã", "hiện tạiTriển", ".txtXem"), as copied or read aloud', () => {
    const dir = ensureSite('demo');
    const joined = new Map<string, string>();
    for (const file of fs.globSync('**/*.html', { cwd: dir })) {
      for (const word of textOf(fs.readFileSync(path.join(dir, file), 'utf8')).split(' ')) {
        // A lower-case letter right before a capital: two elements' texts without a space between.
        if (/\p{Ll}\p{Lu}/u.test(word) && !/^JavaScript\p{P}*$/u.test(word)) joined.set(word, file);
      }
    }
    expect(Object.fromEntries(joined)).toEqual({});
  });
});
