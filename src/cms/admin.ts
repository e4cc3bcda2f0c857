/**
 * The CMS application at /admin/: Decap bundled from npm into the site (nothing loaded from
 * another host), Vietnamese interface, the site's own styles in the preview pane, and previews
 * shaped like the published pages. The configuration is read from /admin/config.yml.
 */
import CMS from 'decap-cms-app';
import { vi as decapVi } from 'decap-cms-locales';
import tokensCss from '../styles/tokens.css?url';
import globalCss from '../styles/global.css?url';
import { registerPreviews } from './previews.ts';
import { showStatusBar, skipDecapLogin } from './session.ts';

// Decap's Vietnamese has a few clipped or awkward phrases; fix them without forking the locale.
const fixes = { editor: { editorToolbar: { status: 'Trạng thái: %{status}', backCollection: ' Đang soạn trong mục %{collectionLabel}' } } };
CMS.registerLocale('vi', merge(decapVi as Record<string, unknown>, fixes));

CMS.registerPreviewStyle(tokensCss);
CMS.registerPreviewStyle(globalCss);
registerPreviews(CMS);
skipDecapLogin();
CMS.init();
showStatusBar();

function merge(base: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(patch)) {
    const b = base[k];
    out[k] = v && typeof v === 'object' && b && typeof b === 'object' ? merge(b as Record<string, unknown>, v as Record<string, unknown>) : v;
  }
  return out;
}
