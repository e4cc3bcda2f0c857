import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { PAGE_IDS } from '../routes.ts';
import { slugify } from '../schemas/slug.ts';

const ROMAN = /^([IVX]+)\.\s/;
const NUMBERED = /^(\d+(?:\.\d+)*)\.\s/;

/**
 * ASCII heading ids. Numbered sections of an official text get ids from their numbers, so a link
 * to "IV.1.1" reads `#muc-iv-1-1` and survives edits of the heading's wording; a numbered heading
 * is placed under the last Roman-numeral part. Other headings get a slug of their text. An id
 * the page itself uses (PAGE_IDS: "noi-dung-chinh", "khen-thuong") is taken already, so a heading of
 * that name gets "-2"; no id is given twice.
 */
export default function rehypeSectionIds() {
  return (tree: Root) => {
    // Ids already there (footnotes, after the sanitiser's prefix) are taken too.
    const taken = new Set<string>(Object.values(PAGE_IDS));
    const headings: Element[] = [];
    visit(tree, 'element', (node: Element) => {
      if (node.properties.id) taken.add(String(node.properties.id));
      else if (/^h[2-6]$/.test(node.tagName)) headings.push(node);
    });
    let part = '';
    for (const node of headings) {
      const text = toString(node).trim();
      const roman = ROMAN.exec(text);
      const numbered = NUMBERED.exec(text);
      let id: string;
      if (roman) {
        part = roman[1]!.toLowerCase();
        id = `muc-${part}`;
      } else if (numbered) {
        id = ['muc', part, ...numbered[1]!.split('.')].filter(Boolean).join('-');
      } else {
        id = slugify(text) || 'muc';
      }
      // The first free of id, id-2, id-3…: "Kết quả", "Kết quả 2", "Kết quả" give ket-qua, ket-qua-2, ket-qua-3.
      let unique = id;
      for (let n = 2; taken.has(unique); n++) unique = `${id}-${n}`;
      taken.add(unique);
      node.properties.id = unique;
    }
  };
}
