/**
 * JSON-LD for a `<script type="application/ld+json">` block. Every `<` is written as `\u003c`:
 * a title containing `</script>` would otherwise close the block and let the rest run as a script.
 */
export function jsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
