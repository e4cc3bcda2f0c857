/**
 * The image an entry names: beside the entry, an accepted extension, found in the folder listing
 * (so a link out of the folder or a special file is never followed), then its content: format,
 * size and pixel count from its header (image-file.ts, loaded only when an entry has an image, as
 * it brings sharp).
 */
import path from 'node:path';
import { MEDIA_EXTENSIONS } from '../schemas/collections.ts';
import type { Problem } from './messages.ts';

export async function checkEntryImage(folder: string, image: string, media: ReadonlySet<string>, file: string, line: number | undefined): Promise<Problem[]> {
  const problem = (message: string): Problem[] => [{ file, field: 'image', message, line }];
  const ext = path.extname(image).toLowerCase();
  if (!(MEDIA_EXTENSIONS as readonly string[]).includes(ext)) {
    return problem(ext === '.svg' ? `"${image}": ảnh SVG không được nhận; hãy xuất ảnh ra PNG hoặc JPEG` : `"${image}" không phải tệp ảnh (${MEDIA_EXTENSIONS.join(', ')})`);
  }
  const target = path.resolve(folder, image);
  if (path.dirname(target) !== folder || !media.has(target)) return problem(`không tìm thấy tệp ảnh "${image}" cạnh mục này`);
  const { checkImage } = await import('./image-file.ts');
  return (await checkImage(target)).flatMap((message) => problem(`"${image}": ${message}`));
}
