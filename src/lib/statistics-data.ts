import { computeStatistics } from './statistics.ts';
import { todayInVietnam } from './phase.ts';
import { siteData } from './site-data.ts';

/** The statistics of this build: published entries, reports of the current year. */
export async function buildStatistics() {
  const { initiatives, units, honors, reports } = await siteData();
  return computeStatistics({ initiatives, units, honors, reports, year: Number(todayInVietnam().slice(0, 4)) });
}
