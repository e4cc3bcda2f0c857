/**
 * Where the CMS reads and writes. Decap names folders relative to a repository root: the git
 * repository that holds the content (so `content/stories` in a clone of this project), or the
 * content folder itself when it is not tracked by git (a generated or copied folder, which
 * `npm run dev` can still edit; the publishing server needs git).
 * The same answer feeds `/admin/config.yml` (build), the server and `npm run dev`.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { contentDir } from '../node/content-dir.ts';

export interface CmsRepository {
  /** The repository root (or the content folder when it is not in git). */
  root: string;
  /** The content folder relative to `root`, with `/` separators; '' when they are the same. */
  contentFolder: string;
  /** `git` when the content is tracked by git, else `fs`. */
  mode: 'git' | 'fs';
}

function git(cwd: string, args: string[]) {
  return spawnSync('git', args, { cwd, encoding: 'utf8' });
}

export function cmsRepository(dir: string = contentDir()): CmsRepository {
  const content = fs.realpathSync(dir);
  const top = git(content, ['rev-parse', '--show-toplevel']);
  if (top.status === 0) {
    const root = fs.realpathSync(top.stdout.trim());
    const contentFolder = path.relative(root, content).split(path.sep).join('/');
    // An ignored folder inside a repository (test or benchmark output) is not the repository's content.
    const ignored = contentFolder !== '' && git(root, ['check-ignore', '-q', contentFolder]).status === 0;
    if (!ignored) return { root, contentFolder, mode: 'git' };
  }
  return { root: content, contentFolder: '', mode: 'fs' };
}
