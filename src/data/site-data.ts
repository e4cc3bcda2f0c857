/**
 * Everything the public pages show, loaded once per build: the published entries of each
 * collection and the links between them (a unit's initiatives, an initiative's honors, …).
 */
import type { CollectionEntry } from 'astro:content';
import { published } from './collections.ts';

export type InitiativeEntry = CollectionEntry<'initiatives'>;
export type UnitEntry = CollectionEntry<'units'>;
export type StoryEntry = CollectionEntry<'stories'>;

async function load() {
  const [initiatives, units, honors, stories, reports] = await Promise.all([
    published('initiatives'), published('units'), published('honors'), published('stories'), published('reports'),
  ]);
  const vi = (a: string, b: string) => a.localeCompare(b, 'vi');
  initiatives.sort((a, b) => b.data.year - a.data.year || vi(a.data.title, b.data.title));
  units.sort((a, b) => (a.data.order ?? 999) - (b.data.order ?? 999) || vi(a.data.name, b.data.name));
  honors.sort((a, b) => b.data.year - a.data.year || vi(a.data.title, b.data.title));
  stories.sort((a, b) => b.data.date.localeCompare(a.data.date) || vi(a.data.title, b.data.title));
  reports.sort((a, b) => b.data.year - a.data.year || vi(a.data.unit, b.data.unit));

  const unitById = new Map(units.map((u) => [u.id, u]));
  const initiativeById = new Map(initiatives.map((i) => [i.id, i]));
  const group = <T>(list: T[], keys: (item: T) => (string | undefined)[]) => {
    const map = new Map<string, T[]>();
    for (const item of list) {
      for (const k of new Set(keys(item))) {
        if (!k) continue;
        const bucket = map.get(k);
        if (bucket) bucket.push(item);
        else map.set(k, [item]);
      }
    }
    return map;
  };
  return {
    initiatives, units, honors, stories, reports, unitById, initiativeById,
    initiativesByUnit: group(initiatives, (i) => [i.data.unit]),
    honorsByUnit: group(honors, (h) => h.data.recipients.map((r) => r.unit)),
    honorsByInitiative: group(honors, (h) => h.data.recipients.map((r) => r.initiative)),
    storiesByInitiative: group(stories, (s) => [s.data.initiative]),
    reportsByUnit: group(reports, (r) => [r.data.unit]),
  };
}

// Cache: one load per build process. Astro renders every page of a build in one process over content
// that does not change during it; `astro dev` restarts the module when content changes.
let cache: ReturnType<typeof load> | undefined;

/** The loaded data; the promise is shared by every page of one build. */
export function siteData() {
  cache ??= load();
  return cache;
}
