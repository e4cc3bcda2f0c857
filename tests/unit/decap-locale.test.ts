/**
 * Decap's interface in Vietnamese (src/cms/locale.ts): every phrase of Decap's English locale has
 * a Vietnamese one, with the same placeholders, in NFC. Decap shows the English phrase for any
 * key its locale lacks, so an upgrade that adds phrases fails here with their keys.
 */
import { describe, expect, it } from 'vitest';
import en from 'decap-cms-locales/dist/esm/en/index.js';
import decapVi from 'decap-cms-locales/dist/esm/vi/index.js';
import ours from '../../src/i18n/vi/decap.ts';
import { vietnamese, type Locale } from '../../src/cms/locale.ts';

/** Every phrase of a locale by its dotted key. */
function phrases(locale: Locale, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(locale)) {
    if (typeof v === 'string') out.set(prefix + k, v);
    else for (const [kk, vv] of phrases(v, `${prefix}${k}.`)) out.set(kk, vv);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/%\{(\w+)\}/g)].map((m) => m[1]).sort();
// Phrases the same in both languages: names.
const SAME_IN_BOTH = new Set(['editor.editorWidgets.markdown.markdown']);
// Placeholders left out on purpose (src/i18n/vi/decap.ts says why).
const DROPS_PLACEHOLDER = new Set(['editor.editorWidgets.datetime.setToNow']);
/** Has words to translate, once its placeholders are taken out. */
const words = (text: string) => /\p{L}{3}/u.test(text.replace(/%\{\w+\}/g, ''));

const english = phrases(en as Locale);
const vi = phrases(vietnamese(decapVi as Locale));

describe("Decap CMS's interface in Vietnamese", () => {
  it('has a phrase for every English one', () => {
    expect([...english.keys()].filter((key) => !vi.has(key))).toEqual([]);
  });

  it('leaves no phrase in English', () => {
    const english_ = [...english].filter(([key, text]) => vi.get(key) === text && words(text) && !SAME_IN_BOTH.has(key));
    expect(english_.map(([key, text]) => `${key}: ${text}`)).toEqual([]);
  });

  it('keeps the placeholders of each English phrase', () => {
    const lost = [...english].filter(([key, text]) => vi.has(key) && !DROPS_PLACEHOLDER.has(key) && placeholders(vi.get(key)!).join() !== placeholders(text).join());
    expect(lost.map(([key, text]) => `${key}: ${text} → ${vi.get(key)}`)).toEqual([]);
  });

  it('adds only keys Decap knows, in NFC', () => {
    const own = phrases(ours as Locale);
    expect([...own.keys()].filter((key) => !english.has(key))).toEqual([]);
    expect([...own].filter(([, text]) => text !== text.normalize('NFC'))).toEqual([]);
  });
});
