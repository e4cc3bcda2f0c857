import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

/** Text reaches the page in Unicode NFC whatever form the file was saved in (some editors write NFD). */
export default function rehypeNfc() {
  return (tree: Root) => {
    visit(tree, 'text', (node) => {
      node.value = node.value.normalize('NFC');
    });
  };
}
