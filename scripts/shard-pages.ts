/**
 * SEARCH_SHARD_PAGES: at most this many pages in a shard (SHARD_PAGES when unset), so that tests
 * make shards of a small site and benchmarks can compare shard sizes. A wrong value ends the
 * process with a Vietnamese message.
 */
export function shardPagesSet(): number | undefined {
  const value = process.env.SEARCH_SHARD_PAGES;
  if (value === undefined || value === '') return undefined;
  if (!/^[1-9]\d*$/.test(value)) {
    console.error(`SEARCH_SHARD_PAGES phải là một số nguyên dương (số trang tối đa của một phần chỉ mục), không phải "${value}".`);
    process.exit(2);
  }
  return Number(value);
}
