/**
 * The first publication of its kind (issue 20): the real content has no initiatives yet, so the
 * publishing server's first initiative is a warm rebuild from a cache made while the collection
 * was empty (a collection without files is left out of Astro's store, and src/data/collections.ts
 * then never asks Astro for it). The new entry must show up: its page, with its picture, on the
 * list, and the build must equal a cold build of the same content, file for file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INITIATIVES_PATH, initiativePath } from '../../src/routes.ts';
import { expectSameFiles } from '../helpers/files.ts';
import { ROOT, buildContent } from '../helpers/sites.ts';

const work = path.join(ROOT, '.tmp/quality', `warm-first-entry-${process.pid}`);
const content = path.join(work, 'content');
const cache = path.join(work, 'cache');
const out = (n: number) => path.join(work, `out-${n}`);
const ID = 'ban-do-so-thon-dong-hoa';
const TITLE = 'Bản đồ số thôn Đông Hòa';
const page = (n: number, urlPath: string) => path.join(out(n), urlPath.slice(1), 'index.html');

function build(n: number, cold = false): string {
  const result = buildContent(content, out(n), cold ? {} : { ASTRO_CACHE_DIR: cache });
  if (result.status !== 0) throw new Error(`build ${n} failed:\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`);
  return `${result.stdout}\n${result.stderr}`;
}

let before = '';
beforeAll(() => {
  fs.rmSync(work, { recursive: true, force: true });
  fs.cpSync(path.join(ROOT, 'content'), content, { recursive: true });
  expect(fs.readdirSync(path.join(content, 'initiatives')).filter((f) => f.endsWith('.md'))).toEqual([]);
  before = build(1);
  // The demo's initiative with its picture, carried by a unit the real content has.
  const demo = path.join(ROOT, 'fixtures/demo/initiatives');
  const unit = fs.readdirSync(path.join(content, 'units')).find((f) => f.endsWith('.yml'))!.slice(0, -'.yml'.length);
  fs.writeFileSync(path.join(content, 'initiatives', `${ID}.md`), fs.readFileSync(path.join(demo, `${ID}.md`), 'utf8').replace(/^unit: .*$/m, `unit: ${unit}`));
  fs.copyFileSync(path.join(demo, `${ID}.jpg`), path.join(content, 'initiatives', `${ID}.jpg`));
  build(2);
  build(3, true);
}, 600_000);

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('the first entry of an empty collection, in a warm rebuild', () => {
  it('was built from an empty collection without a warning', () => {
    expect(fs.existsSync(page(1, initiativePath(ID)))).toBe(false);
    expect(before).not.toMatch(/\[WARN\]/);
  });

  it('has its page, with its picture, and is on the list', () => {
    const html = fs.readFileSync(page(2, initiativePath(ID)), 'utf8');
    expect(html).toContain(TITLE);
    expect(html).toMatch(/<img\b[^>]*src="\/_astro\/[^"]+"/);
    expect(fs.readFileSync(page(2, INITIATIVES_PATH), 'utf8')).toContain(TITLE);
  });

  it('equals a cold build of the same content, file for file', () => {
    expectSameFiles(out(2), out(3));
  });
});
