/** One reading of an abbreviation; `context` lists neighbouring words that select it. */
export interface GlossaryReading {
  say: string;
  context?: readonly string[];
}

/**
 * Abbreviation → words to say. Keys match case-sensitively as whole tokens. A plain string is the one
 * reading; a list holds readings chosen by context ("TT": thông tư near "số", "Bộ"; else trung tâm).
 */
export type Glossary = Readonly<Record<string, string | readonly GlossaryReading[]>>;

/**
 * The reading of `key` given the words around it: the first reading whose context words occur among
 * the five words before or after wins; else the reading without context; else none (left as written).
 */
export function resolveReading(value: string | readonly GlossaryReading[] | undefined, before: string[], after: string[]): string | undefined {
  if (value === undefined || typeof value === 'string') return value;
  const near = ` ${[...before, ...after].join(' ')} `;
  const hit = value.find((r) => r.context?.some((w) => near.includes(` ${w.toLowerCase().normalize('NFC')} `)));
  return (hit ?? value.find((r) => !r.context?.length))?.say;
}

/** The reading of `key` when no context is known (the default one). */
export const defaultReading = (value: string | readonly GlossaryReading[] | undefined) => resolveReading(value, [], []);
