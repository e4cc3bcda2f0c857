import { published } from './collections.ts';

/** Criteria entries in plan order; URL segment is the file name (`1-1`, …, `khen-thuong`). */
export async function getCriteria() {
  const entries = await published('criteria');
  return entries.sort((a, b) => a.data.order - b.data.order || a.data.code.localeCompare(b.data.code));
}
