/**
 * Reads the files of a large content folder on a second thread while this one checks the files
 * already read. With the checks themselves fast, opening and reading 13,000 small files is a
 * third of a run, and validateContent is synchronous, so it cannot wait on promises for I/O.
 *
 * The helper (read-worker.ts) reads with the same `readInto` as this thread.
 * Both threads claim files one at a time in a shared array, so no file is read twice: the helper
 * reads ahead in order, at most AHEAD files ahead of the checks, and posts the bytes in batches;
 * `take(i)` returns the bytes of file `i`, or undefined when this thread should read the file
 * itself: the helper has not got to it yet, could not read it, or is gone. Reading it here then
 * gives the same bytes or throws the same error as without the helper.
 */
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';

import { CHECKING, FINISHED, FIRST, FREE, MAIN, POSTED } from './read-ahead-layout.ts';

/** Longest wait for a file the helper has claimed before this thread reads everything itself. */
const PATIENCE_MS = 2000;

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
    this.#worker = new Worker(new URL('./read-worker.ts', import.meta.url), { workerData: { files, state: this.#state, port: port2 }, transferList: [port2] });
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

  /** Resolves when the helper thread has ended (it ends by itself once every file is claimed). */
  finished(): Promise<void> {
    return new Promise((resolve) => {
      if (Atomics.load(this.#state, FINISHED) === 1) resolve();
      else this.#worker.once('exit', () => resolve());
    });
  }

  /** Stops the helper (it may still be reading files nobody needs). */
  close(): void {
    if (this.#gone) return;
    this.#gone = true;
    this.#port.close();
    void this.#worker.terminate();
  }
}
