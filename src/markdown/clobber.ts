/** What the sanitiser puts before every id and name staff write, so none clashes with the page's own. */
export const CLOBBER_PREFIX = 'noi-dung-';
