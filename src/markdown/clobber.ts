/** What the sanitiser puts before every id and name staff write, so none clashes with the page's own. */
export const CLOBBER_PREFIX = 'noi-dung-';

/** A link's fragment as the id it names; undefined for a malformed escape ("#%E0%A4"), left as written. */
export function fragmentId(fragment: string): string | undefined {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return undefined;
  }
}
