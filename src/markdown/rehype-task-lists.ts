import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** Elements a `<label>` may not hold (it takes phrasing content only): where its text ends. */
const BLOCKS = new Set(['ul', 'ol', 'p', 'div', 'table', 'blockquote', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'section']);

/**
 * A GFM task list (`- [ ] việc`, `- [x] việc`) renders a disabled checkbox before each item's
 * text, with nothing naming it: axe's `label` rule fails the page (critical), and a screen reader
 * says only "hộp kiểm, không chọn". The checkbox and the item's words up to its first block (a
 * nested list, say) are put in one `<label>`, so the words name the box. In a loose list the box
 * sits in the item's first paragraph, and the label goes inside that paragraph.
 */
export default function rehypeTaskLists() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'input' || node.properties.type !== 'checkbox' || index === undefined || !parent || parent.type !== 'element') return;
      const words: ElementContent[] = [node];
      for (const next of parent.children.slice(index + 1)) {
        if (next.type === 'element' && BLOCKS.has(next.tagName)) break;
        words.push(next);
      }
      const label: Element = { type: 'element', tagName: 'label', properties: {}, children: words };
      parent.children.splice(index, words.length, label);
      return 'skip';
    });
  };
}
