/** decap-cms-locales ships no types: each export is a locale's phrase tree. */
declare module 'decap-cms-locales' {
  export const vi: Record<string, unknown>;
}
/** One locale's module (tests/unit/decap-locale.test.ts reads English beside Vietnamese). */
declare module 'decap-cms-locales/dist/esm/*/index.js' {
  const locale: Record<string, unknown>;
  export default locale;
}
