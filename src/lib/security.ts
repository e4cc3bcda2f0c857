/**
 * Content-Security-Policy of the site: one source for the `<meta http-equiv>` that Base.astro
 * writes into every page and for `public/_headers` (Netlify / Cloudflare Pages format), which a
 * test keeps byte-equal to `headersFile()`.
 *
 * Scripts: only files from the site itself; Astro is configured never to inline a script
 * (astro.config.mjs), so no inline script exists to hash and none is allowed. Styles allow
 * 'unsafe-inline': Astro inlines small stylesheets and components set CSS variables in `style=""`
 * (timeline spans, chart bars); CSS cannot run code, and hashes would not cover style attributes.
 * The search page and Pagefind's worker script add 'wasm-unsafe-eval' for its WebAssembly; the
 * CMS under /admin/ gets its own, relaxed policy (Decap evaluates code and injects styles, and talks to its backend).
 */

import { ADMIN_PATH, BROADCAST_FEED_JSON_PATH, PAGEFIND_PATH, SEARCH_PATH } from '../routes.ts';

type Policy = Record<string, string[]>;

const SITE: Policy = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'media-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

const SEARCH: Policy = { ...SITE, 'script-src': ["'self'", "'wasm-unsafe-eval'"] };

const ADMIN: Policy = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'unsafe-eval'", "'unsafe-inline'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  // The CMS backend is the site's own server (/admin/api/v1); blob: and data: for image previews.
  'connect-src': ["'self'", 'blob:', 'data:'],
  'frame-src': ["'self'", 'blob:'],
  'worker-src': ["'self'", 'blob:'],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/** URL prefixes with a policy of their own, most specific first; everything else gets SITE. */
const SECTIONS: [prefix: string, policy: Policy][] = [
  [ADMIN_PATH, ADMIN],
  [SEARCH_PATH, SEARCH],
  // Pagefind's Web Worker runs under the policy of its own response, not the page's.
  [PAGEFIND_PATH, SEARCH],
];

const policyFor = (pathname: string) => SECTIONS.find(([prefix]) => pathname.startsWith(prefix))?.[1] ?? SITE;

const serialize = (policy: Policy, drop: string[] = []) =>
  Object.entries(policy)
    .filter(([name]) => !drop.includes(name))
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');

/** The policy sent as an HTTP header for a page. */
export function cspHeader(pathname: string): string {
  return serialize(policyFor(pathname));
}

/**
 * The policy as a `<meta http-equiv>`: browsers ignore frame-ancestors there (and log an error
 * about it), so it is left out; the header carries it.
 */
export function cspMeta(pathname: string): string {
  return serialize(policyFor(pathname), ['frame-ancestors']);
}

/** Headers every response gets besides the policy. */
const COMMON_HEADERS: [string, string][] = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['X-Frame-Options', 'DENY'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=()'],
];

/**
 * `public/_headers`. A request matching several rules gets the headers of all of them; the
 * section rules first detach the site-wide policy (`! Content-Security-Policy`, Cloudflare Pages),
 * since two policies would both apply and the stricter would win. Netlify serves the most specific
 * rule's value for a header and does not know the `!` line: remove those lines when deploying there.
 */
export function headersFile(): string {
  const lines = [
    '# Written by `node scripts/headers.ts` from src/lib/security.ts: edit there, not here.',
    '/*',
    `  Content-Security-Policy: ${serialize(SITE)}`,
    ...COMMON_HEADERS.map(([k, v]) => `  ${k}: ${v}`),
  ];
  for (const [prefix, policy] of [...SECTIONS].reverse()) {
    lines.push('', `${prefix}*`, '  ! Content-Security-Policy', `  Content-Security-Policy: ${serialize(policy)}`);
  }
  // Broadcast feeds and texts (issue #8): hosts guess application/json and text/plain without a charset.
  lines.push('', BROADCAST_FEED_JSON_PATH, '  Content-Type: application/feed+json; charset=utf-8');
  return lines.join('\n') + '\n';
}
