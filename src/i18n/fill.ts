/**
 * Fills the `{name}` placeholders of a UI string from `params`; a name not given stays as written.
 * All at once, so a value that holds braces (a visitor's query) is never filled in turn. No imports:
 * `t()` uses it, and so do the pages' scripts, which get their strings as data.
 */
export function fill(text: string, params: Record<string, string | number>): string {
  // Most strings have no placeholder, and t() runs hundreds of times a page.
  return text.includes('{') ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m)) : text;
}
