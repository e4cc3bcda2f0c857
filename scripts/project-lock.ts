import fs from 'node:fs';
import path from 'node:path';

/**
 * Astro writes into the project's own `.astro/` during a build (content-assets.mjs: the map of the
 * pictures of the content being built), whatever the output or cache folder. Two builds of one
 * checkout at the same time (the publishing server and a developer, or the tests) would read each
 * other's map, so from the Astro step on a build holds `.astro/build.lock` (the holder's process
 * id; a lock whose process has ended is taken over). Resolves with a function that releases it.
 */
export async function lockProject(root: string = process.cwd()): Promise<() => void> {
  const file = path.resolve(root, '.astro/build.lock');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  let said = false;
  for (;;) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: 'wx' });
      // Removes the lock once, and only while it is still ours: a build that took it over after
      // our release must keep it when we exit.
      const release = () => {
        process.off('exit', release);
        if (fs.existsSync(file) && fs.readFileSync(file, 'utf8').trim() === String(process.pid)) fs.rmSync(file, { force: true });
      };
      process.once('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = Number(fs.readFileSync(file, 'utf8').trim() || 0);
    if (!holder || !alive(holder)) {
      fs.rmSync(file, { force: true });
      continue;
    }
    if (!said) console.error(`Đang chờ một lần dựng khác của dự án này kết thúc (tiến trình ${holder})…`);
    said = true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
