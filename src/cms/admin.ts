/**
 * The CMS application at /admin/: Decap's own prebuilt bundle (served from the site, nothing
 * loaded from another host; see src/integrations/decap-bundle.ts), Vietnamese interface, the
 * site's own styles in the preview pane, previews shaped like the published pages, pastes from
 * Word that keep their bold, lists and tables, and another entry's address opening that entry.
 * The configuration is read from /admin/config.yml.
 */
import type { createElement } from 'react';
import type { CMS as DecapCms } from 'decap-cms-core';
import { vi as decapVi } from 'decap-cms-locales';
import tokensCss from '../styles/tokens.css?url';
import globalCss from '../styles/global.css?url';
import { vietnamese, type Locale } from './locale.ts';
import { registerPreviews, type CreateClass } from './previews.ts';
import { showStatusBar, skipDecapLogin } from './session.ts';
import { openPendingAddress, reloadOnEntryChange } from './entry-address.ts';

/** What the bundle puts on `window`: the CMS, and `h` and `createClass`, of the React inside it. */
declare global {
  interface Window {
    CMS?: DecapCms;
    h?: typeof createElement;
    createClass?: CreateClass;
    CMS_MANUAL_INIT?: boolean;
  }
}

// The bundle starts itself as soon as it runs unless told not to: the locale and previews go first.
window.CMS_MANUAL_INIT = true;
openPendingAddress();
const bundle = document.getElementById('decap-bundle') as HTMLLinkElement;
const script = document.createElement('script');
script.src = bundle.href;
script.addEventListener('load', () => {
  const CMS = window.CMS!;
  CMS.registerLocale('vi', vietnamese(decapVi as Locale));
  CMS.registerPreviewStyle(tokensCss);
  CMS.registerPreviewStyle(globalCss);
  registerPreviews(CMS, window.h!, window.createClass);
  skipDecapLogin();
  // Before Decap's router starts: it must not see one entry's address replace another's.
  reloadOnEntryChange(CMS);
  CMS.init();
  showStatusBar();
});
document.head.append(script);
// Pastes from Word: with an HTML parser of its own (about 60 kB compressed), so in a chunk of its
// own, fetched beside Decap's bundle instead of before it.
void import('./paste.ts').then(({ keepPastedFormatting }) => keepPastedFormatting());
