/**
 * `npm run validate`: first version — parses every entry of CONTENT_DIR against its schema.
 * (Cross-references, privacy checks and the Vietnamese error formatter come with issue #4.)
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { contentDir } from '../src/lib/content-dir.ts';
import {
  criteriaSchema, documentSchema, honorSchema, initiativeSchema, reportSchema, siteSchema, storySchema, unitSchema,
} from '../src/schemas/index.ts';

const root = contentDir();
const collections = {
  documents: documentSchema, criteria: criteriaSchema, units: unitSchema, initiatives: initiativeSchema,
  honors: honorSchema, stories: storySchema, reports: reportSchema,
} as const;
const problems: string[] = [];
const rel = (f: string) => path.relative(process.cwd(), f);

function frontmatter(text: string): unknown {
  const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  return m ? parse(m[1]!) : {};
}

function check(file: string, schema: { safeParse(v: unknown): { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } }, data: unknown) {
  const result = schema.safeParse(data);
  for (const issue of result.error?.issues ?? []) {
    problems.push(`${rel(file)}: trường "${issue.path.join('.')}": ${issue.message}`);
  }
}

check(path.join(root, 'site.yml'), siteSchema, parse(fs.readFileSync(path.join(root, 'site.yml'), 'utf8')));
let count = 0;
for (const [folder, schema] of Object.entries(collections)) {
  const dir = path.join(root, folder);
  if (!fs.existsSync(dir)) continue;
  for (const name of fs.readdirSync(dir).sort()) {
    if (!/\.(md|ya?ml)$/.test(name)) continue;
    const file = path.join(dir, name);
    const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    check(file, schema, name.endsWith('.md') ? frontmatter(text) : parse(text));
    count++;
  }
}
for (const p of problems) console.error(p);
console.log(problems.length ? `${problems.length} lỗi trong ${count} mục.` : `Hợp lệ: ${count} mục.`);
process.exit(problems.length ? 1 : 0);
