/**
 * Done-when of issue 17: `npm run --silent tts < fixtures/demo/stories/X.md` prints, for every demo
 * story, no digit, no "/", "%", "@", "°", "&" and no abbreviation of the glossary left unexpanded.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../../src/node/glossary.ts';

const dir = path.resolve('fixtures/demo/stories');
const stories = fs.readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
const keys = Object.keys(loadGlossary(path.resolve('content'))).map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
const unexpanded = new RegExp(`(?<![\\p{L}\\p{N}])(${keys.join('|')})(?![\\p{L}\\p{N}])`, 'u');

describe('npm run tts on every demo story', () => {
  it('has demo stories to read', () => expect(stories.length).toBeGreaterThanOrEqual(5));
  for (const f of stories) {
    it(`${f}: prints words only, no digit, symbol or glossary abbreviation`, () => {
      const run = spawnSync('npm', ['run', '--silent', 'tts'], { input: fs.readFileSync(path.join(dir, f)), encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
      const out = run.stdout;
      expect(out.trim().length).toBeGreaterThan(0);
      expect(out).not.toMatch(/[\d/%@°&]/);
      const hit = unexpanded.exec(out);
      expect(hit?.[0], hit ? out.slice(Math.max(0, hit.index - 40), hit.index + 40) : '').toBeUndefined();
    }, 60_000); // npm and Node start for each story: seconds on a busy machine
  }
});
