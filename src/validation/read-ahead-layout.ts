/** Layout of the Int32Array the two reading threads share (read-ahead.ts, read-worker.ts). */
export const POSTED = 0; // batches posted by the helper
export const FINISHED = 1; // 1 once the helper has stopped
export const CHECKING = 2; // the file the checking thread is at
export const FIRST = 3; // then one claim per file:
export const FREE = 0;
export const HELPER = 1;
export const MAIN = 2;
/** How far the helper may read ahead of the checks (bounds the memory the bytes take). */
export const AHEAD = 2048;
