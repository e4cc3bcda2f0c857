/**
 * The public site the server answers with: the latest good build of the published branch.
 * A publication asks for a rebuild; rebuilds run one at a time and publications that arrive
 * meanwhile are coalesced into one more. Each build goes into a new folder of the state folder
 * from a fresh export of the branch (never a working tree the CMS touches); only when it has
 * succeeded does `current` switch to it, in one assignment, so a request sees either the old
 * site or the new one, never half of either. A failed build leaves the old site in place and its
 * message is shown to staff on /admin/. The folder before the current one is kept until the next
 * switch, for requests still reading it.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseHeaders, type HeaderRule } from './headers.ts';
import type { Git } from './git.ts';

export interface Build { dir: string; rev: string; builtAt: string; rules: HeaderRule[] }
export interface SiteStatus { building: boolean; queued: boolean; builtAt?: string; rev?: string; error?: { at: string; message: string } }

export interface LiveSiteOptions {
  git: Git;
  branch: string;
  contentFolder: string;
  stateDir: string;
  /** The project (scripts/build.ts and its node_modules). */
  projectRoot: string;
  /** Extra environment for the build (BUILD_DATE in tests). */
  env?: Record<string, string>;
  log?: (line: string) => void;
}

export class LiveSite {
  current: Build | undefined;
  #building: Promise<void> | undefined;
  #queued = false;
  #error: SiteStatus['error'];
  readonly #o: LiveSiteOptions;

  constructor(options: LiveSiteOptions) {
    this.#o = options;
    this.current = this.#load();
  }

  get #pointer() {
    return path.join(this.#o.stateDir, 'current.json');
  }

  /** The build recorded by an earlier run, if its folder is still there. */
  #load(): Build | undefined {
    try {
      const saved = JSON.parse(fs.readFileSync(this.#pointer, 'utf8')) as Omit<Build, 'rules'>;
      if (!fs.existsSync(path.join(saved.dir, 'index.html'))) return undefined;
      return { ...saved, rules: readRules(saved.dir) };
    } catch {
      return undefined;
    }
  }

  status(): SiteStatus {
    return { building: this.#building !== undefined, queued: this.#queued, builtAt: this.current?.builtAt, rev: this.current?.rev, error: this.#error };
  }

  /** Builds unless the current build already shows the branch's head. */
  async ensureFresh(): Promise<void> {
    const head = await this.#o.git.revParse(`refs/heads/${this.#o.branch}`);
    if (!this.current || this.current.rev !== head) await this.rebuild();
  }

  /** Asks for a rebuild; resolves when a build that includes everything published so far is done. */
  async rebuild(): Promise<void> {
    if (this.#building) {
      this.#queued = true;
      await this.#building;
      return this.#building ?? undefined;
    }
    const run = async () => {
      try {
        do {
          this.#queued = false;
          try {
            await this.#buildOnce();
          } catch (err) {
            // Export or spawn failed: the old site stays, and staff see why on /admin/.
            this.#error = { at: new Date().toISOString(), message: String(err instanceof Error ? err.message : err) };
          }
        } while (this.#queued);
      } finally {
        this.#building = undefined;
      }
    };
    this.#building = run();
    await this.#building;
  }

  async #buildOnce(): Promise<void> {
    const log = this.#o.log ?? (() => {});
    const rev = await this.#o.git.revParse(`refs/heads/${this.#o.branch}`);
    if (!rev) throw new Error(`no branch ${this.#o.branch}`);
    const started = Date.now();
    const exportDir = path.join(this.#o.stateDir, 'export');
    fs.rmSync(exportDir, { recursive: true, force: true });
    await this.#o.git.exportTree(rev, this.#o.contentFolder, exportDir);
    const contentDir = path.join(exportDir, this.#o.contentFolder);
    const out = path.join(this.#o.stateDir, 'sites', `${started}-${rev.slice(0, 10)}`);
    const result = await runBuild(this.#o.projectRoot, contentDir, out, {
      // One Astro cache for every rebuild, so an unchanged entry is not processed again.
      ASTRO_CACHE_DIR: path.join(this.#o.stateDir, 'astro-cache'),
      ...this.#o.env,
    });
    if (result.code !== 0) {
      fs.rmSync(out, { recursive: true, force: true });
      this.#error = { at: new Date().toISOString(), message: result.problems };
      log(result.problems);
      return;
    }
    const previous = this.current;
    this.current = { dir: out, rev, builtAt: new Date().toISOString(), rules: readRules(out) };
    this.#error = undefined;
    fs.writeFileSync(this.#pointer, JSON.stringify({ dir: out, rev, builtAt: this.current.builtAt }));
    this.#prune([out, previous?.dir]);
    log(`built ${rev.slice(0, 10)} in ${Date.now() - started} ms`);
  }

  /** Removes every build folder except `keep`. */
  #prune(keep: (string | undefined)[]): void {
    const sites = path.join(this.#o.stateDir, 'sites');
    for (const name of fs.existsSync(sites) ? fs.readdirSync(sites) : []) {
      const dir = path.join(sites, name);
      if (!keep.includes(dir)) fs.rmSync(dir, { recursive: true, force: true });
    }
  }
}

function readRules(dir: string): HeaderRule[] {
  const file = path.join(dir, '_headers');
  return fs.existsSync(file) ? parseHeaders(fs.readFileSync(file, 'utf8')) : [];
}

/** `node scripts/build.ts --outDir OUT` on CONTENT_DIR; the Vietnamese problem lines when it fails. */
function runBuild(projectRoot: string, contentDir: string, out: string, env: Record<string, string>): Promise<{ code: number; problems: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['scripts/build.ts', '--outDir', out], {
      cwd: projectRoot,
      env: { ...process.env, CONTENT_DIR: contentDir, ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const err: Buffer[] = [];
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('close', (code) => {
      // The validator's lines name the files relative to the export: make them read content/…
      const text = Buffer.concat(err).toString('utf8').split(contentDir + path.sep).join('').split(path.relative(projectRoot, contentDir) + path.sep).join('').trim();
      resolve({ code: code ?? 1, problems: text.split('\n').slice(-40).join('\n') });
    });
  });
}
