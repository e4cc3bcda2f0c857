/**
 * `npm run validate`: checks all of CONTENT_DIR (default `content/`) and prints every problem, one
 * Vietnamese line each, then a count. Exit 1 on any problem, 0 otherwise. `--time` prints how long
 * the validator itself took.
 *
 * The check runs on a worker thread whose heap has a small young generation. A large content set
 * allocates some 150 MB of short-lived objects; V8's default lets the young generation grow to
 * about 130 MB, and every new page of it costs a page fault (expensive on the virtual machines the
 * site is built on) and a cache miss. Kept at 16 MB, the same objects reuse warm memory: the check
 * of 10,000 initiatives takes about a quarter less time. Results and messages are the same; this
 * thread only prints them.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { contentDir } from '../src/node/content-dir.ts';

interface Report { counts: Record<string, number>; lines: string[]; readMs: number; ms: number }

if (isMainThread) {
  const worker = new Worker(new URL(import.meta.url), {
    workerData: contentDir(),
    // 1.15 MB of stack leaves JavaScript about the 984 KB it has on the main thread (V8 default).
    resourceLimits: { maxYoungGenerationSizeMb: 16, stackSizeMb: 1.15 },
  });
  worker.once('error', (err) => {
    throw err;
  });
  // A worker gone without a result (and without an error) must not pass for valid content.
  worker.once('exit', (code) => {
    process.exitCode = code || 1;
  });
  worker.once('message', ({ counts, lines, readMs, ms }: Report) => {
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    const summary = Object.entries(counts).map(([c, n]) => `${c} ${n}`).join(', ');
    for (const line of lines) console.error(line);
    console.log(lines.length ? `Có ${lines.length} lỗi; ${total} mục đọc được (${summary}).` : `Hợp lệ: ${total} mục (${summary}).`);
    if (process.argv.includes('--time')) console.log(`Thời gian: ${Math.round(ms)} ms, trong đó đọc tệp từ đĩa ${Math.round(readMs)} ms, kiểm tra ${Math.round(ms - readMs)} ms`);
    process.exit(lines.length ? 1 : 0);
  });
} else {
  const { validateContent } = await import('../src/validation/index.ts');
  const started = performance.now();
  const { counts, lines, readMs } = await validateContent(workerData as string);
  const ms = performance.now() - started;
  parentPort!.postMessage({ counts, lines, readMs, ms } satisfies Report);
}
