/**
 * Items of the broadcast desk: published stories with `broadcast: true` and featured initiatives,
 * as loudspeaker-ready text. Shared by /phat-thanh/, the .txt files, the feeds and weekly bulletins.
 */
import { t } from '../i18n/vi.ts';
import type { Site } from '../schemas/site.ts';
import { siteData } from './site-data.ts';
import { loadGlossary } from '../node/glossary.ts';
import { normalizeText, readingMinutes, storySpeechText, wordCount, type Glossary } from '../lib/speech/index.ts';
import { readInteger } from '../lib/speech/numbers.ts';
import { initiativePath, storyPath } from '../routes.ts';
import { splitParts } from '../lib/speech/parts.ts';

export interface BroadcastItem {
  /** File name under /phat-thanh/ (without .txt); initiatives get a prefix so slugs never collide. */
  slug: string;
  kind: 'story' | 'initiative';
  title: string;
  /** ISO date: the story's date, or 1 January of the initiative's year. */
  date: string;
  summary: string;
  /** Page on the site the text comes from. */
  page: string;
  text: string;
  words: number;
  minutes: number;
  /** The text in numbered parts for text-to-speech engines (splitParts, ≤ PART_LENGTH characters). */
  parts: string[];
}

let cache: Promise<{ items: BroadcastItem[]; glossary: Glossary }> | undefined;

async function load() {
  const glossary = loadGlossary();
  const { stories, initiatives } = await siteData();
  const items: BroadcastItem[] = [];
  for (const s of stories) {
    if (s.data.broadcast === false) continue;
    const text = storySpeechText(s.data.title, s.body ?? '', glossary, s.data.summary);
    items.push({ slug: s.id, kind: 'story', title: s.data.title, date: s.data.date, summary: s.data.summary, page: storyPath(s.id), text, words: wordCount(text), minutes: readingMinutes(text), parts: splitParts(text) });
  }
  for (const i of initiatives) {
    if (!i.data.featured) continue;
    const text = storySpeechText(i.data.title, i.body ?? '', glossary, i.data.summary);
    items.push({ slug: `mo-hinh-${i.id}`, kind: 'initiative', title: i.data.title, date: `${i.data.year}-01-01`, summary: i.data.summary, page: initiativePath(i.id), text, words: wordCount(text), minutes: readingMinutes(text), parts: splitParts(text) });
  }
  items.sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title, 'vi'));
  return { items, glossary };
}

export function broadcastData() {
  cache ??= load();
  return cache;
}

/** ISO 8601 week of a date (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeek(iso: string): { year: number; week: number; monday: string; sunday: string } {
  const d = new Date(`${iso}T00:00:00Z`);
  const day = (d.getUTCDay() + 6) % 7; // Monday = 0
  const thursday = new Date(d);
  thursday.setUTCDate(d.getUTCDate() - day + 3);
  const year = thursday.getUTCFullYear();
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const week = 1 + Math.round((thursday.getTime() - jan4.getTime()) / 86400000 / 7 - ((jan4.getUTCDay() + 6) % 7 - 3) / 7);
  const monday = new Date(d);
  monday.setUTCDate(d.getUTCDate() - day);
  const sunday = new Date(monday);
  sunday.setUTCDate(monday.getUTCDate() + 6);
  const f = (x: Date) => x.toISOString().slice(0, 10);
  return { year, week, monday: f(monday), sunday: f(sunday) };
}

export interface Bulletin { id: string; year: number; week: number; monday: string; sunday: string; items: BroadcastItem[]; text: string; minutes: number; parts: string[] }

/** "Đổi mới sáng tạo, …" inside a sentence: "… thi đua đổi mới sáng tạo, …". */
const midSentence = (name: string) => name.charAt(0).toLocaleLowerCase('vi') + name.slice(1);

/**
 * One bulletin per ISO week that has stories, with an opening and a closing line for the announcer;
 * the commune and the campaign come from `site.yml`, the wording from src/i18n/vi/broadcast.ts.
 */
export async function bulletins(site: Pick<Site, 'commune' | 'campaign'>): Promise<Bulletin[]> {
  const { commune } = site;
  const { items, glossary } = await broadcastData();
  const byWeek = new Map<string, { w: ReturnType<typeof isoWeek>; items: BroadcastItem[] }>();
  for (const item of items.filter((i) => i.kind === 'story')) {
    const w = isoWeek(item.date);
    const id = `${w.year}-w${String(w.week).padStart(2, '0')}`;
    const entry = byWeek.get(id) ?? { w, items: [] };
    entry.items.push(item);
    byWeek.set(id, entry);
  }
  return [...byWeek.entries()].map(([id, { w, items: list }]) => {
    const sorted = [...list].sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title, 'vi'));
    const words = { commune, campaign: midSentence(site.campaign), week: w.week, year: w.year, from: dmy(w.monday), to: dmy(w.sunday), n: readInteger(String(sorted.length)) };
    const opening = normalizeText(t('broadcast.opening', words), glossary);
    const closing = normalizeText(t('broadcast.closing', words), glossary);
    const text = [opening, ...sorted.map((i) => i.text), closing].join('\n\n');
    return { id, year: w.year, week: w.week, monday: w.monday, sunday: w.sunday, items: sorted, text, minutes: readingMinutes(text), parts: splitParts(text) };
  }).sort((a, b) => b.id.localeCompare(a.id));
}

const dmy = (iso: string) => `${+iso.slice(8, 10)}/${+iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** Slug of a bulletin's parts, apart from the stories' slugs. */
export const bulletinSlug = (b: Pick<Bulletin, 'id'>) => `ban-tin-${b.id}`;
