/**
 * The CMS backend at /admin/api/v1: Decap's `proxy` backend protocol (`{action, params}` →
 * JSON), implemented on git plumbing (git.ts) instead of decap-server, which checks branches out
 * in the working tree and lets a request write anywhere in the repository.
 *
 * - The published branch (site.yml `cms.branch`, `main`) holds what the public site shows. An
 *   entry under review lives on `cms/<collection>/<slug>`: the published tree plus that entry's
 *   files. Its workflow status (draft → pending_review → pending_publish) is kept in the
 *   server's state folder.
 * - Every path is checked by content-paths.ts before anything is written.
 * - Every write is validated first: the tree as it would be after the write is exported to a
 *   temporary folder and run through the project's validator; a problem that the write would
 *   add is refused with the validator's own Vietnamese line, and nothing is written.
 * - Roles: an editor saves entries and moves them through the workflow; only a publisher
 *   publishes, deletes, unpublishes or writes to the published branch directly.
 * - Commits carry the staff member's name as author.
 * - A checkout of the published branch follows each publication (working-tree.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { validateContent } from '../validation/index.ts';
import { COLLECTIONS, type CollectionName } from '../schemas/collections.ts';
import { checkWritePath, isCollectionFolder, PathRefused } from './content-paths.ts';
import { safeTarget, SymlinkRefused } from './no-symlink.ts';
import { followPublication } from './working-tree.ts';
import { BackendError, changesOfSave, type Asset, type DataFile } from './save-changes.ts';

export { BackendError, MAX_UPLOAD_BYTES } from './save-changes.ts';
import type { Git } from './git.ts';
import type { StaffMember } from './staff.ts';
import type { Workflow } from './workflow.ts';
import words from '../i18n/vi/server.ts';

export interface BackendOptions {
  git: Git;
  /** Content folder inside the repository ('' when the repository is the content folder). */
  contentFolder: string;
  branch: string;
  workflow: Workflow;
  /** Called after the published branch moved (a publication, a deletion). */
  onPublished: (by: StaffMember, what: string) => void;
  /** Where temporary copies for validation go. */
  tempDir?: string;
}

type Params = Record<string, unknown>;

const CMS_PREFIX = 'cms/';
const STATUSES = ['draft', 'pending_review', 'pending_publish'] as const;

/** What only a publisher may do (the server answers 403 to an editor). */
const PUBLISHER_ONLY = new Set(['publishUnpublishedEntry', 'deleteUnpublishedEntry', 'deleteFile', 'deleteFiles', 'persistMedia']);

export function author(member: StaffMember) {
  return { name: member.name, email: `${member.name}@nhan-vien.invalid` };
}

export class CmsBackend {
  readonly #o: BackendOptions;
  /** Validator lines of a tree, by tree id: a tree never changes, so neither do its problems. */
  readonly #problemsOf = new Map<string, Promise<string[]>>();

  constructor(options: BackendOptions) {
    this.#o = options;
  }

  get #ref() {
    return `refs/heads/${this.#o.branch}`;
  }

  async handle(action: unknown, params: Params, member: StaffMember): Promise<unknown> {
    if (typeof action !== 'string') throw new BackendError(422, words.api.badRequest);
    if (PUBLISHER_ONLY.has(action) && member.role !== 'publisher') throw new BackendError(403, words.api.publisherOnly);
    if (action !== 'info' && params.branch !== undefined && params.branch !== this.#o.branch) throw new BackendError(422, words.api.badBranch);
    switch (action) {
      case 'info':
        return { repo: 'noi-dung', publish_modes: ['editorial_workflow'], type: 'vu_duong_git' };
      case 'entriesByFolder':
        return this.#entriesByFolder(params);
      case 'entriesByFiles':
        return this.#entriesByFiles(params);
      case 'getEntry':
        return (await this.#readEntries(this.#o.branch, [String(params.path)]))[0];
      case 'unpublishedEntries':
        return (await this.#o.git.branches(CMS_PREFIX)).map((b) => b.slice(CMS_PREFIX.length));
      case 'unpublishedEntry':
        return this.#unpublishedEntry(params);
      case 'unpublishedEntryDataFile': {
        const [entry] = await this.#readEntries(this.#entryBranch(params), [String(params.path)]);
        return { data: entry?.data ?? null };
      }
      case 'unpublishedEntryMediaFile':
        return this.#mediaFile(this.#entryBranch(params), String(params.path));
      case 'deleteUnpublishedEntry':
        return this.#o.git.serial(() => this.#discard(params, member));
      case 'persistEntry':
        return this.#o.git.serial(() => this.#persistEntry(params, member));
      case 'updateUnpublishedEntryStatus':
        return this.#setStatus(params, member);
      case 'publishUnpublishedEntry':
        return this.#o.git.serial(() => this.#publish(params, member));
      case 'getMedia':
        return this.#getMedia(params);
      case 'getMediaFile':
        return this.#mediaFile(this.#o.branch, String(params.path));
      case 'persistMedia':
        return this.#o.git.serial(() => this.#persistMedia(params, member));
      case 'deleteFile':
        return this.#o.git.serial(() => this.#deleteFiles([params.path], params, member));
      case 'deleteFiles':
        return this.#o.git.serial(() => this.#deleteFiles(Array.isArray(params.paths) ? params.paths : [], params, member));
      case 'getDeployPreview':
        return null;
      case 'getNotes':
        return { notes: [] };
      default:
        throw new BackendError(422, words.api.unknownAction(action));
    }
  }

  // ── reading ────────────────────────────────────────────────────────────────

  async #entriesByFolder(params: Params) {
    if (!isCollectionFolder(params.folder, this.#o.contentFolder)) throw new BackendError(403, words.api.folderRefused(String(params.folder)));
    const folder = String(params.folder).replace(/\/+$/, '');
    const ext = `.${String(params.extension ?? '')}`;
    const files = (await this.#o.git.lsTree(this.#o.branch, folder)).filter((f) => f.path.endsWith(ext) && f.mode !== '120000');
    const blobs = await this.#o.git.readBlobs(files.map((f) => f.sha));
    return files.map((f) => ({ data: blobs.get(f.sha)?.toString('utf8') ?? null, file: { path: f.path, id: f.sha } }));
  }

  async #entriesByFiles(params: Params) {
    const files = Array.isArray(params.files) ? (params.files as { path: string; label?: string }[]) : [];
    const entries = await this.#readEntries(this.#o.branch, files.map((f) => String(f.path)));
    return entries.map((e, i) => ({ ...e, file: { ...e.file, label: files[i]?.label } }));
  }

  /** Staff read what they may write: entries, images and the top files of the content folder. */
  #readable(p: string): string {
    try {
      return checkWritePath(p, this.#o.contentFolder, 'đọc').path;
    } catch (err) {
      if (err instanceof PathRefused) throw new BackendError(403, err.message);
      throw err;
    }
  }

  async #readEntries(rev: string, paths: string[]) {
    paths.forEach((p) => this.#readable(p));
    return Promise.all(paths.map(async (p) => {
      const found = await this.#o.git.readFile(rev, p);
      return { data: found ? found.data.toString('utf8') : null, file: { path: p, id: found?.sha ?? null } };
    }));
  }

  async #mediaFile(rev: string, file: string) {
    this.#readable(file);
    const found = await this.#o.git.readFile(rev, file);
    if (!found) throw new BackendError(404, words.api.notFound(file));
    return { id: found.sha, content: found.data.toString('base64'), encoding: 'base64', path: file, name: path.posix.basename(file) };
  }

  async #getMedia(params: Params) {
    if (!isCollectionFolder(params.mediaFolder, this.#o.contentFolder)) return [];
    const files = (await this.#o.git.lsTree(this.#o.branch, String(params.mediaFolder))).filter((f) => /\.(jpe?g|png|webp|avif)$/i.test(f.path));
    const blobs = await this.#o.git.readBlobs(files.map((f) => f.sha));
    return files.map((f) => ({ id: f.sha, content: blobs.get(f.sha)!.toString('base64'), encoding: 'base64', path: f.path, name: path.posix.basename(f.path) }));
  }

  // ── the editorial workflow ─────────────────────────────────────────────────

  #key(params: Params): { collection: CollectionName; slug: string; branch: string } {
    let { collection, slug } = params as { collection?: string; slug?: string };
    if (typeof params.id === 'string' && (!collection || !slug)) [collection, slug] = params.id.split(/\/(.*)/s) as [string, string];
    if (!collection || !(collection in COLLECTIONS) || typeof slug !== 'string' || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
      throw new BackendError(422, words.api.badEntry);
    }
    return { collection: collection as CollectionName, slug, branch: `${CMS_PREFIX}${collection}/${slug}` };
  }

  #entryBranch(params: Params) {
    return this.#key(params).branch;
  }

  /** Paths the entry's branch changes relative to where it left the published branch. */
  async #entryChanges(branch: string) {
    const base = await this.#o.git.mergeBase(this.#o.branch, branch);
    return this.#o.git.changedPaths(base, branch);
  }

  async #unpublishedEntry(params: Params) {
    const { collection, slug, branch } = this.#key(params);
    if (!(await this.#o.git.revParse(`refs/heads/${branch}`))) throw new BackendError(404, words.api.notFound(`${collection}/${slug}`));
    const changes = await this.#entryChanges(branch);
    const diffs = changes.map((c) => ({
      path: c.path, newFile: c.status === 'A', id: c.path, status: c.status === 'A' ? 'added' : c.status === 'D' ? 'deleted' : 'modified',
      binary: !c.path.endsWith('.md') && !c.path.endsWith('.yml'),
    }));
    return { collection, slug, status: this.#o.workflow.status(branch), diffs, updatedAt: await this.#o.git.commitDate(branch) };
  }

  async #setStatus(params: Params, member: StaffMember) {
    const { branch } = this.#key(params);
    const status = params.newStatus;
    if (!STATUSES.includes(status as (typeof STATUSES)[number])) throw new BackendError(422, words.api.badStatus);
    if (!(await this.#o.git.revParse(`refs/heads/${branch}`))) throw new BackendError(404, words.api.notFound(branch));
    this.#o.workflow.set(branch, status as string, member.name);
    return { message: 'ok' };
  }

  async #discard(params: Params, member: StaffMember) {
    const { branch } = this.#key(params);
    if (await this.#o.git.revParse(`refs/heads/${branch}`)) await this.#o.git.deleteRef(`refs/heads/${branch}`);
    this.#o.workflow.remove(branch);
    audit(member, 'xóa bản nháp', branch);
    return { message: 'ok' };
  }

  async #persistEntry(params: Params, member: StaffMember) {
    const options = (params.options ?? {}) as { collectionName?: string; commitMessage?: string; useWorkflow?: boolean; status?: string };
    const changes = changesOfSave(params, this.#o.contentFolder);
    const message = typeof options.commitMessage === 'string' ? options.commitMessage.slice(0, 500) : words.api.saved;
    const published = await this.#head();
    if (!options.useWorkflow) {
      // Straight onto the published branch: a publication.
      if (member.role !== 'publisher') throw new BackendError(403, words.api.publisherOnly);
      await this.#refuseNewProblems(published, changes);
      const commit = await this.#o.git.commit(published, changes, { parents: [published], author: author(member), message });
      await this.#advance(published, commit, member);
      audit(member, 'công bố', [...changes.keys()].join(', '));
      this.#o.onPublished(member, [...changes.keys()].join(', '));
      return { message: 'ok' };
    }
    // The entry is named by its file (Decap's slug is the file name): its branch follows the path,
    // so a request cannot file one entry's changes under another's branch.
    const dataFile = (Array.isArray(params.dataFiles) ? params.dataFiles[0] : params.entry) as DataFile;
    const target = checkWritePath(dataFile.newPath ?? dataFile.path, this.#o.contentFolder);
    if (target.kind !== 'entry' || target.collection !== options.collectionName) throw new BackendError(422, words.api.badEntry);
    const { branch } = this.#key({ collection: target.collection, slug: target.id });
    const ref = `refs/heads/${branch}`;
    const previous = await this.#o.git.revParse(ref);
    // The entry's branch is always the published tree plus this entry's files: earlier saves
    // of the entry are carried over, images no longer part of it are dropped.
    const all = new Map<string, Buffer | null>();
    if (previous) {
      for (const c of await this.#entryChanges(branch)) {
        if (changes.has(c.path)) continue;
        const isImage = !c.path.endsWith('.md') && !c.path.endsWith('.yml');
        if (isImage || c.status === 'D') continue;
        all.set(c.path, (await this.#o.git.readFile(branch, c.path))?.data ?? null);
      }
    }
    for (const [p, d] of changes) all.set(p, d);
    await this.#refuseNewProblems(published, all);
    const commit = await this.#o.git.commit(published, all, { parents: previous ? [previous, published] : [published], author: author(member), message });
    await this.#o.git.updateRef(ref, commit, previous ?? '');
    if (!previous) this.#o.workflow.set(branch, STATUSES.includes(options.status as never) ? options.status! : 'draft', member.name);
    audit(member, 'lưu bản nháp', branch);
    return { message: 'ok' };
  }

  async #publish(params: Params, member: StaffMember) {
    const { branch } = this.#key(params);
    const ref = `refs/heads/${branch}`;
    const head = await this.#o.git.revParse(ref);
    if (!head) throw new BackendError(404, words.api.notFound(branch));
    const published = await this.#head();
    const changes = new Map<string, Buffer | null>();
    for (const c of await this.#entryChanges(branch)) {
      changes.set(c.path, c.status === 'D' ? null : (await this.#o.git.readFile(branch, c.path))?.data ?? null);
    }
    await this.#refuseNewProblems(published, changes);
    const commit = await this.#o.git.commit(published, changes, { parents: [published, head], author: author(member), message: words.api.publishedMessage(branch.slice(CMS_PREFIX.length)) });
    await this.#advance(published, commit, member);
    await this.#o.git.deleteRef(ref);
    this.#o.workflow.remove(branch);
    audit(member, 'công bố', branch);
    this.#o.onPublished(member, branch.slice(CMS_PREFIX.length));
    return { message: 'ok' };
  }

  async #persistMedia(params: Params, member: StaffMember) {
    const asset = params.asset as Asset | undefined;
    if (!asset) throw new BackendError(422, words.api.badRequest);
    const changes = changesOfSave({ assets: [asset] }, this.#o.contentFolder, true);
    const published = await this.#head();
    const commit = await this.#o.git.commit(published, changes, { parents: [published], author: author(member), message: words.api.uploaded });
    await this.#advance(published, commit, member);
    audit(member, 'tải ảnh', asset.path);
    return this.#mediaFile(this.#o.branch, asset.path);
  }

  async #deleteFiles(paths: unknown[], params: Params, member: StaffMember) {
    const changes = new Map<string, Buffer | null>();
    try {
      for (const p of paths) changes.set(checkWritePath(p, this.#o.contentFolder).path, null);
    } catch (err) {
      if (err instanceof PathRefused) throw new BackendError(403, err.message);
      throw err;
    }
    const published = await this.#head();
    await this.#refuseNewProblems(published, changes);
    const options = (params.options ?? {}) as { commitMessage?: string };
    const commit = await this.#o.git.commit(published, changes, { parents: [published], author: author(member), message: options.commitMessage?.slice(0, 500) ?? words.api.deleted });
    await this.#advance(published, commit, member);
    audit(member, 'xóa', [...changes.keys()].join(', '));
    this.#o.onPublished(member, [...changes.keys()].join(', '));
    return { message: 'ok' };
  }

  /**
   * Moves the published branch from `published` to `commit`, then brings a checkout of it along
   * (working-tree.ts). The publication stands whatever that step meets: files changed locally are
   * left and named in the log, and a failure is logged.
   */
  async #advance(published: string, commit: string, member: StaffMember): Promise<void> {
    await this.#o.git.updateRef(this.#ref, commit, published);
    try {
      const { left } = await followPublication(this.#o.git, { branch: this.#o.branch, folder: this.#o.contentFolder, from: published, to: commit });
      if (left.length) audit(member, words.api.workingTreeLeft, left.join(', '));
    } catch (err) {
      audit(member, words.api.workingTreeFailed, String((err as Error).message ?? err));
    }
  }

  async #head(): Promise<string> {
    const head = await this.#o.git.revParse(this.#ref);
    if (!head) throw new BackendError(500, words.api.noBranch(this.#o.branch));
    return head;
  }

  // ── validation before any write ───────────────────────────────────────────

  /** The validator's lines for a commit's content, exported to a temporary folder. */
  async #problems(rev: string, changes?: Map<string, Buffer | null>): Promise<string[]> {
    const root = fs.mkdtempSync(path.join(this.#o.tempDir ?? os.tmpdir(), 'vd-check-'));
    try {
      await this.#o.git.exportTree(rev, this.#o.contentFolder, root);
      for (const [file, data] of changes ?? []) {
        // A symbolic link committed to the repository must not lead the check's writes elsewhere.
        let target: string;
        try {
          target = safeTarget(root, file);
        } catch (err) {
          if (err instanceof SymlinkRefused) throw new BackendError(403, words.api.symlink(file));
          throw err;
        }
        if (data === null) fs.rmSync(target, { force: true });
        else {
          fs.mkdirSync(path.dirname(target), { recursive: true });
          fs.writeFileSync(target, data);
        }
      }
      const content = path.join(root, this.#o.contentFolder);
      fs.mkdirSync(content, { recursive: true });
      return (await validateContent(content, root)).lines;
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  }

  /** Refuses (422, the validator's lines) a change that would add a problem to the published content. */
  async #refuseNewProblems(base: string, changes: Map<string, Buffer | null>): Promise<void> {
    let before = this.#problemsOf.get(base);
    if (!before) {
      before = this.#problems(base);
      this.#problemsOf.set(base, before);
      before.catch(() => this.#problemsOf.delete(base));
    }
    const [known, after] = await Promise.all([before, this.#problems(base, changes)]);
    const added = after.filter((line) => !known.includes(line));
    if (added.length) throw new BackendError(422, added.join('\n'));
  }
}

/** One line per login, failure and publication: who, what, when (stdout, kept by systemd's journal). */
export function audit(member: StaffMember | { name: string }, what: string, detail = ''): void {
  console.log(JSON.stringify({ time: new Date().toISOString(), who: member.name, what, detail }));
}
