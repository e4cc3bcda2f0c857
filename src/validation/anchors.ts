/**
 * Links to a section of a page (`/ke-hoach/#muc-iv-2`, `#ket-qua`): a section that is not there
 * leaves the reader at the top of the page without a word, after the plan's numbering or a heading
 * changed. Checked where a page shows a body (the plan, a criteria group, an initiative, a story):
 * its sections are the ids the site's own Markdown renderer gives that body, and the page's own
 * parts (PAGE_IDS). Sections of other pages (a statistics chart) are left to the build's link test.
 * The renderer is loaded only when some link names a section, so most saves never load it.
 */
import { closest } from 'fastest-levenshtein';
import { CLOBBER_PREFIX, fragmentId } from '../markdown/clobber.ts';
import { PAGE_IDS, PLAN_PATH } from '../routes.ts';
import type { Problem } from './messages.ts';
import { DETAIL_PAGES, ORIGIN, pageOf, publishedDocuments, type CheckedEntry } from './references.ts';

type Render = (body: string) => Promise<string>;
const OWN_IDS: ReadonlySet<string> = new Set(Object.values(PAGE_IDS));

/** The site's Markdown renderer (src/markdown/index.ts), as Astro builds it, without highlighting: ids do not depend on it. */
async function loadRenderer(): Promise<Render> {
  const { markdownProcessor } = await import('../markdown/index.ts');
  const renderer = await markdownProcessor().createRenderer({ gfm: true, smartypants: false, syntaxHighlight: false } as never);
  return async (body) => (await renderer.render(body, { frontmatter: {} })).code;
}

/** The entries whose body a page shows, by the page's path: the plan, and each published detail page with a body. */
function bodiesByPage(all: readonly CheckedEntry[]): Map<string, CheckedEntry> {
  const pages = new Map<string, CheckedEntry>();
  for (const e of all) {
    const path = DETAIL_PAGES[e.collection]?.path(e.id);
    if (path && e.body !== undefined && e.data.draft !== true) pages.set(path, e);
  }
  const plan = publishedDocuments(all)[0];
  if (plan) pages.set(PLAN_PATH, plan);
  return pages;
}

export async function checkAnchors(all: readonly CheckedEntry[]): Promise<Problem[]> {
  const wanted: { e: CheckedEntry; url: string; line?: number; target: CheckedEntry; pathname: string; fragment: string }[] = [];
  let pages: Map<string, CheckedEntry> | undefined; // made at the first link to a section
  for (const e of all) {
    for (const { url, line } of e.links ?? []) {
      if (!url.includes('#')) continue;
      let parsed: URL;
      try {
        parsed = new URL(url, ORIGIN + pageOf(e));
      } catch {
        continue; // said by the references step
      }
      const fragment = fragmentId(parsed.hash.slice(1));
      // "#ket-qua" is a section of the entry's own body, draft or not.
      const target = url.startsWith('#') ? e : (pages ??= bodiesByPage(all)).get(parsed.pathname);
      if (fragment && target) wanted.push({ e, url, line, target, pathname: parsed.pathname, fragment });
    }
  }
  if (wanted.length === 0) return [];
  const renderBody = await loadRenderer();
  const sections = new Map<CheckedEntry, string[]>();
  const problems: Problem[] = [];
  for (const { e, url, line, target, pathname, fragment } of wanted) {
    let ids = sections.get(target);
    if (!ids) {
      const html = await renderBody(target.body ?? '');
      ids = [...html.matchAll(/ id="([^"]*)"/g)].map((m) => m[1]!);
      sections.set(target, ids);
    }
    // A footnote's "#fn-1" is pointed at the note's prefixed id (src/markdown/rehype-in-page-links.ts).
    if (ids.includes(fragment) || ids.includes(CLOBBER_PREFIX + fragment) || OWN_IDS.has(fragment)) continue;
    const headings = ids.filter((id) => !id.startsWith(CLOBBER_PREFIX));
    const near = headings.length ? closest(fragment, headings) : undefined;
    const samePage = target === e;
    const where = samePage ? 'bài này không có mục đó' : `trang “${pathname}” không có mục đó`;
    const hint = near ? `; có phải là “${samePage ? '' : pathname}#${near}”?` : '; hãy bỏ phần “#…” hoặc dẫn tới một đề mục có trên trang';
    problems.push({ file: e.file, field: 'body', line, message: `liên kết “${url}” dẫn tới mục “${fragment}”, nhưng ${where}${hint}` });
  }
  return problems;
}
