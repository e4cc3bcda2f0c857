import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { t } from '../i18n/vi.ts';

/**
 * Each table of a body in a box that scrolls sideways on its own, as WideTable does on the pages
 * (the same `.wide-table` box): a table of four columns is wider than a 320 px phone, and the
 * whole page would scroll instead. The box is a region named "Bảng n trong bài" that takes focus,
 * so a keyboard can scroll it (axe: scrollable-region-focusable, landmark names unique).
 */
export default function rehypeTables() {
  return (tree: Root) => {
    let n = 0;
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'table' || !parent || index === undefined) return;
      n += 1;
      parent.children[index] = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['wide-table'], role: 'region', ariaLabel: t('doc.tableLabel', { n }), tabIndex: 0 },
        children: [node],
      };
      return 'skip';
    });
  };
}
