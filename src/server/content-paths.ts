/**
 * Which repository paths the CMS may write (and so read): the entries and images of the registry's
 * collection folders and the single files at the top of the content folder, nothing else. Every
 * path the CMS sends (entries, new paths, assets, deletions, reads) passes through `checkWritePath`
 * before any git work, so `.git/`, `package.json`, code, `..`, absolute paths and hidden files are refused.
 * Pure: no file system (the git tree it writes into holds no symlinks: blobs are always 100644).
 */
import { COLLECTION_NAMES, COLLECTIONS, ROOT_FILES, isEntryName, isMediaName, type CollectionName } from '../schemas/collections.ts';

export type WriteTarget =
  | { kind: 'entry'; collection: CollectionName; id: string; path: string }
  | { kind: 'media'; collection: CollectionName; path: string }
  | { kind: 'root'; name: string; path: string };

export class PathRefused extends Error {}

/**
 * The target of a repository-relative path, or PathRefused with a Vietnamese message that says
 * what was refused (`verb`: writing, or reading what staff may write).
 * `contentFolder` is the content folder's path inside the repository ('' when it is the root).
 */
export function checkWritePath(path: unknown, contentFolder: string, verb: 'ghi' | 'đọc' = 'ghi'): WriteTarget {
  const refuse = (why: string): never => {
    throw new PathRefused(`Không được ${verb === 'ghi' ? 'ghi vào' : 'đọc'} "${String(path)}": ${why}`);
  };
  if (typeof path !== 'string' || path === '') return refuse('thiếu đường dẫn');
  if (/[\u0000-\u001F\\]/.test(path)) return refuse('đường dẫn có ký tự không hợp lệ');
  if (path.startsWith('/')) return refuse('không nhận đường dẫn tuyệt đối');
  const parts = path.split('/');
  if (parts.some((p) => p === '' || p === '.' || p === '..')) return refuse('không nhận "..", "." hay "//" trong đường dẫn');
  if (parts.some((p) => p.startsWith('.'))) return refuse(`không ${verb} tệp hay thư mục ẩn`);
  const prefix = contentFolder ? contentFolder.split('/') : [];
  if (prefix.some((p, i) => parts[i] !== p)) return refuse(`chỉ được ${verb} trong thư mục nội dung`);
  const inside = parts.slice(prefix.length);
  if (inside.length === 1 && inside[0]! in ROOT_FILES) return { kind: 'root', name: inside[0]!, path };
  if (inside.length === 2) {
    const [folder, name] = inside as [string, string];
    const collection = COLLECTION_NAMES.find((c) => COLLECTIONS[c].folder === folder);
    if (collection && isEntryName(name, collection)) return { kind: 'entry', collection, id: name.slice(0, -COLLECTIONS[collection].ext.length), path };
    if (collection && isMediaName(name, collection)) return { kind: 'media', collection, path };
    if (collection) return refuse(`tên tệp không hợp lệ cho mục "${collection}" (chữ thường không dấu, nối bằng dấu gạch ngang)`);
  }
  return refuse(`chỉ được ${verb} các mục và ảnh trong các thư mục nội dung`);
}

/** Whether a folder the CMS lists (entriesByFolder, getMedia) is one of the collection folders. */
export function isCollectionFolder(folder: unknown, contentFolder: string): boolean {
  if (typeof folder !== 'string') return false;
  const clean = folder.replace(/\/+$/, '');
  return COLLECTION_NAMES.some((c) => clean === [contentFolder, COLLECTIONS[c].folder].filter(Boolean).join('/'));
}
