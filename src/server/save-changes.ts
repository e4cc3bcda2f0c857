/**
 * The files a CMS save asks to write (Decap's `dataFiles`, `entry` and `assets`), each path
 * checked by content-paths.ts, images within the upload limit: one reading for the publishing
 * server's backend and the dev backend. A Buffer writes the file, null removes it (a rename).
 */
import path from 'node:path';
import words from '../i18n/vi/server.ts';
import { MAX_IMAGE_BYTES } from '../validation/image-file.ts';
import { checkWritePath, PathRefused } from './content-paths.ts';

/** Largest image staff may upload: the validator's own limit. */
export const MAX_UPLOAD_BYTES = MAX_IMAGE_BYTES;

export class BackendError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

export interface DataFile { slug?: string; path: string; raw: string; newPath?: string }
export interface Asset { path: string; content: string; encoding: string }

/** `mediaOnly`: an upload outside an entry (Decap's persistMedia), with assets and no data file. */
export function changesOfSave(params: Record<string, unknown>, contentFolder: string, mediaOnly = false): Map<string, Buffer | null> {
  const entry = params.entry as DataFile | undefined;
  const dataFiles = (Array.isArray(params.dataFiles) ? params.dataFiles : entry ? [entry] : []) as DataFile[];
  const assets = (Array.isArray(params.assets) ? params.assets : []) as Asset[];
  if (mediaOnly ? !assets.length : !dataFiles.length) throw new BackendError(422, words.api.badRequest);
  const changes = new Map<string, Buffer | null>();
  try {
    for (const d of dataFiles) {
      if (typeof d?.raw !== 'string') throw new BackendError(422, words.api.badRequest);
      const target = checkWritePath(d.newPath ?? d.path, contentFolder);
      if (target.kind === 'media') throw new PathRefused(words.api.entryIsImage(target.path));
      if (d.newPath && d.newPath !== d.path) changes.set(checkWritePath(d.path, contentFolder).path, null);
      changes.set(target.path, Buffer.from(d.raw, 'utf8'));
    }
    for (const a of assets) {
      const target = checkWritePath(a?.path, contentFolder);
      if (target.kind !== 'media') throw new PathRefused(words.api.assetNotImage(String(a.path)));
      if (a.encoding !== 'base64' || typeof a.content !== 'string') throw new BackendError(422, words.api.badRequest);
      const data = Buffer.from(a.content, 'base64');
      if (data.length > MAX_UPLOAD_BYTES) throw new BackendError(413, words.api.tooLarge(path.posix.basename(a.path), MAX_UPLOAD_BYTES));
      changes.set(target.path, data);
    }
  } catch (err) {
    if (err instanceof PathRefused) throw new BackendError(403, err.message);
    throw err;
  }
  return changes;
}
