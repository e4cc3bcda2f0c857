import fs from 'node:fs';
import path from 'node:path';
import { contentDir } from './content-dir.ts';
import { COLLECTIONS, entryGlob, type CollectionName } from '../schemas/collections.ts';

/**
 * Whether a collection's folder holds a file its loader reads (entryGlob). A new site has no
 * initiatives, honours, stories or reports yet: such a collection is normal, not a mistake.
 */
export function hasEntryFiles(name: CollectionName, root: string = contentDir()): boolean {
  const folder = path.join(root, COLLECTIONS[name].folder);
  const pattern = entryGlob(name);
  return fs.existsSync(folder) && fs.readdirSync(folder).some((file) => path.matchesGlob(file, pattern));
}
