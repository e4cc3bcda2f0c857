/**
 * The `_headers` file of a built site (Netlify / Cloudflare Pages format, written from
 * src/lib/security.ts), applied by the publishing server the way those hosts do: every rule whose
 * pattern matches the path adds its headers in file order; `! Name` removes a header set by an
 * earlier rule. Pure.
 */
export interface HeaderRule { pattern: RegExp; set: [string, string][]; remove: string[] }

export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  let current: HeaderRule | undefined;
  for (const raw of text.split('\n')) {
    if (!raw.trim() || raw.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      const escaped = raw.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
      current = { pattern: new RegExp(`^${escaped}$`), set: [], remove: [] };
      rules.push(current);
      continue;
    }
    if (!current) continue;
    const line = raw.trim();
    if (line.startsWith('!')) current.remove.push(line.slice(1).trim().toLowerCase());
    else {
      const colon = line.indexOf(':');
      if (colon > 0) current.set.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

/** The headers for one URL path, names in lower case. */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const rule of rules) {
    if (!rule.pattern.test(pathname)) continue;
    for (const name of rule.remove) out.delete(name);
    for (const [name, value] of rule.set) out.set(name.toLowerCase(), value);
  }
  return out;
}
