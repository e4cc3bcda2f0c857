/** Today's date in Vietnam (UTC+7) as YYYY-MM-DD; BUILD_DATE overrides it for reproducible builds and tests. */
export function todayInVietnam(now: Date = new Date()): string {
  const override = process.env.BUILD_DATE;
  if (override && /^\d{4}-\d{2}-\d{2}$/.test(override)) return override;
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}
