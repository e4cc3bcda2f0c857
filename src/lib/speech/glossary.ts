/** Loads the staff glossary (`tu-viet-tat.yml`) for the build and `npm run tts`. Node only. */
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { glossarySchema } from '../../schemas/glossary.ts';
import type { Glossary } from './index.ts';

export const GLOSSARY_FILE = 'tu-viet-tat.yml';

/** Parses a glossary file; throws a Vietnamese message naming the file and field. */
export function parseGlossary(source: string, file: string): Glossary {
  const result = glossarySchema.safeParse(yaml.load(source));
  if (!result.success) {
    const msg = result.error.issues.map((i) => `${file}: trường "${i.path.join('.')}": ${i.message}`).join('\n');
    throw new Error(msg);
  }
  return Object.fromEntries(result.data.entries.map((e) => [e.abbr.normalize('NFC'), e.say.normalize('NFC')]));
}

/**
 * The glossary of the content being built; a content folder without one (test sets) uses the
 * project's own `content/tu-viet-tat.yml`, so abbreviations are never read letter by letter.
 */
export function loadGlossary(dir = path.resolve(process.env.CONTENT_DIR || 'content')): Glossary {
  for (const candidate of [path.join(dir, GLOSSARY_FILE), path.resolve('content', GLOSSARY_FILE)]) {
    if (fs.existsSync(candidate)) return parseGlossary(fs.readFileSync(candidate, 'utf8'), candidate);
  }
  return {};
}
