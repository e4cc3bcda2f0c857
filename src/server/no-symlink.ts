/**
 * Writing `rel` under `root` must land under `root`: refused when any existing part of the path
 * (the file or a folder on the way) is a symbolic link, which could lead anywhere.
 */
import fs from 'node:fs';
import path from 'node:path';

export class SymlinkRefused extends Error {}

/** The absolute path of `rel` under `root`, or SymlinkRefused. */
export function safeTarget(root: string, rel: string): string {
  const full = path.join(root, rel);
  if (full !== root && !full.startsWith(root + path.sep)) throw new SymlinkRefused(rel);
  for (let at = full; at !== root && at.startsWith(root); at = path.dirname(at)) {
    if (fs.lstatSync(at, { throwIfNoEntry: false })?.isSymbolicLink()) throw new SymlinkRefused(rel);
  }
  return full;
}
