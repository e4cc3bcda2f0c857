/**
 * The git plumbing the CMS backend and the rebuilds need, run as `git` with argument lists (no
 * shell). Nothing here checks out, resets or writes a working tree: blobs, trees and commits are
 * written into the object store through a temporary index, and branches move with a
 * compare-and-swap `update-ref`. Writes are serialised by one queue per repository.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface Author { name: string; email: string }
export interface TreeFile { path: string; sha: string; mode: string }
export class GitError extends Error {}

/** Git configuration that could run a program is ignored: hooks never run for plumbing, and these are pinned. */
const SAFE = ['-c', 'core.fsmonitor=false', '-c', 'core.hooksPath=/dev/null', '-c', 'protocol.allow=never'];

/** Paths given to ls-tree and ls-files are names, not patterns (a `[` or `*` in a file name). */
const LITERAL = { env: { GIT_LITERAL_PATHSPECS: '1' } };

/** Blob entries of `ls-tree -z` output (`mode type sha<TAB>path`). */
function treeFiles(out: Buffer): TreeFile[] {
  return out.toString('utf8').split('\0').filter(Boolean).flatMap((line) => {
    const tab = line.indexOf('\t');
    const [mode, type, sha] = line.slice(0, tab).split(' ') as [string, string, string];
    return type === 'blob' ? [{ mode, sha, path: line.slice(tab + 1) }] : [];
  });
}

export class Git {
  #queue: Promise<unknown> = Promise.resolve();

  readonly root: string;
  constructor(root: string) {
    this.root = root;
  }

  /** Runs git; resolves with stdout, rejects on a non-zero exit. */
  run(args: string[], opts: { input?: Buffer | string; env?: Record<string, string>; allowFail?: boolean } = {}): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      const child = spawn('git', [...SAFE, ...args], {
        cwd: this.root,
        env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? os.homedir(), GIT_CONFIG_NOSYSTEM: '1', GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', ...opts.env },
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout.on('data', (d: Buffer) => out.push(d));
      child.stderr.on('data', (d: Buffer) => err.push(d));
      child.on('error', reject);
      child.on('close', (code) => {
        if (code === 0 || opts.allowFail) resolve(Buffer.concat(out));
        else reject(new GitError(`git ${args[0]} thất bại (${code}): ${Buffer.concat(err).toString().trim()}`));
      });
      // A command that needs no input may exit before reading it.
      child.stdin.on('error', () => {});
      child.stdin.end(opts.input ?? '');
    });
  }

  /** Runs `task` after every earlier one has finished: one writer at a time. */
  serial<T>(task: () => Promise<T>): Promise<T> {
    const next = this.#queue.then(task, task);
    this.#queue = next.catch(() => undefined);
    return next;
  }

  async revParse(ref: string): Promise<string | undefined> {
    const out = (await this.run(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { allowFail: true })).toString().trim();
    return /^[0-9a-f]{40,64}$/.test(out) ? out : undefined;
  }

  /** Files under `folder` (recursively when `recursive`) at `rev`. */
  async lsTree(rev: string, folder: string, recursive = false): Promise<TreeFile[]> {
    const args = ['ls-tree', '-z', ...(recursive ? ['-r'] : []), rev, '--', folder ? `${folder.replace(/\/+$/, '')}/` : '.'];
    return treeFiles(await this.run(args));
  }

  /** The files at `rev` among `paths` (file paths, not patterns), by path. */
  async filesAt(rev: string, paths: string[]): Promise<Map<string, TreeFile>> {
    const out = await this.run(['ls-tree', '-r', '-z', rev, '--', ...paths], LITERAL);
    return new Map(treeFiles(out).map((f) => [f.path, f]));
  }

  /** The index's entries among `paths` (file paths, not patterns), by path, with their stage. */
  async indexEntries(paths: string[]): Promise<Map<string, TreeFile & { stage: string }>> {
    const out = (await this.run(['ls-files', '-s', '-z', '--', ...paths], LITERAL)).toString('utf8');
    const entries = new Map<string, TreeFile & { stage: string }>();
    for (const line of out.split('\0').filter(Boolean)) {
      const tab = line.indexOf('\t');
      const [mode, sha, stage] = line.slice(0, tab).split(' ') as [string, string, string];
      entries.set(line.slice(tab + 1), { mode, sha, stage, path: line.slice(tab + 1) });
    }
    return entries;
  }

  /** Contents of many blobs in one `cat-file --batch`. */
  async readBlobs(shas: string[]): Promise<Map<string, Buffer>> {
    const result = new Map<string, Buffer>();
    if (!shas.length) return result;
    const out = await this.run(['cat-file', '--batch'], { input: `${shas.join('\n')}\n` });
    let at = 0;
    while (at < out.length) {
      const nl = out.indexOf(10, at);
      const [sha, type, size] = out.subarray(at, nl).toString().split(' ') as [string, string, string];
      if (type === 'missing' || size === undefined) {
        at = nl + 1;
        continue;
      }
      const n = Number(size);
      result.set(sha, out.subarray(nl + 1, nl + 1 + n));
      at = nl + 1 + n + 1;
    }
    return result;
  }

  /** The file at `rev:path`, or undefined. */
  async readFile(rev: string, file: string): Promise<{ sha: string; data: Buffer } | undefined> {
    const [entry] = (await this.lsTree(rev, path.posix.dirname(file) === '.' ? '' : path.posix.dirname(file))).filter((f) => f.path === file);
    if (!entry) return undefined;
    const data = (await this.readBlobs([entry.sha])).get(entry.sha);
    return data ? { sha: entry.sha, data } : undefined;
  }

  /** The blob id of `data`, written into the object store unless `write` is false. */
  async hashObject(data: Buffer, write = true): Promise<string> {
    return (await this.run(['hash-object', ...(write ? ['-w'] : []), '--stdin'], { input: data })).toString().trim();
  }

  /**
   * A commit whose tree is `base`'s with `changes` applied (a Buffer writes the file, null removes
   * it), through a temporary index: the repository's own index and working tree are untouched.
   */
  async commit(base: string, changes: Map<string, Buffer | null>, opts: { parents: string[]; author: Author; message: string }): Promise<string> {
    const index = path.join(os.tmpdir(), `vd-index-${process.pid}-${Math.random().toString(36).slice(2)}`);
    const env = { GIT_INDEX_FILE: index };
    try {
      await this.run(['read-tree', base], { env });
      const entries = new Map<string, Pick<TreeFile, 'mode' | 'sha'> | null>();
      for (const [file, data] of changes) entries.set(file, data === null ? null : { mode: '100644', sha: await this.hashObject(data) });
      await this.updateIndex(entries, env);
      const tree = (await this.run(['write-tree'], { env })).toString().trim();
      const who = { GIT_AUTHOR_NAME: opts.author.name, GIT_AUTHOR_EMAIL: opts.author.email, GIT_COMMITTER_NAME: opts.author.name, GIT_COMMITTER_EMAIL: opts.author.email };
      const parents = opts.parents.flatMap((p) => ['-p', p]);
      return (await this.run(['commit-tree', tree, ...parents, '-F', '-'], { env: who, input: opts.message })).toString().trim();
    } finally {
      fs.rmSync(index, { force: true });
    }
  }

  /**
   * Sets index entries (null removes one): the repository's own index, or the one `env` names
   * (GIT_INDEX_FILE).
   */
  async updateIndex(entries: Map<string, Pick<TreeFile, 'mode' | 'sha'> | null>, env?: Record<string, string>): Promise<void> {
    if (!entries.size) return;
    const lines = [...entries].map(([file, e]) => (e ? `${e.mode} ${e.sha}\t${file}` : `0 ${'0'.repeat(40)}\t${file}`));
    await this.run(['update-index', '-z', '--index-info'], { env, input: lines.join('\0') + '\0' });
  }

  /** Moves `ref` to `sha` only if it still points at `expected` ('' for a ref that must not exist yet). */
  async updateRef(ref: string, sha: string, expected: string): Promise<void> {
    await this.run(['update-ref', ref, sha, expected || '0'.repeat(40)]);
  }

  async deleteRef(ref: string): Promise<void> {
    await this.run(['update-ref', '-d', ref]);
  }

  /** Branch names under a prefix (`cms/`). */
  async branches(prefix: string): Promise<string[]> {
    const out = (await this.run(['for-each-ref', '--format=%(refname:strip=2)', `refs/heads/${prefix}`])).toString();
    return out.split('\n').filter(Boolean);
  }

  async mergeBase(a: string, b: string): Promise<string> {
    return (await this.run(['merge-base', a, b])).toString().trim();
  }

  /** Paths that differ between two commits: added, modified or deleted. */
  async changedPaths(from: string, to: string): Promise<{ status: 'A' | 'M' | 'D'; path: string }[]> {
    const out = (await this.run(['diff-tree', '-r', '-z', '--no-renames', '--name-status', from, to])).toString('utf8').split('\0');
    const changes: { status: 'A' | 'M' | 'D'; path: string }[] = [];
    for (let i = 0; i + 1 < out.length; i += 2) {
      const status = out[i]!.charAt(0);
      if (status === 'A' || status === 'M' || status === 'D') changes.push({ status, path: out[i + 1]! });
    }
    return changes;
  }

  async commitDate(rev: string): Promise<string> {
    return (await this.run(['show', '-s', '--format=%cI', rev])).toString().trim();
  }

  /** Writes the files under `folder` at `rev` into `dir` (git archive, read by tar). */
  async exportTree(rev: string, folder: string, dir: string): Promise<void> {
    fs.mkdirSync(dir, { recursive: true });
    const tar = await this.run(['archive', '--format=tar', rev, ...(folder ? ['--', folder] : [])]);
    await new Promise<void>((resolve, reject) => {
      const child = spawn('tar', ['-x', '--no-same-owner', '-C', dir], { stdio: ['pipe', 'ignore', 'pipe'] });
      const err: Buffer[] = [];
      child.stderr.on('data', (d: Buffer) => err.push(d));
      child.on('error', reject);
      child.on('close', (code) => (code === 0 ? resolve() : reject(new GitError(`tar: ${Buffer.concat(err).toString()}`))));
      child.stdin.on('error', () => {});
      child.stdin.end(tar);
    });
  }
}
