/**
 * Pasting into the CMS's rich-text editor keeps what staff pasted from Word, LibreOffice or
 * Google Docs: bold, lists and tables (src/cms/pasted-html.ts). Decap's own paste lets them go,
 * and offers no way to change it, so the paste is taken before Decap sees it and handed to the
 * editor (Slate) as its own fragment, the way the editor receives a copy from itself. A copy from
 * the editor itself, a paste with no HTML (plain text) and a paste into Markdown mode are left to
 * Decap; a paste into a table's cell is its text on one line.
 */
import { pastedHtmlToSlate } from './pasted-html.ts';

/** Slate's clipboard format (`withReact`'s default key). */
const SLATE_FRAGMENT = 'application/x-slate-fragment';

export function keepPastedFormatting(win: Window = window): void {
  win.addEventListener(
    'paste',
    (event) => {
      const target = event.target instanceof Element ? event.target : (event.target as Node | null)?.parentElement;
      const editor = target?.closest('[data-slate-editor="true"]');
      const clipboard = event.clipboardData;
      if (!editor || !isRichText(editor) || !clipboard || clipboard.types.includes(SLATE_FRAGMENT)) return;
      const html = clipboard.getData('text/html');
      if (!html) return;
      const transfer = new DataTransfer();
      if (inTableCell(editor, win)) {
        // A cell holds one line: Decap would put the paste's paragraphs (or a table) in it.
        transfer.setData('text/plain', clipboard.getData('text/plain').replace(/\s+/g, ' ').trim());
      } else {
        const fragment = pastedHtmlToSlate(html, win.location.href);
        if (!fragment.length) return;
        transfer.setData(SLATE_FRAGMENT, btoa(encodeURIComponent(JSON.stringify(fragment))));
        transfer.setData('text/plain', clipboard.getData('text/plain'));
      }
      event.preventDefault();
      event.stopImmediatePropagation();
      // What the browser itself sends an editor after a paste; Slate inserts it where the caret is.
      editor.dispatchEvent(new InputEvent('beforeinput', { inputType: 'insertFromPaste', dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    true,
  );
}

/**
 * Decap's Markdown mode (the only mode of documents and criteria) is a Slate editor too, of plain
 * lines, which would take the fragment's tables and lists for lines and lose them. It draws each
 * line as a `div`; the rich-text editor draws paragraphs, headings, lists and tables as such, and
 * a block it cannot edit in place (a code block) as a `div` holding a part that is not editable
 * (Slate's placeholder of an empty editor is not editable either, in either mode).
 */
function isRichText(editor: Element): boolean {
  return [...editor.children].some((child) => child.tagName !== 'DIV' || child.querySelector('[contenteditable="false"]:not([data-slate-placeholder])'));
}

function inTableCell(editor: Element, win: Window): boolean {
  const caret = win.getSelection()?.anchorNode;
  const at = caret instanceof Element ? caret : caret?.parentElement;
  const cell = at?.closest('td, th');
  return Boolean(cell && editor.contains(cell));
}
