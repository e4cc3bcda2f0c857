/**
 * Decap keeps the editor it has open when only the address's hash changes to another entry: the
 * addresses of an entry and of a new entry match routes that share one editor, and it loads an
 * entry only when it opens. Staff who pasted another entry's address into the editor's tab saw
 * the first entry's fields (or the new entry's empty form) under the other's address, and saving
 * would have saved the first. Such a change reloads the CMS on the new address instead. The
 * reload asks Decap's own question about unsaved changes (its beforeunload); until the page
 * really goes, the address names what the form holds, so staff who choose to stay keep a form
 * that matches its address. Decap's own move from a new entry to the entry it has just saved is
 * left to Decap (its postSave event comes first).
 */
import type { CMS as DecapCms } from 'decap-cms-core';

const PENDING = 'vd-cms-entry-address';

/** The hash of an address without its query: `/collections/stories/entries/cho-que`. */
function hashPath(url: string): string {
  return url.slice(url.indexOf('#') + 1 || url.length).split('?')[0]!;
}

/** `collection/slug` of an editor's address (`…/admin/#/collections/stories/entries/cho-que`), else undefined. */
export function entryOf(url: string): string | undefined {
  const match = /^\/collections\/([^/]+)\/entries\/(.+?)\/?$/.exec(hashPath(url));
  return match ? `${match[1]}/${match[2]}` : undefined;
}

/** The collection of a new entry's address (`…/admin/#/collections/stories/new`), else undefined. */
export function newEntryOf(url: string): string | undefined {
  return /^\/collections\/([^/]+)\/new\/?$/.exec(hashPath(url))?.[1];
}

/**
 * Whether a change of the address from `from` to `to` leaves Decap's editor showing another
 * entry than `to` names. `saved`: the collection of an entry Decap has just saved, whose
 * new-entry form Decap itself then moves to the saved entry's address.
 */
export function needsReload(from: string, to: string, saved?: string): boolean {
  const target = entryOf(to);
  if (!target) return false;
  const entry = entryOf(from);
  if (entry) return entry !== target;
  const fresh = newEntryOf(from);
  return fresh !== undefined && !(fresh === saved && target.startsWith(`${fresh}/`));
}

/**
 * After a reload this module asked for, puts the address staff asked for in place. Call before
 * Decap's bundle runs: its router reads the address once, as the bundle starts. Applied only on
 * the address the reload was made from.
 */
export function openPendingAddress(): void {
  const pending = sessionStorage.getItem(PENDING);
  if (!pending) return;
  sessionStorage.removeItem(PENDING);
  try {
    const { from, to } = JSON.parse(pending) as { from?: unknown; to?: unknown };
    // Same page only: the address is put in place without loading anything.
    if (from === location.href && typeof to === 'string' && new URL(to).origin === location.origin) history.replaceState(history.state, '', to);
  } catch {
    // Not what this module wrote: the CMS opens on the address it was given.
  }
}

/** Listens for such changes of the address; call before `CMS.init()` (Decap's router must not see them). */
export function reloadOnEntryChange(cms: Pick<DecapCms, 'registerEventListener'>): void {
  let saved: string | undefined;
  cms.registerEventListener({
    name: 'postSave',
    handler: ({ entry }) => {
      saved = entry.get('collection') as string;
    },
  });
  window.addEventListener(
    'hashchange',
    (event) => {
      const justSaved = saved;
      saved = undefined;
      if (!needsReload(event.oldURL, event.newURL, justSaved)) return;
      event.stopImmediatePropagation();
      history.replaceState(history.state, '', event.oldURL);
      // Written only once the page is really leaving: staff who stay at Decap's question are not
      // taken to the other entry by a later reload.
      window.addEventListener('pagehide', () => sessionStorage.setItem(PENDING, JSON.stringify({ from: event.oldURL, to: event.newURL })), { once: true });
      location.reload();
    },
    { capture: true },
  );
}
