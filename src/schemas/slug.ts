/**
 * ASCII slugs without diacritics. NFD decomposition removes most Vietnamese marks, but đ/Đ are
 * separate letters in Unicode (they do not decompose), so they are mapped by hand.
 */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

export function slugify(text: string): string {
  return foldDiacritics(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** NFC, the one form Vietnamese text is stored and compared in. */
export function nfc(text: string): string {
  return text.normalize('NFC');
}
