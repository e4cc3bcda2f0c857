/**
 * What a reader means by a query on the demo site (`fixtures/demo/`), typed with and without
 * diacritics. `top`: pages that must be in the first three; `first`: the one page that must lead
 * (a unit's own page for its name); `below`: pages that may be found but must come after `top`,
 * chosen where they hold the query's syllables apart or only in passing ("Xóm Trại Mới" says
 * "Mới. Mỗi", not "đổi mới").
 */
import { criteriaGroupPath as c, honorPath as h, initiativePath as m, PLAN_PATH as PLAN, storyPath as s, unitPath as u } from '../../src/routes.ts';
import type { RelevanceCase } from '../helpers/relevance.ts';

/** The same judgement for a query typed with and without its diacritics. */
const both = (qs: [string, string], rest: Omit<RelevanceCase, 'q'>): RelevanceCase[] => qs.map((q) => ({ q, ...rest }));

export const CASES: RelevanceCase[] = [
  ...both(['doi moi', 'đổi mới'], { top: [PLAN], first: PLAN, below: [u('xom-trai-moi'), m('thu-gom-rac-phan-loai-tai-nguon'), m('ban-do-so-thon-dong-hoa')] }),
  ...both(['doi moi sang tao', 'đổi mới sáng tạo'], { top: [PLAN], first: PLAN, below: [u('xom-trai-moi'), m('thu-gom-rac-phan-loai-tai-nguon')] }),
  ...both(['chuyen doi so', 'chuyển đổi số'], {
    top: [s('ngay-hoi-chuyen-doi-so-2026'), PLAN],
    below: [m('tuyen-duong-hoa-tu-quan'), c('1-3'), u('cong-ty-tnhh-nong-san-an-phu'), m('thu-gom-rac-phan-loai-tai-nguon')],
  }),
  ...both(['dien tu', 'điện tử'], {
    top: [m('so-tay-dien-tu-cong-tac-quoc-phong'), m('nhat-ky-dong-ruong-dien-tu')],
    below: [u('thon-thuong-phuc'), m('den-duong-nang-luong-mat-troi'), m('tram-quan-trac-nuoc-tu-dong'), PLAN],
  }),
  ...both(['binh dan hoc vu so', 'bình dân học vụ số'], { top: [PLAN, c('1-2')], below: [u('phong-van-hoa-xa-hoi')] }),
  ...both(['xom trai moi', 'Xóm Trại Mới'], { top: [u('xom-trai-moi')], first: u('xom-trai-moi'), below: [h('giay-khen-nam-2026-dot-1')] }),
  { q: 'trai moi', top: [u('xom-trai-moi'), m('thu-gom-rac-phan-loai-tai-nguon')], below: [h('giay-khen-nam-2026-dot-1')] },
  ...both(['thon dong hoa', 'thôn Đông Hòa'], {
    top: [u('thon-dong-hoa'), m('ban-do-so-thon-dong-hoa')],
    first: u('thon-dong-hoa'),
    below: [s('ra-quan-tuyen-duong-hoa'), m('tuyen-duong-hoa-tu-quan'), PLAN],
  }),
  { q: 'Đông Hòa', top: [u('thon-dong-hoa'), m('ban-do-so-thon-dong-hoa')], below: [m('tuyen-duong-hoa-tu-quan'), s('ra-quan-tuyen-duong-hoa')] },
  ...both(['thon thuong phuc', 'thôn Thượng Phúc'], {
    top: [u('thon-thuong-phuc'), m('den-duong-nang-luong-mat-troi')],
    first: u('thon-thuong-phuc'),
    below: [u('trung-tam-phuc-vu-hanh-chinh-cong'), m('ho-so-truc-tuyen-mot-cham')],
  }),
  ...both(['cong an xa', 'công an xã'], { top: [u('cong-an-xa')], first: u('cong-an-xa'), below: [u('cong-ty-tnhh-nong-san-an-phu'), m('may-say-nong-san-nang-luong-mat-troi')] }),
  {
    q: 'co khi vu thanh',
    top: [u('cong-ty-co-phan-co-khi-vu-thanh'), h('de-nghi-giay-khen-nam-2026')],
    first: u('cong-ty-co-phan-co-khi-vu-thanh'),
    below: [h('de-nghi-co-thi-dua-tinh-2030'), PLAN],
  },
  { q: 'an phu', top: [u('cong-ty-tnhh-nong-san-an-phu')], first: u('cong-ty-tnhh-nong-san-an-phu'), below: [m('truong-hoc-xanh-khong-rac-thai-nhua'), c('1-1')] },
  ...both(['mam non hoa sen', 'Mầm non Hoa Sen'], { top: [u('truong-mam-non-hoa-sen')], first: u('truong-mam-non-hoa-sen'), below: [h('so-ket-giai-doan-1-nam-2027'), m('lop-hoc-ky-nang-so-cho-nguoi-cao-tuoi')] }),
  ...both(['hoi nong dan', 'Hội Nông dân'], { top: [u('hoi-nong-dan-xa')], first: u('hoi-nong-dan-xa'), below: [h('giay-chung-nhan-mttq-nam-2026')] }),
  ...both(['doan thanh nien', 'Đoàn Thanh niên'], { top: [u('doan-thanh-nien-xa')], first: u('doan-thanh-nien-xa'), below: [m('tuyen-duong-hoa-tu-quan'), h('giay-khen-nam-2026-dot-1')] }),
  { q: 'mặt trận tổ quốc', top: [u('uy-ban-mttq-xa'), c('1-2')], below: [m('tuyen-duong-hoa-tu-quan'), s('ra-quan-tuyen-duong-hoa')] },
  ...both(['nang luong mat troi', 'năng lượng mặt trời'], {
    top: [m('may-say-nong-san-nang-luong-mat-troi'), m('den-duong-nang-luong-mat-troi')],
    below: [u('cong-ty-tnhh-nong-san-an-phu'), h('tong-ket-giay-khen-xa-2030')],
  }),
  ...both(['duong hoa', 'tuyến đường hoa'], {
    top: [m('tuyen-duong-hoa-tu-quan')],
    first: m('tuyen-duong-hoa-tu-quan'),
    below: [PLAN, s('ngay-hoi-chuyen-doi-so-2026'), m('den-duong-nang-luong-mat-troi')],
  }),
  ...both(['giay khen', 'giấy khen'], {
    top: [h('giay-khen-nam-2026-dot-1'), h('de-nghi-giay-khen-so-2031'), h('de-nghi-giay-khen-nam-2026')],
    below: [m('hop-khong-giay-to'), u('hoi-nong-dan-xa'), h('giay-chung-nhan-mttq-nam-2026')],
  }),
  ...both(['co thi dua', 'cờ thi đua'], { top: [h('de-nghi-co-thi-dua-tinh-2030')], first: h('de-nghi-co-thi-dua-tinh-2030'), below: [s('thong-bao-lich-tiep-nhan-bao-cao'), u('thon-thuong-phuc')] }),
  { q: 'mot cua so hoa', top: [s('mot-cua-so-hoa')], first: s('mot-cua-so-hoa'), below: [m('tuyen-duong-hoa-tu-quan'), m('loa-thong-minh-truyen-thanh')] },
  ...both(['cho que', 'chợ quê'], { top: [s('cho-que-quet-ma-qr'), m('thanh-toan-khong-dung-tien-mat-o-cho-que')], below: [s('mua-vu-khong-dot-rom-ra')] }),
  ...both(['ky nang so cho nguoi cao tuoi', 'kỹ năng số'], { top: [m('lop-hoc-ky-nang-so-cho-nguoi-cao-tuoi')], first: m('lop-hoc-ky-nang-so-cho-nguoi-cao-tuoi'), below: [PLAN] }),
  { q: 'phan loai rac tai nguon', top: [m('thu-gom-rac-phan-loai-tai-nguon')], first: m('thu-gom-rac-phan-loai-tai-nguon'), below: [PLAN] },
  { q: 'ho so truc tuyen', top: [m('ho-so-truc-tuyen-mot-cham')], below: [PLAN] },
  ...both(['quoc phong', 'quốc phòng'], { top: [m('so-tay-dien-tu-cong-tac-quoc-phong')], below: [c('1-2')] }),
  ...both(['rom ra', 'rơm rạ'], { top: [s('mua-vu-khong-dot-rom-ra'), m('che-pham-vi-sinh-xu-ly-rom-ra')], below: [h('giay-chung-nhan-mttq-nam-2026')] }),
  { q: 'khoa hoc cong nghe', top: [PLAN], below: [h('de-nghi-giay-khen-so-2031')] },
  { q: 'hop khong giay to', top: [m('hop-khong-giay-to')], first: m('hop-khong-giay-to'), below: [h('so-ket-giai-doan-1-nam-2027'), m('thanh-toan-khong-dung-tien-mat-o-cho-que')] },
  { q: 'truy xuất nguồn gốc', top: [m('nhat-ky-dong-ruong-dien-tu')], first: m('nhat-ky-dong-ruong-dien-tu'), below: [PLAN, u('phong-kinh-te')] },
  { q: 'doanh nghiep', top: [c('1-3')], below: [m('cai-tien-khuon-dap-tiet-kiem-thep')] },
  // Phrases said only in a page's body, while dozens of pages hold the syllables apart.
  ...both(['tieu dung', 'tiêu dùng'], { top: [PLAN], below: [s('mot-cua-so-hoa'), s('cho-que-quet-ma-qr'), u('xom-trai-moi')] }),
  ...both(['cong nhan', 'công nhân'], {
    top: [m('may-say-nong-san-nang-luong-mat-troi'), m('cai-tien-khuon-dap-tiet-kiem-thep')],
    below: [s('ngay-hoi-chuyen-doi-so-2026'), s('mot-cua-so-hoa'), s('cho-que-quet-ma-qr')],
  }),
  ...both(['tin nhan lua dao', 'tin nhắn lừa đảo'], {
    top: [m('lop-hoc-ky-nang-so-cho-nguoi-cao-tuoi'), u('phong-van-hoa-xa-hoi')],
    below: [s('ra-quan-tuyen-duong-hoa'), s('ngay-hoi-chuyen-doi-so-2026'), s('mot-cua-so-hoa'), PLAN],
  }),
  ...both(['hoc sinh', 'học sinh'], {
    top: [m('lop-hoc-ky-nang-so-cho-nguoi-cao-tuoi'), u('phong-van-hoa-xa-hoi')],
    below: [u('hoi-nong-dan-xa'), m('thu-gom-rac-phan-loai-tai-nguon'), m('che-pham-vi-sinh-xu-ly-rom-ra')],
  }),
  { q: 'ho gia dinh', top: [s('ngay-hoi-chuyen-doi-so-2026')], below: [h('giay-khen-nam-2026-dot-1'), h('de-nghi-bang-khen-tinh-2030'), m('che-pham-vi-sinh-xu-ly-rom-ra'), m('camera-an-ninh-ket-noi')] },
  ...both(['moi truong', 'môi trường'], { top: [PLAN, c('1-3')], below: [m('truong-hoc-xanh-khong-rac-thai-nhua'), m('ban-do-so-thon-dong-hoa')] }),
  // One short word: the page about it, not one where it only begins a longer word ("loa" in "loại").
  { q: 'loa', top: [m('loa-thong-minh-truyen-thanh')], first: m('loa-thong-minh-truyen-thanh'), below: [m('thu-gom-rac-phan-loai-tai-nguon')] },
];
