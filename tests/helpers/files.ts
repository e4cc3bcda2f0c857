/** Output folders compared file by file (warm rebuilds against cold ones). */
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';

/** Every file under a folder, by path relative to it. */
export function files(dir: string, rel = ''): string[] {
  return fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(dir, path.join(rel, e.name)) : [path.join(rel, e.name)],
  );
}

/** Folders a and b hold the same files, byte for byte. */
export function expectSameFiles(a: string, b: string): void {
  const inA = files(a).sort();
  expect(inA).toEqual(files(b).sort());
  expect(inA.filter((f) => !fs.readFileSync(path.join(a, f)).equals(fs.readFileSync(path.join(b, f))))).toEqual([]);
}
