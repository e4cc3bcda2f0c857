/**
 * The search page in the browser: reads `?q=` and filters from the URL, queries the Pagefind
 * index, renders results with our own excerpts (see `lib/search-excerpt.ts`), and keeps the URL
 * in step so a search can be linked. Without JavaScript the page says so and the form still posts.
 */
import { buildExcerpt } from '../lib/search-excerpt.ts';
import { SHARD_FILTER, shardsFor, type ShardList } from '../lib/search-shards.ts';
import { missingWords, queryPhrases, rankByPhrases, titleMatch } from '../lib/search-words.ts';
import { PAGEFIND_PATH, PAGEFIND_SHARDS } from '../routes.ts';
import { fill } from '../i18n/fill.ts';

interface PagefindResult { id: string; score: number; data: () => Promise<PagefindData> }
interface PagefindData { url: string; content: string; locations: number[]; meta: Record<string, string> }
/** Filter name → value → number of pages. */
type FilterCounts = Record<string, Record<string, number>>;
/**
 * `filters`: per value, the results of this search (term and filters) that have it; present only
 * once `filters()` has loaded the filter index. (`totalFilters` would count the term alone.)
 */
interface PagefindSearch { results: PagefindResult[]; filters?: FilterCounts }
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  mergeIndex: (path: string, o: Record<string, unknown>) => Promise<void>;
  search: (q: string, o?: { filters?: Record<string, { any: string[] }> }) => Promise<PagefindSearch>;
  filters: () => Promise<FilterCounts>;
}

const PAGE_SIZE = 10;
/**
 * Pagefind's ranking, set from the relevance test set (tests/browser/search-relevance.test.ts, 64
 * queries on the demo site): at the default page-length weight (0.75) short pages that hold a
 * query's syllables apart still beat the long plan and criteria that say the phrase ("doi moi",
 * "môi trường": P@3 0.992, MRR 0.968 with pairs, before the title step); 0.3 gives 1.000 / 0.984
 * (0.5: 1.000 / 0.976, 0: 1.000 / 0.952), and with the title step 0–0.5 all give 1.000 / 1.000.
 * `termSimilarity` 5 (default 1) favours a word matched whole over one the query only begins: at
 * 1 or 3 "loa" put "Phân loại rác" above "Loa thông minh" (64 queries: MRR 0.992); 5, 8 and 20
 * all give 1.000 / 1.000, and 5 is the smallest step from the default that does.
 * Term frequency, saturation, diacritic and title weights changed nothing or made it worse.
 */
const OPTIONS = { excerptLength: 30, ranking: { pageLength: 0.3, termSimilarity: 5 } };

export function startSearch(): void {
  const app = document.getElementById('search-app')!;
  const form = document.getElementById('search-form') as HTMLFormElement;
  const input = document.getElementById('search-q') as HTMLInputElement;
  const status = document.getElementById('search-status')!;
  const list = document.getElementById('search-results')!;
  const more = document.getElementById('search-more') as HTMLButtonElement;
  const filterBox = document.getElementById('search-filters')!;
  const s = JSON.parse(app.dataset.strings!) as Record<string, string>;
  const filters = JSON.parse(app.dataset.filters!) as { name: string; param: string }[];
  app.hidden = false;

  let selected: Record<string, string[]> = {};
  /** The query and filters of the address bar: on arrival, and after Back or Forward. */
  const readUrl = () => {
    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    selected = {};
    for (const { name, param } of filters) {
      const values = params.getAll(param);
      if (values.length) selected[name] = values;
    }
  };
  readUrl();

  let pagefind: Promise<Pagefind> | undefined;
  let results: PagefindResult[] = [];
  let shown = 0;
  let run = 0;

  let shardList: ShardList = { indexes: [] };

  // The index's other shards (scripts/search-index.ts), merged into the first: each is given the
  // same options, since Pagefind applies `options()` to the first only, and a filter naming it.
  // One promise for every caller: searches and the filter box start at once, and two loads
  // would merge each shard twice (every page found and counted twice).
  const load = (): Promise<Pagefind> => {
    if (pagefind) return pagefind;
    pagefind = (async () => {
      const [loaded, list] = await Promise.all([
        import(/* @vite-ignore */ `${PAGEFIND_PATH}pagefind.js`) as Promise<Pagefind>,
        fetch(PAGEFIND_SHARDS).then((r) => (r.ok ? (r.json() as Promise<ShardList>) : { indexes: [] })),
      ]);
      const sharded = list.indexes.length > 0;
      const withShard = (n: number) => (sharded ? { ...OPTIONS, mergeFilter: { [SHARD_FILTER]: String(n) } } : OPTIONS);
      await loaded.options(withShard(0));
      await Promise.all(list.indexes.map((shard, i) => loaded.mergeIndex(shard, withShard(i + 1))));
      shardList = list;
      return loaded;
    })();
    // A failed download is tried again by the next search.
    pagefind.catch(() => { pagefind = undefined; });
    return pagefind;
  };

  /**
   * A new query is a step of its own in the history (Back returns to the previous query); a filter
   * toggled, or the page's first search, replaces the current step; Back and Forward write nothing.
   */
  const syncUrl = (mode: 'push' | 'replace' | 'none') => {
    if (mode === 'none') return;
    const next = new URLSearchParams();
    if (input.value.trim()) next.set('q', input.value.trim());
    for (const { name, param } of filters) for (const v of selected[name] ?? []) next.append(param, v);
    const url = `${location.pathname}${next.size ? `?${next}` : ''}`;
    if (mode === 'push' && url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  };

  // Values of one filter are alternatives ("Tiêu chí" or "Đơn vị"): Pagefind's plain list would
  // ask for pages having all of them, which a page of one type never has.
  const anyOf = (chosen: Record<string, string[]>) => Object.fromEntries(Object.entries(chosen).map(([name, values]) => [name, { any: values }]));

  // The filter box, built once from the values of the whole site (loaded when it is first opened);
  // each search then only updates the counts, so a checkbox being used keeps its focus.
  let siteCounts: FilterCounts | undefined;
  const boxes: { name: string; value: string; box: HTMLInputElement; label: HTMLLabelElement; text: Text }[] = [];
  const fieldsets = new Map<string, HTMLFieldSetElement>();

  const buildFilters = (all: FilterCounts) => {
    filterBox.replaceChildren();
    boxes.length = 0;
    fieldsets.clear();
    for (const { name } of filters) {
      const values = all[name];
      if (!values || Object.keys(values).length < 2) continue;
      const fieldset = document.createElement('fieldset');
      const legend = document.createElement('legend');
      legend.textContent = name;
      fieldset.append(legend);
      for (const value of Object.keys(values).sort((a, b) => a.localeCompare(b, 'vi', { numeric: true }))) {
        const label = document.createElement('label');
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.name = name;
        box.value = value;
        box.addEventListener('change', () => {
          const list = new Set(selected[name] ?? []);
          if (box.checked) list.add(value);
          else list.delete(value);
          if (list.size) selected[name] = [...list];
          else delete selected[name];
          void search('replace');
        });
        const text = document.createTextNode('');
        label.append(box, text);
        label.hidden = true; // until its count is known
        fieldset.append(label);
        boxes.push({ name, value, box, label, text });
      }
      fieldsets.set(name, fieldset);
      filterBox.append(fieldset);
    }
  };

  /**
   * Shows each value with its count; a value no result has is left out, unless it is chosen (so
   * it can be unchosen) or has the focus. A fieldset with no value left is left out too.
   */
  const renderCounts = (counts: FilterCounts) => {
    const visible = new Map<string, number>();
    for (const { name, value, box, label, text } of boxes) {
      const count = counts[name]?.[value] ?? 0;
      box.checked = selected[name]?.includes(value) ?? false;
      text.data = ` ${value} (${count.toLocaleString('vi-VN')})`;
      label.hidden = count === 0 && !box.checked && document.activeElement !== box;
      if (!label.hidden) visible.set(name, (visible.get(name) ?? 0) + 1);
    }
    for (const [name, fieldset] of fieldsets) fieldset.hidden = !visible.get(name);
  };

  const showMore = async (mine: number, focusNew = false) => {
    const slice = results.slice(shown, shown + PAGE_SIZE);
    const items = await Promise.all(slice.map((r) => r.data()));
    if (mine !== run) return;
    for (const d of items) {
      const li = document.createElement('li');
      const type = document.createElement('p');
      type.className = 'type';
      type.textContent = d.meta.type ?? '';
      const h2 = document.createElement('h2');
      const a = document.createElement('a');
      a.href = d.url;
      a.textContent = d.meta.title ?? d.url;
      h2.append(a);
      const p = document.createElement('p');
      // buildExcerpt escapes every word and adds only <mark>.
      p.innerHTML = buildExcerpt(d.content, d.locations, Number(d.meta.fold ?? 0)).html;
      li.append(type, h2, p);
      list.append(li);
    }
    const first = list.children[shown]?.querySelector('a');
    shown += slice.length;
    more.hidden = shown >= results.length;
    // The button pressed may be gone now: the reader goes on at the first new result, as if the
    // list had been there all along, and hears how many are shown.
    if (focusNew && first) {
      first.focus();
      status.textContent = fill(s.shown!, { shown: shown.toLocaleString('vi-VN'), n: results.length.toLocaleString('vi-VN'), q: input.value.trim() });
    }
  };

  /** Runs `term` with `chosen` filters, in the shards that can hold the query `q`. */
  const find = async (q: string, term: string, chosen: Record<string, string[]>): Promise<PagefindSearch> => {
    const pf = await load();
    // Only the shards holding every word of the query (lib/search-shards.ts); none: no page has them all.
    const shards = shardsFor(q, shardList);
    if (shards?.length === 0) return { results: [] };
    return pf.search(term, { filters: shards ? { ...anyOf(chosen), [SHARD_FILTER]: { any: shards.map(String) } } : anyOf(chosen) });
  };

  /**
   * The counts of the query's results, once the filter box has been opened (the counts need
   * the filter index, a download of its own). A filter with values chosen is counted without its
   * own choice, so its other values say what choosing them too would add. `found`: the search
   * just run with every choice, whose counts are used when it has them (filter index loaded first).
   */
  const updateCounts = async (mine: number, found?: PagefindSearch) => {
    if (!siteCounts) return;
    const q = input.value.trim();
    if (!q) {
      renderCounts(siteCounts);
      return;
    }
    const chosen = Object.keys(selected);
    const without = chosen.map((name) => Object.fromEntries(Object.entries(selected).filter(([n]) => n !== name)));
    const [all, ...own] = await Promise.all([found?.filters ? found : find(q, q, selected), ...without.map((f) => find(q, q, f))]);
    if (mine !== run) return;
    const counts: FilterCounts = { ...all!.filters };
    chosen.forEach((name, i) => (counts[name] = own[i]!.filters?.[name] ?? {}));
    renderCounts(counts);
  };

  const search = async (step: 'push' | 'replace' | 'none') => {
    const mine = ++run;
    syncUrl(step);
    const q = input.value.trim();
    list.replaceChildren();
    more.hidden = true;
    shown = 0;
    if (!q) {
      status.textContent = s.empty!;
      void updateCounts(mine);
      return;
    }
    status.textContent = s.loading!;
    try {
      // The query, and each pair of its syllables as an exact phrase, which only reorders what the
      // query finds (the phrases read the query's own index chunks).
      const [found, ...phrases] = await Promise.all([q, ...queryPhrases(q)].map((term) => find(q, term, selected)));
      if (mine !== run) return;
      const ranked = rankByPhrases(found!.results, phrases.map((p) => p.results));
      // The first page of results, fetched to be shown anyway, reordered by how well each title answers the query.
      const top = ranked.slice(0, PAGE_SIZE);
      const data = await Promise.all(top.map((r) => r.data()));
      if (mine !== run) return;
      const first = top.map((r, i) => ({ r, match: titleMatch(q, data[i]!.meta.title ?? '') }));
      results = [...first.sort((a, b) => b.match - a.match).map(({ r }) => r), ...ranked.slice(PAGE_SIZE)];
      // Words Pagefind found nowhere and left out: said, so "bánh chưng" does not seem found.
      const missing = missingWords(q, data.map((d) => d.content));
      await showMore(mine);
      if (mine !== run) return;
      // Announced once the results are on the page, so a screen reader can go straight to them.
      const text = !results.length ? s.none! : missing.length ? s.partial! : s.count!;
      status.textContent = fill(text, { n: results.length.toLocaleString('vi-VN'), q, words: missing.map((w) => `“${w}”`).join(', ') });
      await updateCounts(mine, found);
    } catch {
      status.textContent = s.error!;
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void search('push');
  });
  more.addEventListener('click', () => void showMore(run, true));
  // Filter counts cost a download per filter (~25 KB each at 10,000 pages): fetched only when the
  // visitor opens the filter box, or when the URL already carries a filter.
  const details = document.getElementById('search-filter-box') as HTMLDetailsElement;
  let filtersShown = false;
  const showFilters = () => {
    if (filtersShown) return;
    filtersShown = true;
    (async () => {
      const all = await (await load()).filters();
      // Pagefind swallows a filter file that failed to download and answers without it; the first
      // filter (the page type) is on every indexed page, so its absence is that failure.
      if (!all[filters[0]!.name]) throw new Error('filter index not loaded');
      buildFilters(all);
      siteCounts = all;
      await updateCounts(run);
    })().catch(() => {
      // Said in the box: the results and their count above stay as they are. Opening it again retries.
      filtersShown = false;
      const note = document.createElement('p');
      note.setAttribute('role', 'status');
      note.textContent = s.error!;
      filterBox.replaceChildren(note);
    });
  };
  details.addEventListener('toggle', () => { if (details.open) showFilters(); });
  const openIfFiltered = () => {
    if (!Object.keys(selected).length) return;
    details.open = true;
    showFilters();
  };
  addEventListener('popstate', () => {
    readUrl();
    openIfFiltered();
    void search('none');
  });
  openIfFiltered();
  void search('replace');
}
