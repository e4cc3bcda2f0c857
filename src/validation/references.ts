/**
 * Links between entries: an initiative's unit, a story's unit and initiative, each honor
 * recipient's unit and initiative (a published entry may not name a draft initiative), a report's
 * unit and its file name `<unit>-<year>.yml`, no two units of one name, and the
 * links of a body to pages of the site (a detail page must be of a published entry), and one
 * published document only: the site shows the document of lowest `order` as the plan and no other.
 * Entries that failed their schema are checked too, so one run reports every problem.
 */
import { closest } from 'fastest-levenshtein';
import type { CollectionName } from '../schemas/collections.ts';
import {
  APPLE_TOUCH_ICON_PATH, HOME_PATH, ICON_ICO_PATH, ICON_SVG_PATH, PAGE_SEGMENT, PLAN_PATH, RSS_PATH, SECTION_PATHS,
  criteriaGroupPath, honorPath, initiativePath, storyPath, unitPath,
} from '../routes.ts';
import type { BodyLink } from './body.ts';
import type { Problem } from './messages.ts';
import type { LineOf } from './parse.ts';

/** Collections with a page per entry: its path, and what a message calls one. */
export const DETAIL_PAGES: Partial<Record<CollectionName, { path: (id: string) => string; what: string }>> = {
  criteria: { path: criteriaGroupPath, what: 'nhóm tiêu chí' },
  initiatives: { path: initiativePath, what: 'mô hình, sáng kiến' },
  honors: { path: honorPath, what: 'khen thưởng' },
  units: { path: unitPath, what: 'đơn vị' },
  stories: { path: storyPath, what: 'tin bài' },
};
/** Files at the top of the site a link may name. */
const ROOT_FILES = new Set([RSS_PATH, ICON_SVG_PATH, ICON_ICO_PATH, APPLE_TOUCH_ICON_PATH]);
/** The page an entry's body is shown on, to resolve its relative links (documents: the plan). */
export const pageOf = (e: CheckedEntry) => DETAIL_PAGES[e.collection]?.path(e.id) ?? (e.collection === 'documents' ? PLAN_PATH : HOME_PATH);
export const ORIGIN = 'http://trang.invalid';

export interface CheckedEntry {
  collection: CollectionName;
  id: string;
  file: string;
  data: Record<string, unknown>;
  lineOf: LineOf;
  /** Whether the entry passed its schema. */
  valid: boolean;
  /** Links of its Markdown body to pages of the site. */
  links?: readonly BodyLink[];
  /** Its Markdown body (Markdown collections), for the sections a link may name (anchors.ts). */
  body?: string;
}

/**
 * What is wrong with a body's link to the site, if anything. Checked: the section exists, a
 * section's detail page (`/mo-hinh/<id>/`) is of an entry the build publishes, and nothing lies
 * below a detail page (what a relative link without its leading "/" leads to). Other paths of a
 * section (filter pages, page numbers, files) are left to the build's own link test.
 */
function linkProblem(e: CheckedEntry, url: string, pages: Map<string, { id: string; draft: boolean }[]>): string | undefined {
  const problem = pathProblem(e, url, pages);
  if (!problem || url.startsWith('/') || url.startsWith('.')) return problem;
  // "mo-hinh/abc/" written for "/mo-hinh/abc/": say so when the latter is a page.
  return pathProblem(e, `/${url}`, pages) ? problem : `${problem}; có phải là “/${url}”? (liên kết trong trang bắt đầu bằng “/”)`;
}

function pathProblem(e: CheckedEntry, url: string, pages: Map<string, { id: string; draft: boolean }[]>): string | undefined {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url, ORIGIN + pageOf(e)).pathname);
  } catch {
    return `liên kết “${url}” viết sai, không mở được`;
  }
  const noPage = `liên kết “${url}” dẫn tới “${pathname}”, không có trang đó trên trang web của xã`;
  const segments = pathname.split('/').filter(Boolean);
  if (segments.length === 0 || ROOT_FILES.has(pathname)) return undefined;
  const section = Object.values(SECTION_PATHS).find((p) => p === `/${segments[0]}/`);
  if (!section) return noPage;
  const collection = (Object.keys(DETAIL_PAGES) as CollectionName[]).find((c) => DETAIL_PAGES[c]!.path('x').startsWith(section));
  if (!collection || segments.length < 2 || segments[1] === PAGE_SEGMENT || segments[1]!.includes('.')) return undefined;
  const id = segments[1]!;
  const entries = pages.get(collection) ?? [];
  const found = entries.find((p) => p.id === id);
  const what = DETAIL_PAGES[collection]!.what;
  if (segments.length > 2) return found ? noPage : undefined;
  if (found?.draft) return `liên kết “${url}” dẫn tới ${what} “${id}”, còn là bản nháp nên chưa có trên trang`;
  if (found) return undefined;
  const near = entries.length ? closest(id, entries.map((p) => p.id)) : undefined;
  return `liên kết “${url}” dẫn tới ${what} “${id}”, không có trên trang web` + (near ? `; có phải là “${DETAIL_PAGES[collection]!.path(near)}”?` : '');
}

const docOrder = (e: CheckedEntry) => (typeof e.data.order === 'number' ? e.data.order : 0);
/** The published documents, the plan (shown at /ke-hoach/) first. */
export const publishedDocuments = (all: readonly CheckedEntry[]) =>
  all.filter((e) => e.valid && e.collection === 'documents' && e.data.draft !== true).sort((a, b) => docOrder(a) - docOrder(b) || a.id.localeCompare(b.id));

/**
 * The site has one page for documents, the plan at /ke-hoach/ (src/data/documents.ts: the published
 * document of lowest `order`). A second published document would be shown nowhere, and one of the
 * same `order` with an earlier file name would take the plan's place; both are said.
 */
function checkDocuments(all: readonly CheckedEntry[]): Problem[] {
  const docs = publishedDocuments(all);
  if (docs.length < 2) return [];
  const tied = docs.filter((d) => docOrder(d) === docOrder(docs[0]!));
  if (tied.length > 1) {
    return tied.map((d) => ({
      file: d.file,
      field: 'order',
      line: d.lineOf(['order']),
      message: `văn bản này và ${tied.filter((t) => t !== d).map((t) => `"${t.file}"`).join(', ')} cùng thứ tự ${docOrder(d)}: trang ${PLAN_PATH} chỉ đăng văn bản có "order" nhỏ nhất, nên không rõ văn bản nào là Kế hoạch; hãy để một văn bản là bản nháp (draft: true) hoặc đặt "order" của Kế hoạch nhỏ hơn`,
    }));
  }
  return docs.slice(1).map((d) => ({
    file: d.file,
    message: `văn bản này không hiện ở đâu trên trang: trang web chỉ đăng một văn bản, "${docs[0]!.file}" ở ${PLAN_PATH}; hãy để nó là bản nháp (draft: true) hoặc đưa nội dung vào một tin bài`,
  }));
}

/**
 * Two units of one name: lists, filters and charts would show the same name twice, and a
 * resident could not tell which is which (an entry copied to start a new one, say). Names are
 * compared as a reader sees them: case, accents' encoding and spacing aside.
 */
function checkUnitNames(all: readonly CheckedEntry[]): Problem[] {
  const byName = new Map<string, CheckedEntry[]>();
  for (const e of all) {
    if (!e.valid || e.collection !== 'units' || typeof e.data.name !== 'string') continue;
    const key = e.data.name.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
    const same = byName.get(key);
    if (same) same.push(e);
    else byName.set(key, [e]);
  }
  return [...byName.values()].filter((same) => same.length > 1).flatMap((same) =>
    same.map((e) => ({
      file: e.file, field: 'name', line: e.lineOf(['name']),
      message: `đơn vị "${String(e.data.name)}" cùng tên với ${same.filter((o) => o !== e).map((o) => `"${o.file}"`).join(', ')}; người xem không phân biệt được hai đơn vị, hãy đặt tên khác hoặc xoá tệp thừa`,
    })),
  );
}

export function checkReferences(all: readonly CheckedEntry[]): Problem[] {
  const ids = (c: CollectionName) => new Set(all.filter((e) => e.valid && e.collection === c).map((e) => e.id));
  const known = { units: ids('units'), initiatives: ids('initiatives') };
  const problems: Problem[] = [...checkDocuments(all), ...checkUnitNames(all)];
  const pages = new Map<string, { id: string; draft: boolean }[]>();
  for (const e of all) {
    if (!e.valid || !DETAIL_PAGES[e.collection]) continue;
    if (!pages.has(e.collection)) pages.set(e.collection, []);
    pages.get(e.collection)!.push({ id: e.id, draft: e.data.draft === true });
  }
  // A published entry naming a draft initiative would show no link to it: its page is not built.
  const draftInitiatives = new Set((pages.get('initiatives') ?? []).filter((p) => p.draft).map((p) => p.id));
  for (const e of all) {
    for (const { url, line } of e.links ?? []) {
      if (url.startsWith('#')) continue; // a section of this very page: anchors.ts
      const message = linkProblem(e, url, pages);
      if (message) problems.push({ file: e.file, field: 'body', message, line });
    }
    const link = (field: (string | number)[], value: unknown, target: keyof typeof known, what: string) => {
      if (typeof value !== 'string') return;
      if (!known[target].has(value)) {
        problems.push({ file: e.file, field: field.join('.'), message: `không có ${what} "${value}"`, line: e.lineOf(field) });
      } else if (target === 'initiatives' && draftInitiatives.has(value) && e.data.draft !== true) {
        problems.push({
          file: e.file, field: field.join('.'), line: e.lineOf(field),
          message: `${what} "${value}" còn là bản nháp (draft: true), nên trang này sẽ không dẫn tới nó; hãy công bố ${what} đó trước, hoặc bỏ trường này`,
        });
      }
    };
    const d = e.data;
    switch (e.collection) {
      case 'initiatives':
        link(['unit'], d.unit, 'units', 'đơn vị');
        break;
      case 'stories':
        link(['unit'], d.unit, 'units', 'đơn vị');
        link(['initiative'], d.initiative, 'initiatives', 'mô hình, sáng kiến');
        break;
      case 'reports': {
        link(['unit'], d.unit, 'units', 'đơn vị');
        const expected = `${String(d.unit)}-${String(d.year)}`;
        if (e.valid && e.id !== expected) problems.push({ file: e.file, message: `tên tệp phải là "${expected}.yml" (mã đơn vị và năm của báo cáo)` });
        break;
      }
      case 'honors':
        (Array.isArray(d.recipients) ? (d.recipients as ({ unit?: string; initiative?: string } | null)[]) : []).forEach((r, i) => {
          // An empty list item ("-" alone) is reported by the schema; nothing to link here.
          link(['recipients', i, 'unit'], r?.unit, 'units', 'đơn vị');
          link(['recipients', i, 'initiative'], r?.initiative, 'initiatives', 'mô hình, sáng kiến');
        });
        break;
      default:
        break;
    }
  }
  return problems;
}
