/**
 * `npm run validate`: checks all of CONTENT_DIR (default `content/`) and prints every problem, one
 * Vietnamese line each, then a count. Exit 1 on any problem, 0 otherwise. `--time` prints how long
 * the validator itself took.
 */
import { contentDir } from '../src/lib/content-dir.ts';
import { validateContent } from '../src/lib/validation/index.ts';

const started = performance.now();
const { counts, lines, readMs } = validateContent(contentDir());
const ms = performance.now() - started;
const total = Object.values(counts).reduce((a, b) => a + b, 0);
const summary = Object.entries(counts).map(([c, n]) => `${c} ${n}`).join(', ');

for (const line of lines) console.error(line);
console.log(lines.length ? `Có ${lines.length} lỗi; ${total} mục đọc được (${summary}).` : `Hợp lệ: ${total} mục (${summary}).`);
if (process.argv.includes('--time')) console.log(`Thời gian: ${Math.round(ms)} ms, trong đó đọc tệp từ đĩa ${Math.round(readMs)} ms, kiểm tra ${Math.round(ms - readMs)} ms`);
process.exit(lines.length ? 1 : 0);
