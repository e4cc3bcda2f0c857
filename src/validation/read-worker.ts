/**
 * The read-ahead thread (see read-ahead.ts): claims files in the shared array, reads them with
 * the same `readInto` as the checking thread and posts the bytes in batches.
 */
import { workerData, type MessagePort } from 'node:worker_threads';
import { newScratch, readInto } from './read.ts';
import { AHEAD, CHECKING, FINISHED, FIRST, FREE, HELPER, POSTED } from './read-ahead-layout.ts';

const { files, state, port } = workerData as { files: string[]; state: Int32Array; port: MessagePort };
const BATCH = 64;
const ARENA = 1 << 18;
const scratch = newScratch();

let arena = new ArrayBuffer(ARENA);
let used = 0;
let index: number[] = [];
let offset: number[] = [];
let length: number[] = [];

function flush(): void {
  if (!index.length) return;
  port.postMessage({ index, offset, length, bytes: arena }, [arena]);
  arena = new ArrayBuffer(ARENA);
  used = 0;
  index = [];
  offset = [];
  length = [];
  Atomics.add(state, POSTED, 1);
  Atomics.notify(state, POSTED);
}

try {
  for (let i = 0; i < files.length; i++) {
    for (let at = Atomics.load(state, CHECKING); i - at > AHEAD; at = Atomics.load(state, CHECKING)) {
      flush();
      Atomics.wait(state, CHECKING, at, 20);
    }
    if (Atomics.compareExchange(state, FIRST + i, FREE, HELPER) !== FREE) continue;
    let n: number;
    try {
      n = readInto(files[i]!, scratch);
    } catch {
      n = -1;
    }
    if (n > 0 && used + n > arena.byteLength) {
      flush();
      if (n > arena.byteLength) arena = new ArrayBuffer(n);
    }
    index.push(i);
    offset.push(used);
    length.push(n);
    if (n > 0) {
      scratch.buffer.copy(new Uint8Array(arena, used, n), 0, 0, n);
      used += n;
    }
    if (index.length >= BATCH) flush();
  }
  flush();
} finally {
  Atomics.store(state, FINISHED, 1);
  Atomics.notify(state, POSTED);
}
