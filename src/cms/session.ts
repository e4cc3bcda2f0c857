/**
 * The staff member's side of the server session on /admin/: the server serves this page only to a
 * signed-in member, so Decap's own login button is skipped (its proxy backend has no login of its
 * own), and a small bar says who is signed in, how the public site stands (last update, an update
 * running, a failed one with the validator's lines) and offers "Đăng xuất".
 */
import words from '../i18n/vi/server.ts';
import { ADMIN_LOGOUT_PATH, ADMIN_STATUS_PATH } from '../routes.ts';

interface Status {
  member: { name: string; role: string };
  site: { building: boolean; queued: boolean; builtAt?: string; error?: { at: string; message: string } };
}

const time = (iso: string) => {
  const at = new Date(iso);
  return words.bar.at(
    at.toLocaleTimeString('vi-VN', { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false }),
    at.toLocaleDateString('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric' }),
  );
};

/** Marks Decap's user as signed in (Decap restores a stored user of the same backend). */
export function skipDecapLogin(): void {
  localStorage.setItem('decap-cms-user', JSON.stringify({ backendName: 'proxy' }));
}

function render(bar: HTMLElement, s: Status): void {
  const w = words.bar;
  const site = s.site.building ? w.building : s.site.queued ? w.queued : s.site.builtAt ? w.updated(time(s.site.builtAt)) : w.never;
  bar.replaceChildren();
  const who = document.createElement('span');
  who.textContent = w.signedIn(s.member.name, w.roles[s.member.role] ?? s.member.role);
  const state = document.createElement('span');
  state.setAttribute('role', 'status');
  state.textContent = site;
  bar.append(who, state);
  if (s.site.error) {
    const err = document.createElement('details');
    const summary = document.createElement('summary');
    summary.textContent = w.failed(time(s.site.error.at));
    const pre = document.createElement('pre');
    pre.textContent = s.site.error.message;
    err.append(summary, pre);
    bar.append(err);
  }
  const form = document.createElement('form');
  form.method = 'post';
  form.action = ADMIN_LOGOUT_PATH;
  const button = document.createElement('button');
  button.type = 'submit';
  button.textContent = w.logout;
  form.append(button);
  bar.append(form);
}

/** Shows the bar and refreshes it every few seconds (faster while an update runs). */
export function showStatusBar(): void {
  const bar = document.createElement('aside');
  bar.className = 'vd-staff-bar';
  bar.setAttribute('aria-label', words.bar.label);
  document.body.append(bar);
  // The bar's height, as the admin page's CSS ends Decap's screen above it (it wraps on a phone,
  // and grows when a failed update's lines are opened).
  const root = document.documentElement.style;
  new ResizeObserver(() => root.setProperty('--vd-bar-h', `${Math.ceil(bar.getBoundingClientRect().height)}px`)).observe(bar);
  const refresh = async () => {
    let next = 15_000;
    try {
      const res = await fetch(ADMIN_STATUS_PATH, { cache: 'no-store' });
      if (res.status === 401) {
        location.reload();
        return;
      }
      const status = (await res.json()) as Status;
      render(bar, status);
      if (status.site.building || status.site.queued) next = 3_000;
    } catch {
      // the server is restarting: try again later
    }
    setTimeout(() => void refresh(), next);
  };
  void refresh();
}
