/**
 * A checkout of the published branch follows each publication. The CMS backend commits with
 * plumbing only (git.ts); where the content's repository is also a checkout of that branch (a
 * clone of this project on the commune's server, `content/` in it), its working tree and index
 * would otherwise stay at the old commit, and `git status` would show every publication as a
 * local change, which one `git commit -a` or `git checkout .` would undo.
 *
 * Only the files the publication changed are touched, and only where nobody has changed them
 * locally: a file is brought up to date when its index entry and its file on disk are exactly the
 * old commit's (or both absent); anything else is left as it is and reported. Regular files only,
 * never through a symbolic link (no-symlink.ts), only inside the content folder. Nothing happens
 * when the repository is bare or HEAD is another branch.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Git, TreeFile } from './git.ts';
import { safeTarget, SymlinkRefused } from './no-symlink.ts';

export interface Followed {
  /** Paths brought up to the new commit, in the working tree and the index. */
  updated: string[];
  /** Paths the publication changed that were left as they are (changed locally, or not a plain file). */
  left: string[];
}

const REGULAR = new Set(['100644', '100755']);
const NONE: Followed = { updated: [], left: [] };
/** Absent, or a plain file (not a symbolic link or a submodule). */
const plain = (e?: TreeFile) => !e || REGULAR.has(e.mode);

/**
 * After `branch` moved from `from` to `to`, brings the working tree and index of the checkout at
 * `git.root` along for the changed paths under `folder` ('' for the whole repository).
 */
export async function followPublication(git: Git, o: { branch: string; folder: string; from: string; to: string }): Promise<Followed> {
  const inside = (await git.run(['rev-parse', '--is-inside-work-tree'], { allowFail: true })).toString().trim();
  const head = (await git.run(['symbolic-ref', '-q', 'HEAD'], { allowFail: true })).toString().trim();
  if (inside !== 'true' || head !== `refs/heads/${o.branch}`) return NONE;
  const prefix = o.folder ? `${o.folder.replace(/\/+$/, '')}/` : '';
  const paths = (await git.changedPaths(o.from, o.to)).map((c) => c.path).filter((p) => p.startsWith(prefix));
  if (!paths.length) return NONE;
  const before = await git.filesAt(o.from, paths);
  const after = await git.filesAt(o.to, paths);
  const index = await git.indexEntries(paths);

  const updated: string[] = [];
  const left: string[] = [];
  for (const p of paths) {
    const old = before.get(p);
    const next = after.get(p);
    const staged = index.get(p);
    const indexAsBefore = staged ? staged.stage === '0' && staged.sha === old?.sha && staged.mode === old.mode : !old;
    if (!plain(old) || !plain(next) || !indexAsBefore || !(await onDiskAsBefore(git, p, old))) left.push(p);
    else updated.push(p);
  }
  if (!updated.length) return { updated, left };

  // The index first: should git's lock be held (someone running git right now), nothing changes.
  await git.updateIndex(new Map(updated.map((p) => [p, after.get(p) ?? null])));
  const blobs = await git.readBlobs(updated.flatMap((p) => (after.get(p) ? [after.get(p)!.sha] : [])));
  for (const p of updated) {
    const full = safeTarget(git.root, p);
    const next = after.get(p);
    if (!next) {
      fs.rmSync(full, { force: true });
      removeEmptyFolders(path.dirname(full), path.join(git.root, prefix));
      continue;
    }
    fs.mkdirSync(path.dirname(full), { recursive: true });
    // Written beside, then renamed over: a reader never sees half a file.
    const temp = `${full}.vd-${process.pid}.tmp`;
    fs.writeFileSync(temp, blobs.get(next.sha)!, { mode: next.mode === '100755' ? 0o755 : 0o644 });
    fs.renameSync(temp, full);
  }
  // The index entries written above carry no file times: let git record them, so that the
  // files read as unchanged without being hashed again.
  await git.run(['update-index', '-q', '--refresh'], { allowFail: true });
  return { updated, left };
}

/** The file on disk is the old commit's blob (or absent, where the old commit had none). */
async function onDiskAsBefore(git: Git, p: string, old: TreeFile | undefined): Promise<boolean> {
  let full: string;
  try {
    full = safeTarget(git.root, p);
  } catch (err) {
    if (err instanceof SymlinkRefused) return false;
    throw err;
  }
  const stat = fs.lstatSync(full, { throwIfNoEntry: false });
  if (!old) return !stat;
  if (!stat?.isFile()) return false;
  return (await git.hashObject(fs.readFileSync(full), false)) === old.sha;
}

/** Removes `dir` and its parents while they are empty, up to (not including) `stop`, as git checkout does. */
function removeEmptyFolders(dir: string, stop: string): void {
  for (let at = dir; at.startsWith(stop) && at !== path.resolve(stop); at = path.dirname(at)) {
    try {
      fs.rmdirSync(at);
    } catch {
      return;
    }
  }
}
