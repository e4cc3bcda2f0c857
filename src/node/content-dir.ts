import path from 'node:path';

// No imports beyond node:path: scripts/build.ts reads it beside Astro, whose memory peak is the
// build's, and every megabyte this process holds counts there.

/** Root of the content being built: `CONTENT_DIR` when set (tests, demos, benchmarks), else `./content`. */
export function contentDir(): string {
  return path.resolve(process.env.CONTENT_DIR || 'content');
}
