import path from 'node:path';

/** Root of the content being built: `CONTENT_DIR` when set (tests, demos, benchmarks), else `./content`. */
export function contentDir(): string {
  return path.resolve(process.env.CONTENT_DIR || 'content');
}
