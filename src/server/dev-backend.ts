/**
 * The CMS backend of `npm run dev`: the developer's own working tree, so the Astro dev server
 * shows a save at once. Decap's simple publish mode (no workflow, no branches); the same path
 * rules (content-paths.ts) and the same validation before any write as the publishing server;
 * a path whose folder or file is a symbolic link is refused, so nothing is written outside the
 * content folders.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import words from '../i18n/vi/server.ts';
import { validateContent } from '../validation/index.ts';
import { audit } from './cms-backend.ts';
import { BackendError, changesOfSave } from './save-changes.ts';
import { checkWritePath, isCollectionFolder, PathRefused } from './content-paths.ts';
import { safeTarget, SymlinkRefused } from './no-symlink.ts';
import type { StaffMember } from './staff.ts';

type Params = Record<string, unknown>;

export class DevBackend {
  readonly #root: string;
  readonly #contentFolder: string;

  /** `root`: the repository (or content folder) the CMS paths are relative to. */
  constructor(root: string, contentFolder: string) {
    this.#root = fs.realpathSync(root);
    this.#contentFolder = contentFolder;
  }

  /** The absolute path of a checked repository path, refusing any symbolic link on the way. */
  #resolve(p: string): string {
    try {
      return safeTarget(this.#root, p);
    } catch (err) {
      if (err instanceof SymlinkRefused) throw new BackendError(403, words.api.symlink(p));
      throw err;
    }
  }

  #target(p: unknown) {
    try {
      return checkWritePath(p, this.#contentFolder);
    } catch (err) {
      if (err instanceof PathRefused) throw new BackendError(403, err.message);
      throw err;
    }
  }

  #read(p: string) {
    const full = this.#resolve(this.#target(p).path);
    return fs.existsSync(full) && fs.statSync(full).isFile() ? fs.readFileSync(full) : undefined;
  }

  async handle(action: unknown, params: Params, member: StaffMember): Promise<unknown> {
    switch (action) {
      case 'info':
        return { repo: 'noi-dung', publish_modes: ['simple'], type: 'vu_duong_files' };
      case 'entriesByFolder': {
        if (!isCollectionFolder(params.folder, this.#contentFolder)) throw new BackendError(403, words.api.folderRefused(String(params.folder)));
        const folder = String(params.folder).replace(/\/+$/, '');
        const dir = this.#resolve(folder);
        const ext = `.${String(params.extension ?? '')}`;
        const names = fs.existsSync(dir) ? fs.readdirSync(dir).filter((n) => n.endsWith(ext)).sort() : [];
        return names.map((n) => this.#entry(`${folder}/${n}`));
      }
      case 'entriesByFiles':
        return (Array.isArray(params.files) ? (params.files as { path: string }[]) : []).map((f) => this.#entry(String(f.path)));
      case 'getEntry':
        return this.#entry(String(params.path));
      case 'unpublishedEntries':
        return [];
      case 'getMedia': {
        if (!isCollectionFolder(params.mediaFolder, this.#contentFolder)) return [];
        const folder = String(params.mediaFolder).replace(/\/+$/, '');
        const dir = this.#resolve(folder);
        return (fs.existsSync(dir) ? fs.readdirSync(dir) : []).filter((n) => /\.(jpe?g|png|webp|avif)$/i.test(n)).map((n) => this.#media(`${folder}/${n}`));
      }
      case 'getMediaFile':
        return this.#media(String(params.path));
      case 'persistEntry':
        return this.#write(changesOfSave(params, this.#contentFolder), member);
      case 'persistMedia':
        return this.#write(changesOfSave({ assets: [params.asset] }, this.#contentFolder, true), member).then(() => this.#media(String((params.asset as { path: string }).path)));
      case 'deleteFile':
      case 'deleteFiles': {
        const paths = action === 'deleteFile' ? [params.path] : Array.isArray(params.paths) ? params.paths : [];
        return this.#write(new Map(paths.map((p) => [this.#target(p).path, null])), member);
      }
      case 'getDeployPreview':
        return null;
      default:
        throw new BackendError(422, words.api.unknownAction(String(action)));
    }
  }

  #entry(p: string) {
    const data = this.#read(p);
    return { data: data?.toString('utf8') ?? null, file: { path: p, id: data ? `${data.length}-${fs.statSync(this.#resolve(p)).mtimeMs}` : null } };
  }

  #media(p: string) {
    const data = this.#read(p);
    if (!data) throw new BackendError(404, words.api.notFound(p));
    return { id: p, content: data.toString('base64'), encoding: 'base64', path: p, name: path.posix.basename(p) };
  }

  /** Validates the content as it would be after the change (on a copy), then writes it. */
  async #write(changes: Map<string, Buffer | null>, member: StaffMember) {
    // Checked first: the copy below mirrors the tree, links included.
    const targets = new Map([...changes.keys()].map((p) => [p, this.#resolve(p)]));
    const content = path.join(this.#root, this.#contentFolder);
    const lines = async (apply: boolean) => {
      const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'vd-dev-check-'));
      try {
        fs.cpSync(content, path.join(copy, this.#contentFolder), { recursive: true, filter: (src) => !src.includes(`${path.sep}.git`) });
        if (apply) {
          for (const [p, data] of changes) {
            const target = safeTarget(copy, p);
            if (data === null) fs.rmSync(target, { force: true });
            else {
              fs.mkdirSync(path.dirname(target), { recursive: true });
              fs.writeFileSync(target, data);
            }
          }
        }
        return (await validateContent(path.join(copy, this.#contentFolder), copy)).lines;
      } finally {
        fs.rmSync(copy, { recursive: true, force: true });
      }
    };
    const [before, after] = await Promise.all([lines(false), lines(true)]);
    const added = after.filter((l) => !before.includes(l));
    if (added.length) throw new BackendError(422, added.join('\n'));
    for (const [p, data] of changes) {
      const full = targets.get(p)!;
      if (data === null) fs.rmSync(full, { force: true });
      else {
        fs.mkdirSync(path.dirname(full), { recursive: true });
        fs.writeFileSync(full, data);
      }
    }
    audit(member, 'lưu (dev)', [...changes.keys()].join(', '));
    return { message: 'ok' };
  }
}
