/** Reads the staff glossary (`tu-viet-tat.yml`) of the content being built, for the build and `npm run tts`. */
import fs from 'node:fs';
import path from 'node:path';
import { GLOSSARY_FILE, parseGlossary } from '../lib/speech/glossary.ts';
import type { Glossary } from '../lib/speech/types.ts';
import { contentDir } from './content-dir.ts';

/**
 * The glossary of the content being built; a content folder without one (test sets) uses the
 * project's own `content/tu-viet-tat.yml`, so abbreviations are never read letter by letter.
 */
export function loadGlossary(dir = contentDir()): Glossary {
  for (const candidate of [path.join(dir, GLOSSARY_FILE), path.resolve('content', GLOSSARY_FILE)]) {
    if (fs.existsSync(candidate)) return parseGlossary(fs.readFileSync(candidate, 'utf8'), candidate);
  }
  return {};
}
