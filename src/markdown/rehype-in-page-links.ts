import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { CLOBBER_PREFIX, fragmentId } from './clobber.ts';

/**
 * In-page links of a body that point at an id the sanitiser prefixed (CLOBBER_PREFIX, so staff
 * ids cannot clash with the page's own): a footnote's "[^1]" links to "#fn-1" while its note
 * became "noi-dung-fn-1", so the link went nowhere. Such a link is given the prefixed id; links
 * to an id that exists as written (the headings' ids, set after sanitising) are left alone.
 */
export default function rehypeInPageLinks() {
  return (tree: Root) => {
    const ids = new Set<string>();
    const links: Element[] = [];
    visit(tree, 'element', (node: Element) => {
      if (typeof node.properties.id === 'string') ids.add(node.properties.id);
      if (node.tagName === 'a' && typeof node.properties.href === 'string' && node.properties.href.startsWith('#')) links.push(node);
    });
    for (const a of links) {
      const id = fragmentId((a.properties.href as string).slice(1));
      if (id !== undefined && !ids.has(id) && ids.has(CLOBBER_PREFIX + id)) a.properties.href = `#${CLOBBER_PREFIX}${id}`;
    }
  };
}
