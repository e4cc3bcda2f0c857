import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

/** An address on another site: absolute http(s) or protocol-relative. */
export const isExternalHref = (href: string) => /^(https?:)?\/\//i.test(href);

/**
 * Links staff put to other sites get rel="noopener": the opened page can never script or
 * redirect ours through window.opener, whatever target a later change gives the link.
 */
export default function rehypeExternalLinks() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (node.tagName !== 'a') return;
      const href = node.properties.href;
      if (typeof href !== 'string' || !isExternalHref(href)) return;
      const rel = node.properties.rel;
      // hast keeps rel as a list of tokens; a plain string is tolerated in case a plugin wrote one.
      const values = Array.isArray(rel) ? rel.map(String) : rel ? String(rel).split(/\s+/) : [];
      if (!values.includes('noopener')) values.push('noopener');
      node.properties.rel = values.filter(Boolean);
    });
  };
}
