/**
 * Pagefind's fragments kept between builds (issue 20: the warm rebuild after a publication).
 *
 * Pagefind writes one gzip-compressed fragment per indexed page, named by a short hash of its
 * content, and does not write a fragment whose file already exists. Compressing the fragments
 * (at gzip's best level) is a third of Pagefind's time: at 10,000 initiatives 19 s fresh, 14 s with
 * the fragments of the previous build in place. So a build with ASTRO_CACHE_DIR links the previous
 * build's fragments into the new bundle before Pagefind runs, and keeps this build's afterwards.
 *
 * The hash is only 7 hex digits, and Pagefind trusts any file of that name (its own TODO warns
 * about it). So no kept fragment is trusted blindly: each one the new index refers to must hold
 * the word count the new index gives it, a page that exists, and no page another fragment holds.
 * `verify` names the ones that fail; the build deletes them and runs Pagefind again, which then
 * writes them. Fragments the index no longer refers to (a deleted or changed page) are removed
 * from the bundle, so none of an unpublished page's text stays on the site.
 *
 * Files are linked, never written in place: Pagefind creates a fragment only when the name is
 * free, and nothing else here opens one for writing, so the cache and the published site can share
 * the same files.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fragmentPage, metaPages, type MetaPage } from '../lib/pagefind-meta.ts';

interface Described {
  url: string;
  wordCount: number;
}

/** What the cache's index file holds: each kept fragment's page. */
type CacheIndex = Record<string, [url: string, wordCount: number]>;

const FRAGMENT = '.pf_fragment';

export class FragmentCache {
  readonly dir: string;
  readonly #indexFile: string;
  #described: Promise<Map<string, Described>> | undefined;
  #seeded = new Set<string>();
  /** Found wrong in this build: never linked again. */
  #forgotten = new Set<string>();
  /** Pages of fragments read while verifying (those Pagefind wrote in this build). */
  #fresh = new Map<string, Described>();

  readonly #cacheDir: string;
  readonly #prefix: string;

  /**
   * The fragments go to `<base>.pagefind-<version>/` (base: the kept build folder, one per content
   * folder): another Pagefind may compress or lay them out otherwise, so it starts afresh.
   */
  constructor(base: string, pagefindVersion: string) {
    this.#cacheDir = path.dirname(base);
    this.#prefix = `${path.basename(base)}.pagefind-`;
    this.dir = `${base}.pagefind-${pagefindVersion}`;
    this.#indexFile = `${this.dir}.json`;
  }

  /**
   * Starts reading which page each kept fragment holds: from the cache's index file, and from the
   * fragment itself where that has no line (after a cold build, which reads none). Runs beside
   * Astro's build; `verify` awaits it.
   */
  describe(): void {
    this.#described = (async () => {
      const names = this.#names(this.dir);
      const index = this.#readIndex();
      const described = new Map<string, Described>();
      const unread: string[] = [];
      for (const name of names) {
        const line = index?.[name];
        if (line) described.set(name, { url: line[0], wordCount: line[1] });
        else unread.push(name);
      }
      await Promise.all(
        unread.map(async (name) => {
          try {
            described.set(name, fragmentPage(await fs.promises.readFile(path.join(this.dir, name + FRAGMENT))));
          } catch {
            // unreadable: not described, so not seeded
          }
        }),
      );
      return described;
    })();
  }

  /**
   * Links the kept fragments that could be described into `bundleDir/fragment/` (Pagefind's
   * output for the site). Returns how many.
   */
  async seed(bundleDir: string): Promise<number> {
    if (!this.#described) this.describe();
    const described = await this.#described!;
    const target = path.join(bundleDir, 'fragment');
    // Only what is linked now counts as kept (a second attempt starts from a clean bundle).
    fs.rmSync(target, { recursive: true, force: true });
    fs.mkdirSync(target, { recursive: true });
    this.#seeded.clear();
    for (const name of described.keys()) {
      if (this.#forgotten.has(name)) continue;
      try {
        fs.linkSync(path.join(this.dir, name + FRAGMENT), path.join(target, name + FRAGMENT));
        this.#seeded.add(name);
      } catch {
        // another file system, or gone: Pagefind writes it
      }
    }
    return this.#seeded.size;
  }

  /**
   * After Pagefind: the seeded fragments the new index refers to that do not hold the page it
   * expects. `siteDir` is the built site (a fragment's URL must be one of its pages).
   */
  async verify(bundleDir: string, siteDir: string): Promise<string[]> {
    const pages = this.#indexedPages(bundleDir);
    if (!pages.some((page) => this.#seeded.has(page.hash))) return [];
    const described = await this.#described!;
    const wrong = new Set<string>();
    const byUrl = new Map<string, string[]>();
    for (const page of pages) {
      let held: Described;
      if (this.#seeded.has(page.hash)) {
        held = described.get(page.hash)!;
      } else {
        held = this.#fresh.get(page.hash) ?? fragmentPage(fs.readFileSync(path.join(bundleDir, 'fragment', page.hash + FRAGMENT)));
        this.#fresh.set(page.hash, held);
      }
      if (this.#seeded.has(page.hash) && (held.wordCount !== page.wordCount || !fs.existsSync(pageFile(siteDir, held.url)))) {
        wrong.add(page.hash);
      }
      byUrl.set(held.url, [...(byUrl.get(held.url) ?? []), page.hash]);
    }
    for (const hashes of byUrl.values()) {
      if (new Set(hashes).size > 1) for (const hash of hashes) if (this.#seeded.has(hash)) wrong.add(hash);
    }
    return [...wrong].sort();
  }

  /** Removes fragments found wrong from the bundle and the cache, so Pagefind writes them anew. */
  forget(bundleDir: string, names: string[]): void {
    for (const name of names) {
      fs.rmSync(path.join(bundleDir, 'fragment', name + FRAGMENT), { force: true });
      fs.rmSync(path.join(this.dir, name + FRAGMENT), { force: true });
      this.#seeded.delete(name);
      this.#forgotten.add(name);
    }
  }

  /** Empties the cache: nothing is linked into the next attempt. */
  clear(): void {
    fs.rmSync(this.#indexFile, { force: true });
    fs.rmSync(this.dir, { recursive: true, force: true });
    this.#described = Promise.resolve(new Map());
    this.#seeded.clear();
  }

  /**
   * Once the index is right: removes from the bundle the fragments it does not refer to, and
   * makes the cache hold exactly the bundle's fragments, with their pages in its index file.
   */
  async keep(bundleDir: string): Promise<void> {
    const bundle = path.join(bundleDir, 'fragment');
    const referenced = new Set(this.#indexedPages(bundleDir).map((page) => page.hash));
    for (const name of this.#names(bundle)) if (!referenced.has(name)) fs.rmSync(path.join(bundle, name + FRAGMENT));
    // The index file goes first: should this stop half way, the next build reads the fragments.
    fs.rmSync(this.#indexFile, { force: true });
    fs.mkdirSync(this.dir, { recursive: true });
    for (const name of this.#names(this.dir)) if (!referenced.has(name)) fs.rmSync(path.join(this.dir, name + FRAGMENT));
    const cached = new Set(this.#names(this.dir));
    for (const name of referenced) {
      if (!cached.has(name)) fs.linkSync(path.join(bundle, name + FRAGMENT), path.join(this.dir, name + FRAGMENT));
    }
    await this.#writeIndex(referenced);
    // Fragments of another Pagefind version are of no more use.
    for (const other of fs.readdirSync(this.#cacheDir)) {
      const full = path.join(this.#cacheDir, other);
      if (other.startsWith(this.#prefix) && full !== this.dir && full !== this.#indexFile) fs.rmSync(full, { recursive: true, force: true });
    }
  }

  async #writeIndex(referenced: Set<string>): Promise<void> {
    const described = (await this.#described) ?? new Map<string, Described>();
    const index: CacheIndex = {};
    for (const name of [...referenced].sort()) {
      const page = this.#seeded.has(name) ? described.get(name) : this.#fresh.get(name);
      if (page) index[name] = [page.url, page.wordCount];
    }
    const temporary = `${this.#indexFile}.${process.pid}`;
    fs.writeFileSync(temporary, JSON.stringify(index));
    fs.renameSync(temporary, this.#indexFile);
  }

  #readIndex(): CacheIndex | undefined {
    try {
      return JSON.parse(fs.readFileSync(this.#indexFile, 'utf8')) as CacheIndex;
    } catch {
      return undefined;
    }
  }

  #names(dir: string): string[] {
    try {
      return fs.readdirSync(dir).filter((f) => f.endsWith(FRAGMENT)).map((f) => f.slice(0, -FRAGMENT.length));
    } catch {
      return [];
    }
  }

  /** The pages of every language's index in the bundle (Pagefind's entry file names them). */
  #indexedPages(bundleDir: string): MetaPage[] {
    const entry = JSON.parse(fs.readFileSync(path.join(bundleDir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
    return Object.values(entry.languages).flatMap(({ hash }) => metaPages(fs.readFileSync(path.join(bundleDir, `pagefind.${hash}.pf_meta`))));
  }
}

/** The built file of a page's URL (`/a/b/` → `a/b/index.html`). */
function pageFile(siteDir: string, url: string): string {
  const rel = decodeURI(url.split(/[?#]/)[0]!).replace(/^\/+/, '');
  return path.join(siteDir, rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel);
}
