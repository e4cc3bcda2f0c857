/** The staff glossary (`tu-viet-tat.yml`) parsed into readings; src/node/glossary.ts reads the file. */
import yaml from 'js-yaml';
import { glossarySchema } from '../../schemas/glossary.ts';
import { formatProblem, viErrorMap } from '../../validation/messages.ts';
import type { Glossary, GlossaryReading } from './types.ts';

export const GLOSSARY_FILE = 'tu-viet-tat.yml';

/** Parses a glossary file; throws the validator's Vietnamese lines (file, field, message). */
export function parseGlossary(source: string, file: string): Glossary {
  const result = glossarySchema.safeParse(yaml.load(source), { error: viErrorMap });
  if (!result.success) {
    throw new Error(result.error.issues.map((i) => formatProblem({ file, field: i.path.join('.'), message: i.message })).join('\n'));
  }
  const readings = new Map<string, GlossaryReading[]>();
  for (const e of result.data.entries) {
    const key = e.abbr.normalize('NFC');
    const reading: GlossaryReading = { say: e.say.normalize('NFC'), ...(e.context?.length ? { context: e.context.map((w) => w.normalize('NFC')) } : {}) };
    readings.set(key, [...(readings.get(key) ?? []), reading]);
  }
  // One plain reading stays a string; readings chosen by context stay a list.
  return Object.fromEntries([...readings].map(([k, list]) => [k, list.length === 1 && !list[0]!.context ? list[0]!.say : list]));
}
