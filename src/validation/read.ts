/**
 * Reading one content file, shared by the checking thread and the read-ahead thread: only a
 * regular file is read (a FIFO, socket or device would block or never end), opened without
 * blocking, and never more than the size limit. The bytes land in a reusable scratch buffer.
 */
import fs from 'node:fs';

/** Largest text file (entry, site.yml, glossary) the validator reads: 2 MB. */
export const MAX_TEXT_BYTES = 2 * 1024 * 1024;

/** Why a file was not read: not a regular file, or larger than MAX_TEXT_BYTES. */
export const NOT_REGULAR = -2;
export const TOO_LARGE = -3;

/** A growable buffer reused for every file (no allocation per file). */
export interface Scratch { buffer: Buffer }
export const newScratch = (): Scratch => ({ buffer: Buffer.allocUnsafe(1 << 16) });

const FLAGS = fs.constants.O_RDONLY | fs.constants.O_NONBLOCK | fs.constants.O_NOCTTY;

/**
 * Reads the whole file into `scratch.buffer` (which may be replaced by a larger one: read it only
 * after the call) and returns its length, or NOT_REGULAR / TOO_LARGE. Throws what `open` throws.
 */
export function readInto(file: string, scratch: Scratch): number {
  const fd = fs.openSync(file, FLAGS);
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) return NOT_REGULAR;
    if (stat.size > MAX_TEXT_BYTES) return TOO_LARGE;
    let n = 0;
    for (;;) {
      if (n === scratch.buffer.length) {
        const bigger = Buffer.allocUnsafe(scratch.buffer.length * 2);
        scratch.buffer.copy(bigger, 0, 0, n);
        scratch.buffer = bigger;
      }
      const got = fs.readSync(fd, scratch.buffer, n, scratch.buffer.length - n, null);
      if (got === 0) return n;
      n += got;
      // A file that grew while being read is still held to the limit.
      if (n > MAX_TEXT_BYTES) return TOO_LARGE;
    }
  } finally {
    fs.closeSync(fd);
  }
}
