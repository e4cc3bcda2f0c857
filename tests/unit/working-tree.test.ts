/**
 * A checkout of the published branch follows a publication (src/server/working-tree.ts), on real
 * git repositories: changed, added and deleted files are brought up to date and `git status` is
 * clean; a file changed or staged locally, a symbolic link, another branch checked out and a bare
 * repository are left exactly as they were.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Git } from '../../src/server/git.ts';
import { followPublication } from '../../src/server/working-tree.ts';

const temps: string[] = [];
afterAll(() => temps.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
const who = { name: 'xuatban', email: 'xuatban@nhan-vien.invalid' };

function sh(cwd: string, ...args: string[]): string {
  const r = spawnSync('git', ['-c', 'user.name=Kiểm thử', '-c', 'user.email=kt@example.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

/** A checkout of main with content/ (two stories) and a file outside it. */
function checkout(): { root: string; git: Git } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'vd-wt-'));
  temps.push(root);
  fs.mkdirSync(path.join(root, 'content/stories'), { recursive: true });
  fs.writeFileSync(path.join(root, 'content/stories/a.md'), 'A cũ\n');
  fs.writeFileSync(path.join(root, 'content/stories/b.md'), 'B\n');
  fs.writeFileSync(path.join(root, 'README.md'), 'dự án\n');
  sh(root, 'init', '-q', '-b', 'main');
  sh(root, 'add', '-A');
  sh(root, 'commit', '-q', '-m', 'đầu');
  return { root, git: new Git(root) };
}

/** A publication as the CMS backend makes it: a commit by plumbing, main moved by update-ref. */
async function publish(git: Git, changes: Record<string, string | null>): Promise<{ from: string; to: string }> {
  const from = (await git.revParse('main'))!;
  const map = new Map(Object.entries(changes).map(([p, d]) => [p, d === null ? null : Buffer.from(d)]));
  const to = await git.commit(from, map, { parents: [from], author: who, message: 'Công bố' });
  await git.updateRef('refs/heads/main', to, from);
  return { from, to };
}

const read = (root: string, p: string) => fs.readFileSync(path.join(root, p), 'utf8');
const status = (root: string) => sh(root, 'status', '--porcelain', '--untracked-files=all');

describe('followPublication', () => {
  it('brings changed, added and deleted files up to date, and git status is clean', async () => {
    const { root, git } = checkout();
    const move = await publish(git, { 'content/stories/a.md': 'A mới\n', 'content/stories/moi/c.md': 'C\n', 'content/stories/b.md': null });
    expect(status(root)).not.toBe('');
    const r = await followPublication(git, { branch: 'main', folder: 'content', ...move });
    expect(r.updated.sort()).toEqual(['content/stories/a.md', 'content/stories/b.md', 'content/stories/moi/c.md']);
    expect(r.left).toEqual([]);
    expect(read(root, 'content/stories/a.md')).toBe('A mới\n');
    expect(read(root, 'content/stories/moi/c.md')).toBe('C\n');
    expect(fs.existsSync(path.join(root, 'content/stories/b.md'))).toBe(false);
    expect(status(root)).toBe('');
    expect(fs.readdirSync(path.join(root, 'content/stories')).some((n) => n.includes('.tmp'))).toBe(false);
  });

  it('removes a folder a deletion leaves empty, as git checkout does', async () => {
    const { root, git } = checkout();
    await followPublication(git, { branch: 'main', folder: 'content', ...(await publish(git, { 'content/units/x.yml': 'name: X\n' })) });
    expect(read(root, 'content/units/x.yml')).toBe('name: X\n');
    await followPublication(git, { branch: 'main', folder: 'content', ...(await publish(git, { 'content/units/x.yml': null })) });
    expect(fs.existsSync(path.join(root, 'content/units'))).toBe(false);
    expect(fs.existsSync(path.join(root, 'content'))).toBe(true);
    expect(status(root)).toBe('');
  });

  it('leaves a file changed on disk or staged, and still updates the others', async () => {
    const { root, git } = checkout();
    fs.writeFileSync(path.join(root, 'content/stories/a.md'), 'A sửa tại chỗ\n');
    fs.writeFileSync(path.join(root, 'content/stories/b.md'), 'B chuẩn bị\n');
    sh(root, 'add', 'content/stories/b.md');
    fs.writeFileSync(path.join(root, 'content/stories/b.md'), 'B\n'); // on disk as before, but staged
    const move = await publish(git, { 'content/stories/a.md': 'A mới\n', 'content/stories/b.md': 'B mới\n', 'content/stories/c.md': 'C\n' });
    const r = await followPublication(git, { branch: 'main', folder: 'content', ...move });
    expect(r.left.sort()).toEqual(['content/stories/a.md', 'content/stories/b.md']);
    expect(r.updated).toEqual(['content/stories/c.md']);
    expect(read(root, 'content/stories/a.md')).toBe('A sửa tại chỗ\n');
    expect(sh(root, 'show', ':content/stories/b.md')).toBe('B chuẩn bị\n');
    expect(read(root, 'content/stories/c.md')).toBe('C\n');
  });

  it('leaves a new file whose name is already taken on disk', async () => {
    const { root, git } = checkout();
    fs.writeFileSync(path.join(root, 'content/stories/c.md'), 'bản nháp của ai đó\n');
    const r = await followPublication(git, { branch: 'main', folder: 'content', ...(await publish(git, { 'content/stories/c.md': 'C\n' })) });
    expect(r).toEqual({ updated: [], left: ['content/stories/c.md'] });
    expect(read(root, 'content/stories/c.md')).toBe('bản nháp của ai đó\n');
  });

  it('never writes through a symbolic link', async () => {
    const { root, git } = checkout();
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'vd-wt-out-'));
    temps.push(outside);
    fs.symlinkSync(outside, path.join(root, 'content/honors'));
    const r = await followPublication(git, { branch: 'main', folder: 'content', ...(await publish(git, { 'content/honors/h.yml': 'x: 1\n' })) });
    expect(r.left).toEqual(['content/honors/h.yml']);
    expect(fs.readdirSync(outside)).toEqual([]);
  });

  it('touches nothing outside the content folder, on another branch or in a bare repository', async () => {
    const { root, git } = checkout();
    const outsideFolder = await followPublication(git, { branch: 'main', folder: 'content', ...(await publish(git, { 'README.md': 'đổi\n' })) });
    expect(outsideFolder).toEqual({ updated: [], left: [] });
    expect(read(root, 'README.md')).toBe('dự án\n');

    sh(root, 'checkout', '-q', '-f', 'main');
    sh(root, 'checkout', '-q', '-b', 'thu-nghiem');
    const otherBranch = await followPublication(git, { branch: 'main', folder: 'content', ...(await publish(git, { 'content/stories/a.md': 'A mới\n' })) });
    expect(otherBranch).toEqual({ updated: [], left: [] });
    expect(read(root, 'content/stories/a.md')).toBe('A cũ\n');

    const bare = fs.mkdtempSync(path.join(os.tmpdir(), 'vd-wt-bare-'));
    temps.push(bare);
    sh(bare, 'clone', '-q', '--bare', root, '.');
    const bareGit = new Git(bare);
    const none = await followPublication(bareGit, { branch: 'main', folder: 'content', ...(await publish(bareGit, { 'content/stories/a.md': 'A khác\n' })) });
    expect(none).toEqual({ updated: [], left: [] });
  });

  it('follows a repository that is the content folder itself', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'vd-wt-own-'));
    temps.push(root);
    fs.mkdirSync(path.join(root, 'stories'));
    fs.writeFileSync(path.join(root, 'stories/a.md'), 'A\n');
    sh(root, 'init', '-q', '-b', 'main');
    sh(root, 'add', '-A');
    sh(root, 'commit', '-q', '-m', 'đầu');
    const git = new Git(root);
    const r = await followPublication(git, { branch: 'main', folder: '', ...(await publish(git, { 'stories/a.md': 'A mới\n', 'site.yml': 'commune: Vũ Dương\n' })) });
    expect(r.updated.sort()).toEqual(['site.yml', 'stories/a.md']);
    expect(read(root, 'site.yml')).toBe('commune: Vũ Dương\n');
    expect(status(root)).toBe('');
  });
});
