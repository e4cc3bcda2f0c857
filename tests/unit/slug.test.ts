import { describe, expect, it } from 'vitest';
import { foldDiacritics, slugify } from '../../src/schemas/slug.ts';

describe('slugify', () => {
  it('turns Vietnamese titles into ASCII slugs, đ becoming d', () => {
    expect(slugify('Đổi mới sáng tạo')).toBe('doi-moi-sang-tao');
    expect(slugify('Chuyển đổi số ở thôn Đông')).toBe('chuyen-doi-so-o-thon-dong');
    expect(slugify('Ứng dụng điện tử – Bình dân học vụ số!')).toBe('ung-dung-dien-tu-binh-dan-hoc-vu-so');
  });

  it('gives the same slug for NFD and NFC input', () => {
    const nfd = 'Phòng Văn hóa - Xã hội'.normalize('NFD');
    expect(slugify(nfd)).toBe(slugify('Phòng Văn hóa - Xã hội'));
    expect(slugify(nfd)).toBe('phong-van-hoa-xa-hoi');
  });

  it('keeps digits and trims separators', () => {
    expect(slugify('  1.1. Đối với cơ quan  ')).toBe('1-1-doi-voi-co-quan');
  });
});

describe('foldDiacritics', () => {
  it('removes every Vietnamese mark including stacked ones', () => {
    expect(foldDiacritics('ắằẳẵặệộựỹ ĐƯỜNG')).toBe('aaaaaeouy DUONG');
  });
});
