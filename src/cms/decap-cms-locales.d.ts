/** decap-cms-locales ships no types: each export is a locale's phrase tree. */
declare module 'decap-cms-locales' {
  export const vi: Record<string, unknown>;
}
