/**
 * Combined filters of the initiatives library over `/mo-hinh/chi-muc.json` (loaded on first use).
 * The combination goes into the address (replaceState), and an address that carries one is
 * filtered at once, so a combination can be shared, bookmarked or reloaded.
 */
import { INITIATIVE_INDEX_PATH, initiativePath } from '../routes.ts';
import { fill } from '../i18n/fill.ts';
type Row = [slug: string, title: string, unit: string, year: number, values: string[]];

export function startCombine(): void {
  const form = document.getElementById('ket-hop-loc') as HTMLFormElement | null;
  if (!form) return;
  form.hidden = false;
  const strings = JSON.parse(form.dataset.strings!) as Record<string, string>;
  const dims = JSON.parse(form.dataset.dims!) as string[];
  const status = form.querySelector('.status')!;
  const list = form.querySelector('.combined')!;
  let rows: Promise<Row[]> | undefined;

  const select = (dim: string) => form.elements.namedItem(dim) as HTMLSelectElement | null;
  const run = async () => {
    const want = dims.map((d) => select(d)?.value ?? '');
    const query = new URLSearchParams(dims.flatMap((d, k) => (want[k] ? [[d, want[k]!]] : [])));
    history.replaceState(history.state, '', `${location.pathname}${query.size ? `?${query}` : ''}${location.hash}`);
    status.textContent = strings.loading!;
    try {
      rows ??= fetch(INITIATIVE_INDEX_PATH).then((r) => r.json() as Promise<Row[]>);
      const found = (await rows).filter(([, , , , values]) => want.every((w, k) => !w || values[k]!.split(' ').includes(w)));
      list.replaceChildren(...found.slice(0, 200).map(([slug, title, unit, year]) => {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = initiativePath(slug);
        a.textContent = title;
        li.append(a, ` — ${unit}, ${year}`);
        return li;
      }));
      status.textContent = fill(strings.count!, { n: found.length.toLocaleString('vi-VN') });
    } catch {
      status.textContent = strings.error!;
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  // A combination in the address: the selects take it (a value the page does not offer is ignored).
  const asked = new URLSearchParams(location.search);
  let any = false;
  for (const d of dims) {
    const v = asked.get(d);
    const field = select(d);
    if (v && field && [...field.options].some((o) => o.value === v)) {
      field.value = v;
      any = true;
    }
  }
  if (any) {
    // Its results are inside the filter box, closed on a phone.
    const box = form.closest('details');
    if (box) box.open = true;
    void run();
  }
}
