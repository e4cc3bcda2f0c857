import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { t } from '../i18n/vi.ts';

/**
 * A code block of a body keeps its lines (white-space: pre), so a long one is wider than a 320 px
 * phone: it scrolls sideways inside itself (`pre` in src/styles/global.css) instead of the page,
 * and, like a wide table's box (rehype-tables.ts), is a named region that takes focus, so a
 * keyboard can scroll it too.
 */
export default function rehypeCodeBlocks() {
  return (tree: Root) => {
    let n = 0;
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'pre') return;
      n += 1;
      Object.assign(node.properties, { role: 'region', ariaLabel: t('doc.codeLabel', { n }), tabIndex: 0 });
      return 'skip';
    });
  };
}
