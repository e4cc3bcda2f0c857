/**
 * Where the CMS reads and writes. Decap names folders relative to a repository root: the git
 * repository that holds the content (so `content/stories` in a clone of this project), or the
 * content folder itself when it is not tracked by git (a generated or copied folder), in which
 * case the local backend writes files directly and there is no editorial workflow.
 * The same answer feeds `/admin/config.yml` (build) and decap-server (`npm start`, `npm run dev`).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { contentDir } from '../lib/content-dir.ts';

export interface CmsRepository {
  /** Directory decap-server serves (its GIT_REPO_DIRECTORY). */
  root: string;
  /** The content folder relative to `root`, with `/` separators; '' when they are the same. */
  contentFolder: string;
  /** decap-server mode: `git` (commits, editorial workflow) or `fs` (plain files). */
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

/** Whether a git repository has uncommitted changes (tracked or untracked, not ignored). */
export function hasUncommittedChanges(root: string): boolean {
  return git(root, ['status', '--porcelain']).stdout.trim() !== '';
}

/** Port of the local decap-server; `CMS_PORT` moves it (tests, or a second checkout running). */
export function cmsPort(): number {
  const port = Number(process.env.CMS_PORT || 8081);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`CMS_PORT không hợp lệ: "${process.env.CMS_PORT}"`);
  return port;
}

/** Loopback only: the local backend writes to disk without any login, so nothing else may reach it. */
export const CMS_HOST = '127.0.0.1';
