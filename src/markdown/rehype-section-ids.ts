import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { slugify } from '../schemas/slug.ts';

const ROMAN = /^([IVX]+)\.\s/;
const NUMBERED = /^(\d+(?:\.\d+)*)\.\s/;

/**
 * ASCII heading ids. Numbered sections of an official text get ids from their numbers, so a link
 * to "IV.1.1" reads `#muc-iv-1-1` and survives edits of the heading's wording; a numbered heading
 * is placed under the last Roman-numeral part. Other headings get a slug of their text.
 */
export default function rehypeSectionIds() {
  return (tree: Root) => {
    const seen = new Map<string, number>();
    let part = '';
    visit(tree, 'element', (node: Element) => {
      if (!/^h[2-6]$/.test(node.tagName) || node.properties.id) return;
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
      const n = seen.get(id) ?? 0;
      seen.set(id, n + 1);
      node.properties.id = n ? `${id}-${n + 1}` : id;
    });
  };
}
