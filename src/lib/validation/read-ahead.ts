/**
 * Reads the files of a large content folder on a second thread while this one checks the files
 * already read. With the checks themselves fast, opening and reading 13,000 small files is a
 * third of a run, and validateContent is synchronous, so it cannot wait on promises for I/O.
 *
 * The helper is plain JavaScript with `node:fs` only (it starts in a few tens of milliseconds).
 * Both threads claim files one at a time in a shared array, so no file is read twice: the helper
 * reads ahead in order, at most AHEAD files ahead of the checks, and posts the bytes in batches;
 * `take(i)` returns the bytes of file `i`, or undefined when this thread should read the file
 * itself: the helper has not got to it yet, could not read it, or is gone. Reading it here then
 * gives the same bytes or throws the same error as without the helper.
 */
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';

/** Layout of the shared Int32Array: counters, then one claim per file. */
const POSTED = 0; // batches posted by the helper
const FINISHED = 1; // 1 once the helper has stopped
const CHECKING = 2; // the file this thread is at
const FIRST = 3;
const FREE = 0;
const MAIN = 2;

/** Longest wait for a file the helper has claimed before this thread reads everything itself. */
const PATIENCE_MS = 2000;
/** How far the helper may read ahead of the checks (bounds the memory the bytes take). */
const AHEAD = 2048;

const HELPER = `
const fs = require('node:fs');
const { workerData } = require('node:worker_threads');
const { files, state, port } = workerData;
const POSTED = 0, FINISHED = 1, CHECKING = 2, FIRST = 3, FREE = 0, HELPER = 1;
const AHEAD = ${AHEAD}, BATCH = 64, ARENA = 1 << 18;
let scratch = Buffer.allocUnsafe(1 << 16);
function read(file) {
  const fd = fs.openSync(file, 'r');
  try {
    let n = 0;
    for (;;) {
      if (n === scratch.length) {
        const bigger = Buffer.allocUnsafe(scratch.length * 2);
        scratch.copy(bigger, 0, 0, n);
        scratch = bigger;
      }
      const got = fs.readSync(fd, scratch, n, scratch.length - n, null);
      if (got === 0) return n;
      n += got;
    }
  } finally {
    fs.closeSync(fd);
  }
}
let arena = new ArrayBuffer(ARENA), used = 0, index = [], offset = [], length = [];
function flush() {
  if (!index.length) return;
  port.postMessage({ index, offset, length, bytes: arena }, [arena]);
  arena = new ArrayBuffer(ARENA); used = 0; index = []; offset = []; length = [];
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
    let n;
    try { n = read(files[i]); } catch { n = -1; }
    if (n > 0 && used + n > arena.byteLength) {
      flush();
      if (n > arena.byteLength) arena = new ArrayBuffer(n);
    }
    index.push(i); offset.push(used); length.push(n);
    if (n > 0) { scratch.copy(new Uint8Array(arena, used, n), 0, 0, n); used += n; }
    if (index.length >= BATCH) flush();
  }
  flush();
} finally {
  Atomics.store(state, FINISHED, 1);
  Atomics.notify(state, POSTED);
}
`;

export class ReadAhead {
  #state: Int32Array;
  #port: MessagePort;
  #worker: Worker;
  #bytes: (ArrayBuffer | undefined)[];
  #offset: Int32Array;
  #length: Int32Array;
  #gone = false;
  /** Milliseconds this thread spent waiting for the helper. */
  waitMs = 0;

  constructor(files: string[]) {
    this.#state = new Int32Array(new SharedArrayBuffer(4 * (FIRST + files.length)));
    this.#bytes = new Array<ArrayBuffer | undefined>(files.length);
    this.#offset = new Int32Array(files.length);
    this.#length = new Int32Array(files.length);
    const { port1, port2 } = new MessageChannel();
    this.#port = port1;
    this.#worker = new Worker(HELPER, { eval: true, workerData: { files, state: this.#state, port: port2 }, transferList: [port2] });
    // A helper that cannot start or dies only means this thread reads the rest itself.
    this.#worker.on('error', () => {});
    this.#worker.unref();
  }

  /** Everything the helper has posted so far. */
  #drain(): void {
    for (let m = receiveMessageOnPort(this.#port); m; m = receiveMessageOnPort(this.#port)) {
      const { index, offset, length, bytes } = m.message as { index: number[]; offset: number[]; length: number[]; bytes: ArrayBuffer };
      for (let k = 0; k < index.length; k++) {
        const i = index[k]!;
        this.#bytes[i] = bytes;
        this.#offset[i] = offset[k]!;
        this.#length[i] = length[k]!;
      }
    }
  }

  /** The bytes of file `i` as the helper read them, or undefined: then the caller reads the file. */
  take(i: number): Buffer | undefined {
    if (this.#gone) return undefined;
    Atomics.store(this.#state, CHECKING, i);
    if (i % 64 === 0) Atomics.notify(this.#state, CHECKING);
    if (this.#bytes[i] === undefined) {
      this.#drain();
      // Not read yet: this thread's if the helper has not claimed it, else wait for the helper.
      if (this.#bytes[i] === undefined && Atomics.compareExchange(this.#state, FIRST + i, FREE, MAIN) === FREE) return undefined;
      const started = performance.now();
      while (this.#bytes[i] === undefined) {
        const posted = Atomics.load(this.#state, POSTED);
        this.#drain();
        if (this.#bytes[i] !== undefined) break;
        if (Atomics.load(this.#state, FINISHED) === 1 || performance.now() - started > PATIENCE_MS) {
          this.#drain();
          if (this.#bytes[i] !== undefined) break;
          this.close();
          this.waitMs += performance.now() - started;
          return undefined;
        }
        Atomics.wait(this.#state, POSTED, posted, 20);
      }
      this.waitMs += performance.now() - started;
    }
    const bytes = this.#bytes[i]!;
    this.#bytes[i] = undefined;
    const length = this.#length[i]!;
    // -1: the helper could not read it; reading it here gives the same error (or the bytes).
    return length < 0 ? undefined : Buffer.from(bytes, this.#offset[i], length);
  }

  /** Stops the helper (it may still be reading files nobody needs). */
  close(): void {
    if (this.#gone) return;
    this.#gone = true;
    this.#port.close();
    void this.#worker.terminate();
  }
}
