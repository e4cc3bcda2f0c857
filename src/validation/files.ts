/**
 * What a content folder holds, by the collection registry: the single files at the top, the
 * entries of each collection, the images beside them. Everything else is a problem naming it:
 * a README.md or notes.txt in a collection, a nested folder, a hidden file, an SVG, a FIFO, a
 * socket or device, a symbolic link that leaves the content folder, points to a folder or to
 * nothing. Nothing is followed outside the folder and nothing is opened here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { slugify } from '../schemas/slug.ts';
import {
  COLLECTION_NAMES, COLLECTIONS, MEDIA_EXTENSIONS, PLACEHOLDER, ROOT_FILES, isEntryName, isMediaName,
  type CollectionName, type RootFileName,
} from '../schemas/collections.ts';
import type { Problem } from './messages.ts';

export interface ListedEntry { collection: CollectionName; id: string; path: string; rel: string }
export interface ListedRootFile { name: RootFileName; path: string; rel: string }
export interface Listing {
  rootFiles: ListedRootFile[];
  /** Entry files in the order they are checked: collection by collection, names in byte order. */
  entries: ListedEntry[];
  /** Absolute paths of the images found beside entries (regular files inside the folder). */
  media: Set<string>;
  problems: Problem[];
}

type Kind = 'file' | 'folder' | 'special' | 'outside' | 'dangling';

/** What a folder item is, following a symbolic link only to see where it lands. */
function kindOf(dirent: fs.Dirent, full: string, realRoot: string): Kind {
  if (dirent.isFile()) return 'file';
  if (dirent.isDirectory()) return 'folder';
  if (!dirent.isSymbolicLink()) return 'special';
  let real: string;
  try {
    real = fs.realpathSync(full);
  } catch {
    return 'dangling';
  }
  if (real !== realRoot && !real.startsWith(realRoot + path.sep)) return 'outside';
  const stat = fs.statSync(real);
  return stat.isFile() ? 'file' : stat.isDirectory() ? 'folder' : 'special';
}

const KIND_MESSAGES: Record<Exclude<Kind, 'file'>, string> = {
  folder: 'là một thư mục; mỗi mục nội dung là một tệp, không có thư mục con',
  special: 'không phải tệp thường (ống dẫn, socket hay thiết bị); hãy xoá nó khỏi thư mục nội dung',
  outside: 'là liên kết (symlink) trỏ ra ngoài thư mục nội dung; hãy chép tệp thật vào đây',
  dangling: 'là liên kết (symlink) trỏ tới tệp không tồn tại; hãy xoá nó',
};

/** Folders are read in name order (byte order, as the site lists them). */
const byName = (a: fs.Dirent, b: fs.Dirent) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

export function listContent(root: string, rel: (file: string) => string): Listing {
  const listing: Listing = { rootFiles: [], entries: [], media: new Set(), problems: [] };
  const { problems } = listing;
  const realRoot = fs.realpathSync(root);
  const top = fs.readdirSync(root, { withFileTypes: true }).sort(byName);
  const present = new Set(top.map((d) => d.name));

  for (const [name, spec] of Object.entries(ROOT_FILES) as [RootFileName, (typeof ROOT_FILES)[RootFileName]][]) {
    const full = path.join(root, name);
    if (!present.has(name)) {
      if (spec.required) problems.push({ file: rel(full), message: 'thiếu tệp thông tin chung của trang' });
      continue;
    }
    const kind = kindOf(top.find((d) => d.name === name)!, full, realRoot);
    if (kind === 'file') listing.rootFiles.push({ name, path: full, rel: rel(full) });
    else problems.push({ file: rel(full), message: KIND_MESSAGES[kind] });
  }

  const folders = new Map<string, CollectionName>(COLLECTION_NAMES.map((c) => [COLLECTIONS[c].folder, c]));
  for (const dirent of top) {
    const name = dirent.name;
    const full = path.join(root, name);
    if (name in ROOT_FILES) continue;
    // A content folder that is a git repository of its own (.git, .gitignore, .gitattributes).
    if (name.startsWith('.git')) continue;
    const collection = folders.get(name);
    if (!collection) {
      problems.push({ file: rel(full), message: `không thuộc mục nội dung nào (chỉ có ${Object.keys(ROOT_FILES).join(', ')} và các thư mục ${[...folders.keys()].join(', ')})` });
      continue;
    }
    const kind = kindOf(dirent, full, realRoot);
    // A collection folder must be a real folder: a link would let the content live elsewhere.
    if (kind !== 'folder' || dirent.isSymbolicLink()) {
      problems.push({ file: rel(full), message: kind === 'folder' ? KIND_MESSAGES.outside : `phải là thư mục của mục "${collection}"` });
      continue;
    }
    listFolder(collection, full, realRoot, rel, listing);
  }
  return listing;
}

function listFolder(collection: CollectionName, folder: string, realRoot: string, rel: (f: string) => string, listing: Listing): void {
  const { ext, media } = COLLECTIONS[collection];
  const slugs = new Map<string, string>();
  const base = rel(folder);
  for (const dirent of fs.readdirSync(folder, { withFileTypes: true }).sort(byName)) {
    const name = dirent.name;
    const full = folder + path.sep + name;
    const relFile = `${base}${path.sep}${name}`;
    const problem = (message: string) => listing.problems.push({ file: relFile, message });
    const kind = kindOf(dirent, full, realRoot);
    if (kind !== 'file') {
      problem(KIND_MESSAGES[kind]);
      continue;
    }
    if (name === PLACEHOLDER) continue;
    if (name.startsWith('.')) {
      problem('là tệp ẩn; thư mục nội dung chỉ chứa các mục và ảnh của chúng, hãy xoá tệp này');
      continue;
    }
    if (isMediaName(name, collection)) {
      listing.media.add(full);
      continue;
    }
    if (media && /\.svg$/i.test(name)) {
      problem('ảnh SVG không được nhận; hãy xuất ảnh ra PNG hoặc JPEG rồi tải lên lại');
      continue;
    }
    if (!name.endsWith(ext)) {
      const accepted = media ? `mỗi mục là một tệp ${ext}; ảnh: ${MEDIA_EXTENSIONS.join(', ')}` : `mỗi mục là một tệp ${ext}`;
      problem(`không phải một mục của "${collection}" (${accepted})`);
      continue;
    }
    const id = name.slice(0, -ext.length);
    // A misnamed entry is still read, so one run reports its other problems too.
    const folded = isEntryName(name, collection) ? id : slugify(id);
    if (folded !== id) problem(`tên tệp phải là chữ thường không dấu, nối bằng dấu gạch ngang, ví dụ "${folded || 'ten-muc'}${ext}"; tệp này sẽ không được đăng`);
    const twin = slugs.get(folded);
    if (twin) problem(`trùng địa chỉ với ${twin} sau khi bỏ dấu và chữ hoa`);
    else slugs.set(folded, relFile);
    listing.entries.push({ collection, id, path: full, rel: relFile });
  }
}
