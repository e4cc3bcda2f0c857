import { computeStatistics } from '../lib/statistics.ts';
import { todayInVietnam } from '../node/today.ts';
import { siteData } from './site-data.ts';

// Cache: computed once per build from siteData() (itself cached), for the page, the JSON and the yearly pages.
let cache: ReturnType<typeof compute> | undefined;

async function compute() {
  const { initiatives, units, honors, reports, stories } = await siteData();
  return computeStatistics({ initiatives, units, honors, reports, stories, today: todayInVietnam() });
}

/** The statistics of this build (published entries only), computed once and shared by every page. */
export function buildStatistics() {
  cache ??= compute();
  return cache;
}
