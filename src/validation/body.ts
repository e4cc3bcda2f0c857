/**
 * What the Markdown body of an entry may not hold, because the site would lose it without a word:
 * - raw HTML (pasted from Word or a web page): the sanitiser (src/markdown/index.ts) drops an HTML
 *   block with all the text inside it ("<table>…</table>" vanishes) and an inline tag with its
 *   meaning ("và<br>xuống" runs together); comments (<!-- … -->) are meant to be hidden and pass;
 * - pictures inside the text: a missing file stops Astro's build with an English error, a pasted
 *   `data:` picture becomes an empty image; an entry's picture goes in its image field, with alt;
 * - a link the sanitiser unlinks (`javascript:`, `file:`, any scheme it does not keep) or a link
 *   without words, which a screen reader can only read as "liên kết".
 * Links within the site are handed back, for the references step to check against the pages the
 * build makes: a section of a page (`#ket-qua`) included, and a full address of the site's own
 * origin (site.yml `url`), as staff paste it from the address bar. The body is parsed as CommonMark
 * (the site's renderer agrees on what is HTML, a picture or a link; code and escaped `\<` are
 * text), but only when it holds a "<" or a "[" at all, so a large site of plain text costs one
 * search per entry.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Nodes } from 'mdast';
import { defaultSchema } from 'rehype-sanitize';
import type { Problem } from './messages.ts';

/** A link of a body to a page of the site, as written (`/mo-hinh/abc/`, `../abc/`, `#ket-qua`), with its line. */
export interface BodyLink { url: string; line?: number }
export interface BodyCheck { problems: Problem[]; links: BodyLink[] }

/** The schemes a link keeps through the sanitiser (src/markdown/index.ts uses its default schema). */
const KEPT_SCHEMES = new Set(defaultSchema.protocols?.href ?? []);
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

const FRONT_MATTER = /^---\n[\s\S]*?\n?---(?:\n|$)/;
/** Nodes whose children are blocks: an HTML node there is a whole block, dropped with its text. */
const FLOW = new Set(['root', 'blockquote', 'listItem']);
const REWRITE = 'hãy định dạng bằng trình soạn thảo (in đậm, danh sách, bảng) hoặc dán lại dưới dạng chữ thường';
/** An HTML node that is one comment and nothing else: hidden on purpose, so it may stay. */
const COMMENT = /^\s*<!--(?:(?!-->)[\s\S])*-->\s*$/;
/** How many tags of one line a message names. */
const TAGS_NAMED = 3;
/** What one message quotes of the offending text. */
const QUOTE_MAX = 60;

function quote(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > QUOTE_MAX ? `${line.slice(0, QUOTE_MAX - 1)}…` : line;
}

/** The words of a link, as a screen reader would name it (text, code, a picture's alt). */
function words(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'image') return node.alt ?? '';
  return 'children' in node ? node.children.map(words).join('') : '';
}

/** The Markdown body of an entry's file, as Astro renders it: what follows the front matter. */
export function bodyOf(text: string): string {
  const front = FRONT_MATTER.exec(text);
  return (front ? text.slice(front[0].length) : text).trim();
}

/** Whether a full http(s) address is of the site itself (`siteOrigin`, from site.yml `url`). */
function ofSite(url: string, siteOrigin: string | undefined): boolean {
  if (siteOrigin === undefined) return false;
  try {
    return new URL(url).origin === siteOrigin;
  } catch {
    return false;
  }
}

/**
 * The problems of an entry's body and its links within the site. `text` is the whole file (front
 * matter included), so lines are the file's; `hasImageField` says whether the collection has an
 * image field to point to.
 */
export function checkBody(text: string, file: string, hasImageField: boolean, siteOrigin?: string): BodyCheck {
  const front = FRONT_MATTER.exec(text);
  const body = front ? text.slice(front[0].length) : text;
  const links: BodyLink[] = [];
  if (!body.includes('<') && !body.includes('[')) return { problems: [], links };
  const offset = front ? front[0].split('\n').length - 1 : 0;
  const problems: Problem[] = [];
  const at = (node: Nodes) => (node.position ? node.position.start.line + offset : undefined);
  const source = (node: Nodes) => (node.position ? body.slice(node.position.start.offset, node.position.end.offset) : '');

  const inlineTags = new Map<number | undefined, string[]>();
  const visit = (node: Nodes, inFlow: boolean) => {
    if (node.type === 'html' && !COMMENT.test(node.value)) {
      if (inFlow) problems.push({ file, field: 'body', line: at(node), message: `có khối mã HTML “${quote(node.value)}”: trang web bỏ cả khối, kể cả chữ trong đó; ${REWRITE}` });
      else inlineTags.set(at(node), [...(inlineTags.get(at(node)) ?? []), `“${quote(node.value)}”`]);
    } else if (node.type === 'image' || node.type === 'imageReference') {
      const rule = hasImageField ? 'ảnh của mục đặt ở trường "image", kèm mô tả ở "imageAlt", không chèn vào nội dung' : 'loại mục này không đăng ảnh';
      problems.push({ file, field: 'body', line: at(node), message: `có ảnh chèn trong nội dung “${quote(source(node))}”; ${rule}` });
    } else if (node.type === 'link' || node.type === 'definition') {
      const url = node.url.trim();
      const scheme = SCHEME.exec(url)?.[1]!.toLowerCase();
      if (scheme !== undefined && !KEPT_SCHEMES.has(scheme)) {
        problems.push({ file, field: 'body', line: at(node), message: `liên kết “${quote(url)}” không dùng được: trang web chỉ giữ liên kết http, https và mailto, nên bỏ liên kết này` });
      } else if ((scheme === undefined && !url.startsWith('//') && url !== '' && url !== '#') || ((scheme === 'http' || scheme === 'https') && ofSite(url, siteOrigin))) {
        links.push({ url, line: at(node) });
      }
      if (node.type === 'link' && !words(node).trim()) {
        problems.push({ file, field: 'body', line: at(node), message: `liên kết “${quote(url)}” không có chữ; hãy ghi chữ giữa hai ngoặc vuông, như [tên trang muốn dẫn tới](${url})` });
      }
    }
    if ('children' in node) for (const child of node.children) visit(child, FLOW.has(node.type));
  };
  visit(fromMarkdown(body), false);
  // One line per line of text: "<b>đậm</b>" is two tags of one mistake.
  for (const [line, tags] of inlineTags) {
    const named = tags.length > TAGS_NAMED ? [...tags.slice(0, TAGS_NAMED), '…'] : tags;
    problems.push({ file, field: 'body', line, message: `có thẻ HTML ${named.join(', ')}: trang web bỏ các thẻ này (mất định dạng, chữ hai bên có thể dính vào nhau); ${REWRITE}` });
  }
  return { problems, links };
}
