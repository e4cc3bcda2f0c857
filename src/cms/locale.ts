/**
 * Decap's interface language: the Vietnamese locale Decap ships, completed and corrected by
 * src/i18n/vi/decap.ts (our phrases win). Pure, so a unit test can check it against Decap's
 * English locale.
 */
import phrases from '../i18n/vi/decap.ts';

export type Locale = { [key: string]: string | Locale };

/** `base` with `patch` laid over it, object by object. */
export function merge(base: Locale, patch: Locale): Locale {
  const out: Locale = { ...base };
  for (const [k, v] of Object.entries(patch)) {
    const b = base[k];
    out[k] = typeof v === 'object' && typeof b === 'object' ? merge(b, v) : v;
  }
  return out;
}

/** The locale Decap registers as 'vi'. */
export function vietnamese(decapVi: Locale): Locale {
  return merge(decapVi, phrases);
}
