/**
 * What staff paste into the CMS's rich-text editor, turned into the editor's own nodes (Decap's
 * Slate schema, the shape its Markdown parser gives). Decap's paste keeps no `<b>` (Word's bold),
 * no table (Word's table became one paragraph per cell) and no Word list (a paragraph starting
 * "·"). Here: bold, italic and struck text from tags or inline styles (Google Docs wraps
 * everything in a `<b>` of normal weight), headings, lists (HTML lists and Word's list
 * paragraphs, with their levels), tables (one row per row, a cell merged across rows or columns
 * leaves empty cells, so the columns stay in line), links of the web and mail, line breaks and
 * pictures (which the validator then refuses with its own line, instead of losing them without a
 * word). A list number Markdown cannot write (a), 1.1., I.) stays in the text. Word's markup
 * around all this (styles, `<o:p>`, hidden text, the bullets and plain numbers it draws) goes.
 * Pure: HTML text in, nodes out, so the same code runs in the browser and in the tests.
 */
import type { Element, ElementContent, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';

export interface SlateText {
  text: string;
  bold?: true;
  italic?: true;
  delete?: true;
}
export interface SlateElement {
  type: string;
  data?: Record<string, unknown>;
  children: SlateNode[];
}
export type SlateNode = SlateText | SlateElement;

type Mark = 'bold' | 'italic' | 'delete';
type Marks = Partial<Record<Mark, boolean>>;
/** What holds for the text inside an element: its marks, and which links may stay links. */
interface Scope {
  marks: Marks;
  keepsLink(href: string): boolean;
}

/** Never shown: the document's head, code, and form controls. */
const SKIPPED = new Set(['head', 'style', 'script', 'template', 'title', 'meta', 'link', 'xml', 'noscript', 'iframe', 'object', 'svg', 'button', 'input', 'select', 'textarea']);
const HEADINGS: Record<string, string> = { h1: 'heading-one', h2: 'heading-two', h3: 'heading-three', h4: 'heading-four', h5: 'heading-five', h6: 'heading-six' };
const BLOCKS = new Set(['p', 'div', 'section', 'article', 'header', 'footer', 'main', 'aside', 'nav', 'center', 'body', 'html', 'form', 'figure', 'figcaption', 'address', 'dl', 'dt', 'dd', 'ul', 'ol', 'li', 'blockquote', 'pre', 'hr', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption', ...Object.keys(HEADINGS)]);
const TAG_MARKS: Record<string, Mark> = { b: 'bold', strong: 'bold', i: 'italic', em: 'italic', s: 'delete', strike: 'delete', del: 'delete' };
/** Links a page may keep: the web, mail, and the site's own pages. Word's `#_Toc…` bookmarks are not. */
const LINK = /^(?:https?:|mailto:|\/(?!\/))/i;

/**
 * `page` is the address of the CMS page pasted into: the browser writes Word's bookmark links
 * (`#_Toc…`) out against it, and a link there would lead readers into the CMS.
 */
export function pastedHtmlToSlate(html: string, page = ''): SlateElement[] {
  const cms = page.replace(/#.*/, '');
  return blocksOf(fromHtml(html).children, { marks: {}, keepsLink: (href) => LINK.test(href) && !(cms && href.startsWith(cms)) });
}

function styleOf(el: Element): Map<string, string> {
  const style = new Map<string, string>();
  for (const declaration of String(el.properties.style ?? '').split(';')) {
    const colon = declaration.indexOf(':');
    if (colon > 0) style.set(declaration.slice(0, colon).trim().toLowerCase(), declaration.slice(colon + 1).trim().toLowerCase());
  }
  return style;
}

/** The scope inside an element, or null for one that shows nothing (what Word and browsers hide, Word's drawn list number). */
function enter(el: Element, scope: Scope): Scope | null {
  if (SKIPPED.has(el.tagName)) return null;
  const style = styleOf(el);
  if (style.get('display') === 'none' || style.get('mso-hide') === 'all' || style.get('mso-list') === 'ignore' || el.properties.hidden === true) return null;
  return marksOf(el, style, scope);
}

/** The marks an element sets or clears for its text, by its tag and then its inline style. */
function marksOf(el: Element, style: Map<string, string>, scope: Scope): Scope {
  const next = { ...scope.marks };
  const tagMark = TAG_MARKS[el.tagName];
  if (tagMark) next[tagMark] = true;
  const weight = style.get('font-weight');
  if (weight) next.bold = weight === 'bold' || weight === 'bolder' || Number(weight) >= 600;
  const fontStyle = style.get('font-style');
  if (fontStyle) next.italic = fontStyle === 'italic' || fontStyle === 'oblique';
  const decoration = style.get('text-decoration') ?? style.get('text-decoration-line');
  if (decoration?.includes('line-through')) next.delete = true;
  return { ...scope, marks: next };
}

function text(value: string, marks: Marks): SlateText {
  const node: SlateText = { text: value };
  for (const mark of ['bold', 'italic', 'delete'] as const) if (marks[mark]) node[mark] = true;
  return node;
}

/** A line break, as Decap's own parser gives it. */
const lineBreak = (): SlateElement => ({ type: 'break', children: [{ text: '' }] });

function isText(node: SlateNode): node is SlateText {
  return 'text' in node;
}

/**
 * A run of inline content, as HTML shows it: white space collapsed to one space (a no-break space
 * too), none at the run's ends or beside a line break, neighbouring texts of the same marks joined,
 * and a space at the edge of a bold or italic text moved outside it (Markdown's `**a **b` is no
 * bold). In a table cell, where Markdown has no line break, a break is a space.
 */
function tidy(nodes: SlateNode[], inCell = false): SlateNode[] {
  const out: SlateNode[] = [];
  const push = (node: SlateText) => {
    const previous = out.at(-1);
    const beforeSpace = out.at(-2);
    if (previous && isText(previous) && sameMarks(previous, node)) previous.text += node.text;
    // Two bold words with a plain space between (Word's runs): one bold text.
    else if (previous && isText(previous) && previous.text === ' ' && beforeSpace && isText(beforeSpace) && sameMarks(beforeSpace, node) && !sameMarks(previous, node)) {
      out.pop();
      beforeSpace.text += ` ${node.text}`;
    } else out.push(node);
  };
  for (const node of nodes) {
    if (isText(node)) {
      let value = node.text.replace(/[\u00ad\u200b\ufeff]/g, '').replace(/[\s\u00a0]+/g, ' ').normalize('NFC');
      if (atLineStart(out)) value = value.replace(/^ /, '');
      if (!value) continue;
      const marked = Boolean(node.bold || node.italic || node.delete);
      if (marked && value.startsWith(' ')) {
        push({ text: ' ' });
        value = value.slice(1);
      }
      const trailing = marked && value.endsWith(' ');
      if (trailing) value = value.slice(0, -1);
      if (value) push({ ...node, text: value });
      if (trailing) push({ text: ' ' });
    } else if (node.type === 'break') {
      if (inCell) {
        if (!atLineStart(out)) push({ text: ' ' });
      } else {
        trimEnd(out);
        if (out.length) out.push(node);
      }
    } else if (node.type === 'link') {
      const children = tidy(node.children, inCell);
      if (children.length) out.push({ ...node, children });
    } else out.push(node);
  }
  trimEnd(out);
  return out;
}

/** At the start of a run or of a line, or after a space: where a space says nothing. */
function atLineStart(out: SlateNode[]): boolean {
  const previous = out.at(-1);
  return !previous || (isText(previous) ? previous.text.endsWith(' ') : previous.type === 'break');
}

/** Drops the spaces and line breaks at the end of a run. */
function trimEnd(out: SlateNode[]): void {
  for (let last = out.at(-1); last; last = out.at(-1)) {
    if (isText(last)) {
      last.text = last.text.replace(/ $/, '');
      if (last.text) return;
    } else if (last.type !== 'break') return;
    out.pop();
  }
}

function sameMarks(a: SlateText, b: SlateText): boolean {
  return a.bold === b.bold && a.italic === b.italic && a.delete === b.delete;
}

/** The inline content of nodes; a block met inside (a paragraph in a cell) is a line break. */
function inlinesOf(nodes: (RootContent | ElementContent)[], scope: Scope): SlateNode[] {
  const out: SlateNode[] = [];
  for (const node of nodes) {
    if (node.type === 'text') out.push(text(node.value, scope.marks));
    else if (node.type === 'element') out.push(...inlineElement(node, scope));
  }
  return out;
}

function inlineElement(el: Element, scope: Scope): SlateNode[] {
  const inner = enter(el, scope);
  if (!inner) return [];
  if (el.tagName === 'br') return [lineBreak()];
  if (el.tagName === 'img') return picture(el);
  const children = inlinesOf(el.children, inner);
  if (el.tagName === 'a') {
    const href = String(el.properties.href ?? '').trim();
    if (scope.keepsLink(href)) return [{ type: 'link', data: { url: href }, children }];
  }
  // A block inside inline content (a cell's paragraphs, a list inside a cell) starts a new line.
  return BLOCKS.has(el.tagName) ? [lineBreak(), ...children, lineBreak()] : children;
}

function picture(el: Element): SlateNode[] {
  const url = String(el.properties.src ?? '').trim();
  if (!url || /^(?:javascript|vbscript):/i.test(url.replace(/\s+/g, ''))) return [];
  return [{ type: 'image', data: { url, alt: String(el.properties.alt ?? '').trim(), title: null }, children: [{ text: '' }] }];
}

function paragraph(type: string, nodes: SlateNode[]): SlateElement[] {
  const children = tidy(nodes);
  return children.length ? [{ type, children }] : [];
}

/** Word's list paragraph: `mso-list: l0 level2 lfo1`, and the number or bullet Word drew. */
interface WordListItem {
  /** Word's number of the list (`lfo1`): a new number is a new list. */
  list: string;
  level: number;
  ordered: boolean;
  start: number;
  content: SlateElement[];
}

/**
 * A Word list paragraph as an item of a Markdown list, or, when Word numbered it in a way Markdown
 * cannot write (a), b., I., 1.1., (1): official text cites "điểm a"), as a paragraph that keeps
 * Word's number in its text. A bullet is one sign in whatever font (·, o, §, Ø, -).
 */
function wordListItem(el: Element, scope: Scope): WordListItem | SlateElement[] | null {
  const msoList = styleOf(el).get('mso-list') ?? '';
  const level = /level(\d+)/.exec(msoList);
  if (!level || el.tagName !== 'p') return null;
  const glyph = findMarker(el)?.replace(/[\s\u00a0]+/g, '') ?? '';
  const number = /^(\d+)[.)]$/.exec(glyph);
  const bullet = !number && ([...glyph].length <= 1 || !/[\p{L}\p{N}]/u.test(glyph));
  const inlines = inlinesOf(el.children, scope);
  if (!number && !bullet) return paragraph('paragraph', [{ text: `${glyph} ` }, ...inlines]);
  return {
    list: /lfo\d+/.exec(msoList)?.[0] ?? '',
    level: Number(level[1]),
    ordered: Boolean(number),
    start: number ? Number(number[1]) : 1,
    content: paragraph('paragraph', inlines),
  };
}

/** The text Word draws for a list item, in its `mso-list: Ignore` span. */
function findMarker(el: Element): string | null {
  for (const child of el.children) {
    if (child.type !== 'element') continue;
    if (styleOf(child).get('mso-list') === 'ignore') return textOf(child);
    const found = findMarker(child);
    if (found !== null) return found;
  }
  return null;
}

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element') return '';
  return node.children.map(textOf).join('');
}

/** Word's list paragraphs in a row, as nested lists by their levels. */
function wordList(items: WordListItem[]): SlateElement {
  const list = (item: WordListItem): SlateElement => ({ type: item.ordered ? 'numbered-list' : 'bulleted-list', data: { start: item.start }, children: [] });
  const root = list(items[0]!);
  const stack: { level: number; list: SlateElement }[] = [{ level: items[0]!.level, list: root }];
  for (const item of items) {
    while (stack.length > 1 && item.level < stack.at(-1)!.level) stack.pop();
    let top = stack.at(-1)!;
    if (item.level > top.level) {
      const parentItem = top.list.children.at(-1) as SlateElement | undefined;
      const nested = list(item);
      if (parentItem) parentItem.children.push(nested);
      else top.list.children.push({ type: 'list-item', children: [nested] });
      top = { level: item.level, list: nested };
      stack.push(top);
    }
    top.list.children.push({ type: 'list-item', children: item.content.length ? item.content : [{ type: 'paragraph', children: [{ text: '' }] }] });
  }
  return root;
}

/** The blocks of nodes: inline content between blocks becomes a paragraph of its own. */
function blocksOf(nodes: (RootContent | ElementContent)[], scope: Scope): SlateElement[] {
  const out: SlateElement[] = [];
  let inline: SlateNode[] = [];
  let listItems: WordListItem[] = [];
  const flushInline = () => {
    out.push(...paragraph('paragraph', inline));
    inline = [];
  };
  const flushList = () => {
    if (listItems.length) out.push(wordList(listItems));
    listItems = [];
  };
  for (const node of nodes) {
    if (node.type === 'text') {
      if (node.value.trim()) {
        flushList();
        inline.push(text(node.value, scope.marks));
      }
      continue;
    }
    if (node.type !== 'element') continue;
    const el = node;
    if (!BLOCKS.has(el.tagName) && !holdsBlock(el)) {
      const content = inlineElement(el, scope);
      if (content.length) {
        flushList();
        inline.push(...content);
      }
      continue;
    }
    flushInline();
    const item = wordListItem(el, scope);
    if (Array.isArray(item)) {
      flushList();
      out.push(...item);
      continue;
    }
    if (item) {
      const first = listItems[0];
      if (first && (item.list !== first.list || (item.level <= first.level && item.ordered !== first.ordered))) flushList();
      listItems.push(item);
      continue;
    }
    flushList();
    out.push(...blockElement(el, scope));
  }
  flushInline();
  flushList();
  return out;
}

/** An inline element around blocks (Google Docs puts the whole copy in one `<b>`). */
function holdsBlock(el: Element): boolean {
  return el.children.some((child) => child.type === 'element' && (BLOCKS.has(child.tagName) || holdsBlock(child)));
}

function blockElement(el: Element, scope: Scope): SlateElement[] {
  const inner = enter(el, scope);
  if (!inner) return [];
  const heading = HEADINGS[el.tagName];
  if (heading) return paragraph(heading, inlinesOf(el.children, inner));
  switch (el.tagName) {
    case 'p':
    case 'dt':
    case 'dd':
    case 'figcaption':
    case 'caption':
    case 'pre':
      return paragraph('paragraph', inlinesOf(el.children, inner));
    case 'hr':
      return [{ type: 'thematic-break', children: [{ text: '' }] }];
    case 'ul':
    case 'ol':
      return list(el, inner);
    case 'blockquote': {
      const children = blocksOf(el.children, inner);
      return children.length ? [{ type: 'quote', children }] : [];
    }
    case 'table':
      return table(el, inner);
    default:
      return blocksOf(el.children, inner);
  }
}

function list(el: Element, scope: Scope): SlateElement[] {
  const items: SlateElement[] = [];
  for (const child of el.children) {
    if (child.type !== 'element') continue;
    // A list written inside a list without its item (it happens) is the previous item's.
    if (child.tagName === 'ul' || child.tagName === 'ol') {
      const nested = list(child, scope);
      const previous = items.at(-1);
      if (previous) previous.children.push(...nested);
      else items.push({ type: 'list-item', children: nested });
      continue;
    }
    const children = blocksOf(child.children, scope);
    if (children.length) items.push({ type: 'list-item', children });
  }
  if (!items.length) return [];
  const given = Number(el.properties.start ?? 1);
  const start = Number.isInteger(given) && given > 0 ? given : 1;
  const lettered = el.tagName === 'ol' ? letteringOf(el) : undefined;
  if (lettered) return items.flatMap((item, i) => withMarker(`${lettered(start + i)}.`, item.children as SlateElement[]));
  return [{ type: el.tagName === 'ol' ? 'numbered-list' : 'bulleted-list', data: { start }, children: items }];
}

const ROMAN: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
function roman(n: number): string {
  let out = '';
  for (const [value, digits] of ROMAN) for (; n >= value; n -= value) out += digits;
  return out;
}
const letter = (n: number): string => (n > 26 ? letter(Math.floor((n - 1) / 26)) : '') + String.fromCharCode(97 + ((n - 1) % 26));
const upper = (numbering: (n: number) => string) => (n: number) => numbering(n).toUpperCase();
const LETTERINGS: Record<string, (n: number) => string> = {
  a: letter, 'lower-alpha': letter, 'lower-latin': letter,
  A: upper(letter), 'upper-alpha': upper(letter), 'upper-latin': upper(letter),
  i: roman, 'lower-roman': roman,
  I: upper(roman), 'upper-roman': upper(roman),
};

/**
 * A list numbered by letters or Roman numerals (`<ol type="a">`, or its items' style, as Google
 * Docs writes it), which Markdown cannot number: official text cites "điểm a".
 */
function letteringOf(el: Element): ((n: number) => string) | undefined {
  const firstItem = el.children.find((child): child is Element => child.type === 'element' && child.tagName === 'li');
  const kinds = [String(el.properties.type ?? ''), styleOf(el).get('list-style-type') ?? '', firstItem ? (styleOf(firstItem).get('list-style-type') ?? '') : ''];
  for (const kind of kinds) if (Object.hasOwn(LETTERINGS, kind)) return LETTERINGS[kind];
  return undefined;
}

/** An item's blocks with its number written at the start of its first paragraph. */
function withMarker(marker: string, blocks: SlateElement[]): SlateElement[] {
  const [first, ...rest] = blocks;
  if (first?.type === 'paragraph') return [{ ...first, children: tidy([{ text: `${marker} ` }, ...first.children]) }, ...rest];
  return [{ type: 'paragraph', children: [{ text: marker }] }, ...blocks];
}

/** The rows of a table (not of a table inside it), through its head, bodies and foot. */
function rowsOf(el: Element): Element[] {
  const rows: Element[] = [];
  for (const child of el.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'tr') rows.push(child);
    else if (['thead', 'tbody', 'tfoot'].includes(child.tagName)) rows.push(...rowsOf(child));
  }
  return rows;
}

function span(el: Element, name: 'colSpan' | 'rowSpan'): number {
  const value = Number(el.properties[name] ?? 1);
  return Number.isInteger(value) && value > 1 ? Math.min(value, 50) : 1;
}

function table(el: Element, scope: Scope): SlateElement[] {
  const grid: SlateElement[][] = [];
  // Columns still taken by a cell from a row above: how many rows more.
  const spanning = new Map<number, number>();
  const emptyCell = (): SlateElement => ({ type: 'table-cell', children: [{ text: '' }] });
  for (const row of rowsOf(el)) {
    const cells: SlateElement[] = [];
    const takeSpanned = () => {
      while ((spanning.get(cells.length) ?? 0) > 0) {
        spanning.set(cells.length, spanning.get(cells.length)! - 1);
        cells.push(emptyCell());
      }
    };
    for (const cell of row.children) {
      if (cell.type !== 'element' || (cell.tagName !== 'td' && cell.tagName !== 'th')) continue;
      takeSpanned();
      const content = tidy(inlinesOf(cell.children, marksOf(cell, styleOf(cell), scope)), true);
      const rows = span(cell, 'rowSpan');
      for (let i = 0; i < span(cell, 'colSpan'); i++) {
        if (rows > 1) spanning.set(cells.length, rows - 1);
        cells.push(i === 0 && content.length ? { type: 'table-cell', children: content } : emptyCell());
      }
    }
    takeSpanned();
    for (const [column, left] of spanning) if (column >= cells.length && left > 0) spanning.set(column, left - 1);
    if (cells.length) grid.push(cells);
  }
  const width = Math.max(0, ...grid.map((cells) => cells.length));
  if (!width) return [];
  // A row that is empty from start to end (Word's spacing rows) says nothing.
  const rows = grid.filter((cells) => cells.some((cell) => cell.children.some((c) => !isText(c) || c.text)));
  if (!rows.length) return [];
  return [
    {
      type: 'table',
      data: { align: Array.from({ length: width }, () => null) },
      children: rows.map((cells) => ({ type: 'table-row', children: [...cells, ...Array.from({ length: width - cells.length }, emptyCell)] })),
    },
  ];
}
