/**
 * Decap keeps the editor it has open when only the address's hash changes from one entry to
 * another: both addresses match the same route, and its editor loads an entry only when it mounts.
 * Staff who pasted another entry's address into the editor's tab saw the first entry's fields
 * under the second's address, and saving would have saved the first. Such a change reloads the
 * CMS on the new address instead. The reload asks Decap's own question about unsaved changes
 * (its beforeunload); until the page really goes, the address names the entry the form holds, so
 * staff who choose to stay keep a form that matches its address.
 */

const PENDING = 'vd-cms-entry-address';

/** `collection/slug` of an editor's address (`…/admin/#/collections/stories/entries/cho-que`), else undefined. */
export function entryOf(url: string): string | undefined {
  const hash = url.slice(url.indexOf('#') + 1 || url.length).split('?')[0]!;
  const match = /^\/collections\/([^/]+)\/entries\/(.+?)\/?$/.exec(hash);
  return match ? `${match[1]}/${match[2]}` : undefined;
}

/** Listens for entry-to-entry changes of the address; call before Decap starts (its router must not see them). */
export function reloadOnEntryChange(): void {
  // The address to open, kept across the reload this module asked for: applied only on the
  // address the reload was made from.
  const pending = sessionStorage.getItem(PENDING);
  if (pending) {
    sessionStorage.removeItem(PENDING);
    const { from, to } = JSON.parse(pending) as { from: string; to: string };
    if (from === location.href) history.replaceState(history.state, '', to);
  }
  window.addEventListener(
    'hashchange',
    (event) => {
      const from = entryOf(event.oldURL);
      const to = entryOf(event.newURL);
      if (!from || !to || from === to) return;
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
