/** Combined filters of the initiatives library over `/mo-hinh/chi-muc.json` (loaded on first use). */
import { INITIATIVE_INDEX_PATH, initiativePath } from '../routes.ts';
type Row = [slug: string, title: string, unit: string, fields: string[], kind: string, year: number, status: string, group: string];

export function startCombine(): void {
  const form = document.getElementById('ket-hop-loc') as HTMLFormElement | null;
  if (!form) return;
  form.hidden = false;
  const strings = JSON.parse(form.dataset.strings!) as Record<string, string>;
  const phases = JSON.parse(form.dataset.phases!) as [number, number, number][];
  const status = form.querySelector('.status')!;
  const list = form.querySelector('.combined')!;
  let rows: Promise<Row[]> | undefined;

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const want = Object.fromEntries(new FormData(form)) as Record<string, string>;
    status.textContent = strings.loading!;
    try {
      rows ??= fetch(INITIATIVE_INDEX_PATH).then((r) => r.json() as Promise<Row[]>);
      const phase = phases.find(([n]) => String(n) === want.phase);
      const found = (await rows).filter(([, , , fields, kind, year, st, group]) =>
        (!want.field || fields.includes(want.field)) && (!want.kind || kind === want.kind) && (!want.status || st === want.status)
        && (!want.group || group === want.group) && (!phase || (year >= phase[1] && year <= phase[2])));
      list.replaceChildren(...found.slice(0, 200).map(([slug, title, unit, , , year]) => {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = initiativePath(slug);
        a.textContent = title;
        li.append(a, ` — ${unit}, ${year}`);
        return li;
      }));
      status.textContent = strings.count!.replace('{n}', found.length.toLocaleString('vi-VN'));
    } catch {
      status.textContent = strings.error!;
    }
  });
}
