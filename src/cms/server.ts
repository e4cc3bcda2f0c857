/**
 * Starts the local CMS backend (decap-server) for `npm start`, `npm run dev` and the tests:
 * bound to 127.0.0.1 only (it writes to disk without any login), in git mode when the content is
 * tracked by git (commits, and the editorial workflow draft → review → ready), otherwise in plain
 * file mode. Git mode commits with `git add .`, so a repository with uncommitted changes gets file
 * mode instead: the CMS must never sweep someone's unfinished work into its commits.
 * Resolves once the server answers.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { CMS_HOST, cmsPort, cmsRepository, hasUncommittedChanges, type CmsRepository } from './repository.ts';

export interface CmsServer {
  url: string;
  repository: CmsRepository;
  /** The mode decap-server runs in; `fs` for a git repository means it had uncommitted changes. */
  mode: 'git' | 'fs';
  process: ChildProcess;
  stop(): Promise<void>;
}

export async function startCmsServer(opts: { contentDir?: string; port?: number; quiet?: boolean } = {}): Promise<CmsServer> {
  const repository = cmsRepository(opts.contentDir);
  const port = opts.port ?? cmsPort();
  const mode = repository.mode === 'git' && hasUncommittedChanges(repository.root) ? 'fs' : repository.mode;
  // Another server on the port would answer our readiness check in its place: refuse clearly instead.
  if (!(await portIsFree(port))) {
    throw new Error(`Cổng ${port} trên ${CMS_HOST} đang có chương trình khác dùng (có thể là một "npm start" khác). Tắt chương trình đó, hoặc chạy với CMS_PORT=<cổng khác>.`);
  }
  const bin = path.resolve('node_modules/decap-server/dist/index.js');
  const child = spawn(process.execPath, [bin], {
    // Its own folder as working directory, so a stray .env elsewhere is never read.
    cwd: path.dirname(bin),
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      PORT: String(port),
      BIND_HOST: CMS_HOST,
      MODE: mode,
      GIT_REPO_DIRECTORY: repository.root,
      LOG_LEVEL: opts.quiet ? 'error' : 'info',
    },
    stdio: ['ignore', opts.quiet ? 'ignore' : 'inherit', 'inherit'],
  });
  const url = `http://${CMS_HOST}:${port}/api/v1`;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };

  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`decap-server dừng ngay khi khởi động (mã ${child.exitCode}); xem thông báo phía trên.`);
    try {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"action":"info"}' });
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`decap-server không trả lời tại ${url} sau 20 giây.`);
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  return { url, repository, mode, process: child, stop };
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, CMS_HOST, () => probe.close(() => resolve(true)));
  });
}
