/** Markdown → plain paragraphs for reading aloud. Line-based on purpose: staff Markdown is simple
 * (paragraphs, headings, lists, tables, emphasis, links, images) and this stays pure and fast. */

/** What a footnote is announced as (the site's heading above the notes says the same: doc.footnotes). */
const FOOTNOTE = 'Chú thích';
/**
 * A ticked and an unticked item of a task list (`- [x] …`, `- [ ] …`), said when the list reports
 * progress (it has a ticked item): the listener cannot see the box. A list of empty boxes is a
 * checklist for the reader to tick ("đơn vị tự kiểm tra: - [ ] Có chữ ký…"), read as a plain list.
 */
const TASK_DONE = 'Đã xong';
const TASK_OPEN = 'Chưa xong';
const TICKED = /^\s*(?:>\s?)*\s*(?:[-*+]|\d{1,3}[.)])\s+\[[xX]\]\s/;

/** A sentence end, also inside closing quotes or brackets ('… yên tâm."'). */
const END = /[.!?…:;]["”»’')]*$/;

/** Adds a full stop so a speech engine pauses at the end of a heading, list item or table row. */
export function endSentence(s: string): string {
  const t = s.trim();
  if (!t) return t;
  return END.test(t) ? t : t + '.';
}

/**
 * Inline Markdown → words: a link keeps its text (the address is read out only when it is the text
 * itself, or an autolink or a bare address: addresses.ts reads it); images go, emphasis markers go.
 */
export function stripInline(s: string): string {
  // Each step only when its marker is there: most lines are plain words.
  if (s.includes('[')) {
    s = s
      .replace(/\[\^[^\]\s]+\]/g, '') // footnote markers: a reader does not say "một"
      .replace(/!\[[^\]]*\]\([^)]*\)/g, '') // images
      .replace(/!\[[^\]]*\]\[[^\]]*\]/g, '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // links
      .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1');
  }
  if (s.includes('<')) {
    s = s
      .replace(/<((?:https?|mailto):[^>]+|[^>@\s]+@[^>\s]+)>/g, '$1') // autolinks
      .replace(/<\/?[a-zA-Z][^>]*>/g, ''); // inline HTML
  }
  if (s.includes('`')) s = s.replace(/`+([^`]*)`+/g, '$1');
  if (s.includes('*') || s.includes('_')) {
    s = s
      .replace(/(\*\*|__)(.+?)\1/g, '$2')
      .replace(/(^|[^\p{L}\p{N}])[*_]([^*_\n]+?)[*_](?![\p{L}\p{N}])/gu, '$1$2');
  }
  if (s.includes('~~')) s = s.replace(/~~(.+?)~~/g, '$1');
  if (s.includes('\\')) s = s.replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, '$1');
  return s
    .replace(/[*_`#|]+|~~/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

function splitRow(line: string): string[] {
  return line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => stripInline(c));
}

const isTableSep = (l: string) => /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(l);

/** Returns paragraphs (one string each) in reading order. */
export function markdownToParagraphs(markdown: string): string[] {
  let src = markdown.normalize('NFC').replace(/\r\n?/g, '\n');
  src = src.replace(/^---\n[\s\S]*?\n---\n?/, ''); // front matter
  src = src.replace(/<!--[\s\S]*?-->/g, '');
  const lines = src.split('\n');
  // Lines of a block (no blank line between them) that holds a ticked task item; most texts have none.
  const ticked = new Set<number>();
  if (/\[[xX]\]/.test(src)) for (let i = 0, start = 0; i <= lines.length; i++) {
    if (i < lines.length && lines[i]!.trim()) continue;
    if (lines.slice(start, i).some((l) => TICKED.test(l))) for (let k = start; k < i; k++) ticked.add(k);
    start = i + 1;
  }
  const paras: string[] = [];
  let current: string[] = [];
  const flush = () => {
    const text = current.join(' ').replace(/\s+/g, ' ').trim();
    if (text) paras.push(text);
    current = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^\s*(```|~~~)/.test(line)) {
      // Code is not read on air.
      flush();
      const fence = line.trim().slice(0, 3);
      while (i + 1 < lines.length && !lines[i + 1]!.trim().startsWith(fence)) i++;
      i++;
      continue;
    }
    if (!line.trim()) { flush(); continue; }
    // A link's address given apart ("[1]: https://…") is not read; its text was, where the link stands.
    if (/^\s{0,3}\[[^\]^][^\]]*\]:\s*\S/.test(line)) { flush(); continue; }
    // A footnote ("[^1]: Kế hoạch số 118…") is read where it stands, announced as such.
    const note = line.match(/^\s{0,3}\[\^[^\]\s]+\]:\s*(.*)$/);
    if (note) { flush(); const n = stripInline(note[1]!); if (n) current.push(`${FOOTNOTE}: ${n}`); continue; }
    if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(line)) { flush(); continue; }
    const heading = line.match(/^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/);
    if (heading) { flush(); const h = stripInline(heading[1]!); if (h) paras.push(endSentence(h)); continue; }
    if (/\|/.test(line) && i + 1 < lines.length && isTableSep(lines[i + 1]!)) {
      // Table: every row becomes "Header: value, Header: value."
      flush();
      const head = splitRow(line);
      i += 1;
      const rows: string[] = [];
      while (i + 1 < lines.length && /\|/.test(lines[i + 1]!) && lines[i + 1]!.trim()) {
        i++;
        const cells = splitRow(lines[i]!);
        const parts = cells.map((c, k) => (c ? (head[k] !== undefined && head[k] ? `${head[k]}: ${c}` : c) : '')).filter(Boolean);
        if (parts.length) rows.push(endSentence(parts.join(', ')));
      }
      if (rows.length) paras.push(rows.join(' '));
      continue;
    }
    // "III. TỔ CHỨC THỰC HIỆN" on a line of its own (capitals after a Roman numeral) is a heading without "#".
    if (/^\s{0,3}[IVXL]{1,7}[.)]\s+[\p{Lu}\s,\-]+$/u.test(line)) { flush(); paras.push(endSentence(stripInline(line.trim()))); continue; }
    let l = line.replace(/^\s{0,3}(>\s?)+/, '');
    const item = l.match(/^\s*(?:[-*+]|\d{1,3}[.)])\s+(?:\[([ xX])\]\s+)?(.*)$/);
    if (item) {
      // List items become sentences of one paragraph.
      const prev = current.length ? current[current.length - 1]! : '';
      if (current.length && !/[.!?…:;]$/.test(prev)) current[current.length - 1] = endSentence(prev);
      const text = stripInline(item[2]!);
      const tick = item[1] === undefined || !ticked.has(i) ? '' : `${item[1] === ' ' ? TASK_OPEN : TASK_DONE}: `;
      if (text) current.push(endSentence(tick + text.replace(/[;,]$/, '')));
      continue;
    }
    l = l.replace(/\s*\\$/, '').replace(/ {2,}$/, '');
    const text = stripInline(l);
    if (text) current.push(text);
  }
  flush();
  return paras.map(endSentence);
}
