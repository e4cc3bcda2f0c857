/**
 * The build log is what the commune's IT person reads after a publication: a warning there must
 * mean something. A collection nobody has written to yet (the real content has no initiatives,
 * honours, stories or reports) is normal, so it gets none.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildLogOf, ensureSite, SITES, siteExists, type SiteName } from '../helpers/sites.ts';

describe('build log', () => {
  for (const name of Object.keys(SITES) as SiteName[]) {
    it.runIf(siteExists(name))(`has no warning for the ${name} site`, () => {
      const log = fs.readFileSync(buildLogOf(ensureSite(name)), 'utf8');
      expect(log).toMatch(/page\(s\) built in/);
      expect(log.split('\n').filter((line) => /\[WARN\]|\bwarn(ing)?\b/i.test(line))).toEqual([]);
    });
  }
});
