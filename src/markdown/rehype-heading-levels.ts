import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

const HEADING = /^h([1-6])$/;

/**
 * Headings of a body placed under the page's own h1 (the entry's title), in an outline with no
 * step skipped, whatever was typed or pasted: a body that uses "#" (Word's Heading 1) has every
 * heading moved one level down, and a heading more than one level below the one before it is
 * raised to the next level ("##" then "####" reads as h2, h3). The text is kept; only the level
 * changes, so screen readers' heading lists and the anchors (h2–h4) follow the page.
 */
export default function rehypeHeadingLevels() {
  return (tree: Root) => {
    const headings: { node: Element; level: number }[] = [];
    visit(tree, 'element', (node: Element) => {
      const m = HEADING.exec(node.tagName);
      if (m) headings.push({ node, level: Number(m[1]) });
    });
    const shift = headings.some((h) => h.level === 1) ? 1 : 0;
    let previous = 1;
    for (const { node, level } of headings) {
      const placed = Math.min(level + shift, previous + 1, 6);
      node.tagName = `h${placed}`;
      previous = placed;
    }
  };
}
