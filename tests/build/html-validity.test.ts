/**
 * HTML validity (issue #10): the W3C Nu validator (`vnu-jar`, on the machine's Java) over one page
 * of each type of the demo site, in a single run (the JVM start is the slow part). Zero errors.
 * A deliberately broken file rides along in the same run, proving the validator really checks.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, ensureSite } from '../helpers/sites.ts';
import { representativePages } from '../helpers/page-types.ts';

const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

/** Runs vnu once over files; returns its messages. */
function validate(files: string[]): VnuMessage[] {
  const run = spawnSync('java', ['-jar', vnuJar, '--format', 'json', '--exit-zero-always', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) throw run.error;
  return (JSON.parse(run.stderr) as { messages: VnuMessage[] }).messages;
}

describe('HTML validity', () => {
  let dir: string;
  let pages: Map<string, string>;
  let messages: VnuMessage[];
  const bad = path.join(ROOT, '.tmp/vnu-known-bad.html');

  beforeAll(() => {
    dir = ensureSite('demo');
    pages = representativePages(dir);
    fs.writeFileSync(bad, '<!doctype html><html lang="vi"><head><title>x</title></head><body><p><div></p></body></html>');
    const files = [...pages.values()].map((p) => path.join(dir, p.endsWith('/') ? `${p}index.html` : p));
    messages = validate([...files, bad]);
    fs.rmSync(bad, { force: true });
  });

  const fileOf = (m: VnuMessage) => (m.url ?? '').replace(/^file:/, '');

  it('finds no errors in one page of each type', () => {
    const ofSite = messages.filter((m) => fileOf(m) !== bad);
    const errors = ofSite
      .filter((m) => m.type !== 'info')
      .map((m) => `${path.relative(dir, fileOf(m))}:${m.lastLine ?? '?'}: ${m.message}${m.extract ? ` «${m.extract.trim()}»` : ''}`);
    console.info(`vnu: ${pages.size} page types (${[...pages.keys()].join(' ')}): ${errors.length} errors, ${ofSite.length - errors.length} warnings`);
    expect(errors).toEqual([]);
  });

  it('reports an error in a broken page (the validator really ran)', () => {
    expect(messages.filter((m) => fileOf(m) === bad && m.type === 'error').length).toBeGreaterThan(0);
  });
});
