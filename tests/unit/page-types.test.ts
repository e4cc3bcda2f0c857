import { describe, expect, it } from 'vitest';
import { mayCarryScript, pageTypeOf } from '../helpers/page-types.ts';

const detail = '<main id="noi-dung-chinh" data-pagefind-body>';
const listing = '<main id="noi-dung-chinh">';

describe('page types of the built site', () => {
  it('groups pages by URL shape and tells detail pages from listings', () => {
    expect(pageTypeOf('/')).toBe('/');
    expect(pageTypeOf('/ke-hoach/')).toBe('/ke-hoach/');
    expect(pageTypeOf('/404.html')).toBe('/404.html');
    expect(pageTypeOf('/mo-hinh/so-hoa-ban-do/', detail)).toBe('/mo-hinh/*/');
    expect(pageTypeOf('/mo-hinh/chuyen-doi-so/', listing)).toBe('/mo-hinh/*/ (danh sách)');
    expect(pageTypeOf('/mo-hinh/trang/2/', listing)).toBe('/mo-hinh/*/*/ (danh sách)');
  });

  it('allows scripts only on search, broadcast, the CMS and listing pages with filters', () => {
    expect(mayCarryScript('/tim-kiem/', listing)).toBe(true);
    expect(mayCarryScript('/phat-thanh/', listing)).toBe(true);
    expect(mayCarryScript('/admin/', listing)).toBe(true);
    expect(mayCarryScript('/mo-hinh/', listing)).toBe(true);
    expect(mayCarryScript('/mo-hinh/so-hoa-ban-do/', detail)).toBe(false);
    expect(mayCarryScript('/', listing)).toBe(false);
    expect(mayCarryScript('/ke-hoach/', listing)).toBe(false);
    expect(mayCarryScript('/thong-ke/', listing)).toBe(false);
  });
});
