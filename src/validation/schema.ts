/** Parsed data against its collection's zod schema, one problem per zod issue, with its line. */
import type { z } from 'zod';
import { knownKeysAt, unknownKeyMessage, viErrorMap, type Problem } from './messages.ts';
import type { Parsed } from './parse.ts';

export function checkSchema(schema: z.ZodType, parsed: Parsed, file: string): { data?: Record<string, unknown>; problems: Problem[] } {
  const result = schema.safeParse(parsed.data, { error: viErrorMap });
  if (result.success) return { data: result.data as Record<string, unknown>, problems: [] };
  const problems: Problem[] = [];
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const at = [...issue.path, key];
        problems.push({ file, field: at.join('.'), message: unknownKeyMessage(key, knownKeysAt(schema, issue.path)), line: parsed.lineOf(at) });
      }
      continue;
    }
    problems.push({ file, field: issue.path.join('.') || undefined, message: issue.message, line: parsed.lineOf(issue.path) });
  }
  return { problems };
}
