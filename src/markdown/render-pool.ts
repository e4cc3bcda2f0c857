/**
 * Markdown rendered on worker threads while Astro syncs the content. Astro's glob loader parses
 * and renders every entry on the main thread (at 10,000 initiatives Markdown was about 8 s of a
 * 20 s sync, the second core idle); its other work (front matter, zod, the data store) stays there.
 * The loader itself is unchanged: only the render function of its `.md` entry type is swapped
 * (withRenderWorkers), so ids, digests, the cache, pictures and `npm run dev`'s watcher work as
 * before. The workers build the same processor as astro.config.mjs (markdownProcessor), so the HTML
 * is the same (tests/unit/render-pool.test.ts compares them).
 *
 * The first 1,000 entries of a burst are rendered in-thread: two workers take about 0.3 s and
 * 100 MB to start, which only pays off on a large site (at 500 initiatives they made the cold build
 * 0.8 s slower and its peak memory 12 % higher; at 10,000 they save 8 s). Workers end as soon as
 * nothing is in flight for a moment, so they do not hold their memory while Astro writes its data
 * store; a burst ends after a second without entries. Whatever a worker cannot do (a crash, data it
 * cannot be sent) is rendered in-thread instead, so an entry is never lost and an error reads as
 * Astro's own.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { AstroConfig } from 'astro';

/** What Astro's glob loader gives a render function, and what it expects back. */
export interface RenderEntry { id: string; data: Record<string, unknown>; body?: string; filePath?: string; digest?: number | string }
export interface Rendered { html: string; metadata?: Record<string, unknown> }
export type RenderFunction = (entry: RenderEntry) => Promise<Rendered>;
interface EntryType { getRenderFunction?: (config: AstroConfig) => Promise<RenderFunction> }

export interface RenderTask { task: number; body: string; frontmatter: Record<string, unknown>; filePath?: string }
export type RenderReply = { task: number; html: string; metadata: Record<string, unknown> } | { task: number; error: string };

/** The options Astro creates its Markdown renderer with (content-layer.js, content-entry-type.js). */
function rendererOptions(config: AstroConfig) {
  const { markdown, image } = config;
  return { image, syntaxHighlight: markdown.syntaxHighlight, shikiConfig: markdown.shikiConfig, gfm: markdown.gfm, smartypants: markdown.smartypants };
}

export interface PoolOptions {
  /** Worker threads; 0 renders everything in-thread. */
  threads: number;
  /** Entries of a burst rendered in-thread before the workers start. */
  startAfter: number;
  /** Milliseconds with nothing in flight after which the workers end. */
  idleMs: number;
  /** Milliseconds without an entry after which a burst ends (the next entries count from 0). */
  burstMs: number;
}

export const DEFAULT_POOL: PoolOptions = { threads: Math.min(2, os.availableParallelism()), startAfter: 1000, idleMs: 100, burstMs: 1000 };

interface Pending { entry: RenderEntry; resolve: (rendered: Rendered | Promise<Rendered>) => void }
interface Slot { worker: Worker; inFlight: Map<number, Pending>; ended: boolean }

/** A render function that hands entries to worker threads, falling back to `local`. */
export function createRenderPool(local: RenderFunction, shared: ReturnType<typeof rendererOptions>, options: PoolOptions = DEFAULT_POOL): RenderFunction {
  let slots: Slot[] = [];
  let burst = 0;
  let nextTask = 0;
  let idle: NodeJS.Timeout | undefined;
  let quiet: NodeJS.Timeout | undefined;
  let broken = options.threads < 1;
  try {
    structuredClone(shared);
  } catch {
    broken = true; // options a worker cannot be given (a function in shikiConfig, say)
  }

  const stop = () => {
    for (const slot of slots) {
      slot.ended = true;
      void slot.worker.terminate();
    }
    slots = [];
  };

  /** Once nothing is in flight, ends the workers after idleMs and the burst after burstMs, unless another entry comes. */
  const settle = () => {
    if (slots.some((s) => s.inFlight.size > 0)) return;
    clearTimeout(idle);
    clearTimeout(quiet);
    idle = setTimeout(stop, options.idleMs);
    quiet = setTimeout(() => (burst = 0), options.burstMs);
    idle.unref();
    quiet.unref();
  };

  const open = (): Slot => {
    const worker = new Worker(new URL('./render-worker.ts', import.meta.url), { workerData: { shared } });
    const slot: Slot = { worker, inFlight: new Map(), ended: false };
    worker.on('message', (reply: RenderReply) => {
      const pending = slot.inFlight.get(reply.task);
      if (!pending) return;
      slot.inFlight.delete(reply.task);
      if (slot.inFlight.size === 0) worker.unref();
      // An entry the worker could not render is rendered here, so its error reads as Astro's own.
      pending.resolve('error' in reply ? local(pending.entry) : { html: reply.html, metadata: reply.metadata });
      settle();
    });
    // A worker that fails hands its entries back to the main thread and is not used again.
    const fail = () => {
      if (slot.ended) return;
      slot.ended = true;
      slots = slots.filter((s) => s !== slot);
      if (slots.length === 0) broken = true;
      for (const { entry, resolve } of slot.inFlight.values()) resolve(local(entry));
      slot.inFlight.clear();
      settle();
    };
    worker.on('error', fail);
    worker.on('exit', fail);
    worker.unref();
    return slot;
  };

  return async function render(entry) {
    clearTimeout(idle);
    clearTimeout(quiet);
    burst++;
    if (broken || burst <= options.startAfter) {
      settle();
      return local(entry);
    }
    if (slots.length === 0) slots = Array.from({ length: options.threads }, open);
    const slot = slots.reduce((a, b) => (b.inFlight.size < a.inFlight.size ? b : a));
    const task = nextTask++;
    const message: RenderTask = { task, body: entry.body ?? '', frontmatter: entry.data, filePath: entry.filePath };
    return new Promise<Rendered>((resolve) => {
      try {
        slot.worker.postMessage(message);
      } catch {
        resolve(local(entry)); // data a worker cannot be sent
        return;
      }
      slot.inFlight.set(task, { entry, resolve });
      slot.worker.ref(); // an entry in flight keeps the process alive until its answer comes
    });
  };
}

/** One pool per process: each collection's loader asks for the render function anew. */
const pools = new WeakMap<object, Promise<RenderFunction>>();

/**
 * Astro's entry types with the `.md` render function swapped for the pool: what a glob loader is
 * given in place of its own (src/content.config.ts).
 */
export function withRenderWorkers<T extends EntryType>(entryTypes: Map<string, T>, options: PoolOptions = DEFAULT_POOL): Map<string, T> {
  const md = entryTypes.get('.md');
  if (!md?.getRenderFunction) return entryTypes;
  const ownRender = md.getRenderFunction.bind(md);
  const pooled: T = {
    ...md,
    getRenderFunction(config: AstroConfig) {
      let pool = pools.get(md);
      if (!pool) {
        pool = ownRender(config).then((local) => createRenderPool(local, rendererOptions(config), options));
        pools.set(md, pool);
      }
      return pool;
    },
  };
  return new Map([...entryTypes, ['.md', pooled]]);
}
