/**
 * Vietnamese text for speech: numbers read the northern way, dates, times, ranges, document numbers,
 * units, phone-like groups, Markdown turned into sentences and the staff glossary. Sentences come
 * from the campaign plan (fixtures read from /work/shared/seed is not required: they are quoted here).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInteger, readNumber, readDigits, toSpeechText, storySpeechText, readingMinutes, BROADCAST_WPM } from '../../src/lib/speech/index.ts';
import { parseGlossary } from '../../src/lib/speech/glossary.ts';
import { loadGlossary } from '../../src/node/glossary.ts';

const glossary = loadGlossary(path.resolve('content'));
const say = (md: string) => toSpeechText(md, glossary);

describe('readInteger (northern usage)', () => {
  const cases: [string, string][] = [
    ['0', 'không'], ['1', 'một'], ['4', 'bốn'], ['5', 'năm'], ['10', 'mười'], ['11', 'mười một'],
    ['14', 'mười bốn'], ['15', 'mười lăm'], ['20', 'hai mươi'], ['21', 'hai mươi mốt'], ['24', 'hai mươi tư'],
    ['25', 'hai mươi lăm'], ['31', 'ba mươi mốt'], ['100', 'một trăm'], ['101', 'một trăm linh một'],
    ['105', 'một trăm linh năm'], ['110', 'một trăm mười'], ['115', 'một trăm mười lăm'], ['118', 'một trăm mười tám'],
    ['1000', 'một nghìn'], ['1005', 'một nghìn không trăm linh năm'], ['1250', 'một nghìn hai trăm năm mươi'],
    ['2026', 'hai nghìn không trăm hai mươi sáu'], ['2030', 'hai nghìn không trăm ba mươi'],
    ['10000', 'mười nghìn'], ['1000000', 'một triệu'], ['1000005', 'một triệu không trăm linh năm'],
    ['2500000', 'hai triệu năm trăm nghìn'], ['1000000000', 'một tỷ'], ['1000000000000', 'một nghìn tỷ'],
    ['05', 'năm'], ['007', 'bảy'],
  ];
  for (const [n, words] of cases) it(`reads ${n} as "${words}"`, () => expect(readInteger(n)).toBe(words));
});

describe('readNumber with Vietnamese separators', () => {
  const cases: [string, string][] = [
    ['1.234,5', 'một nghìn hai trăm ba mươi tư phẩy năm'],
    ['1.250', 'một nghìn hai trăm năm mươi'],
    ['98,5', 'chín mươi tám phẩy năm'],
    ['2,5', 'hai phẩy năm'],
    ['2,05', 'hai phẩy không năm'],
    ['3,25', 'ba phẩy hai mươi lăm'],
    ['12.500.000', 'mười hai triệu năm trăm nghìn'],
    ['0,5', 'không phẩy năm'],
  ];
  for (const [n, words] of cases) it(`reads ${n} as "${words}"`, () => expect(readNumber(n)).toBe(words));
  it('reads digit groups one digit at a time', () => expect(readDigits('0912')).toBe('không chín một hai'));
});

describe('sentences from the plan', () => {
  const cases: [string, string][] = [
    ['ngày 15/4/2026', 'ngày mười lăm tháng tư năm hai nghìn không trăm hai mươi sáu.'],
    ['Thực hiện Kế hoạch số 118/KH-UBND ngày 15/4/2026 của Ủy ban nhân dân tỉnh Ninh Bình',
      'Thực hiện Kế hoạch số một trăm mười tám ngày mười lăm tháng tư năm hai nghìn không trăm hai mươi sáu của Ủy ban nhân dân tỉnh Ninh Bình.'],
    ['theo tinh thần Nghị quyết số 57-NQ/TW của Bộ Chính trị.', 'theo tinh thần Nghị quyết số năm mươi bảy của Bộ Chính trị.'],
    ['Nghị quyết số 07-NQ/ĐU của Ban chấp hành Đảng bộ xã', 'Nghị quyết số bảy của Ban chấp hành Đảng bộ xã.'],
    ['Giai đoạn 1: 2026 - 2027', 'Giai đoạn một: từ năm hai nghìn không trăm hai mươi sáu đến năm hai nghìn không trăm hai mươi bảy.'],
    ['cải cách hành chính giai đoạn 2025-2030.', 'cải cách hành chính giai đoạn từ năm hai nghìn không trăm hai mươi lăm đến năm hai nghìn không trăm ba mươi.'],
    ['trong các năm từ năm 2026 - 2027', 'trong các năm từ năm hai nghìn không trăm hai mươi sáu đến năm hai nghìn không trăm hai mươi bảy.'],
    ['Từ 2026-2030 xã phấn đấu', 'Từ năm hai nghìn không trăm hai mươi sáu đến năm hai nghìn không trăm ba mươi xã phấn đấu.'],
    ['từ 2026-2030', 'từ năm hai nghìn không trăm hai mươi sáu đến năm hai nghìn không trăm ba mươi.'],
    ['năm 2026–2030', 'từ năm hai nghìn không trăm hai mươi sáu đến năm hai nghìn không trăm ba mươi.'],
    ['Các đơn vị báo cáo kết quả trước ngày 05 tháng 11 hằng năm.', 'Các đơn vị báo cáo kết quả trước ngày mùng năm tháng mười một hằng năm.'],
    ['gửi về trước ngày 05/11', 'gửi về trước ngày mùng năm tháng mười một.'],
    ['Tính đến hết tháng 9/2026', 'Tính đến hết tháng chín năm hai nghìn không trăm hai mươi sáu.'],
    ['trong tháng 4', 'trong tháng tư.'],
    ['ngày 2026-10-05', 'ngày mùng năm tháng mười năm hai nghìn không trăm hai mươi sáu.'],
    ['Đạt 21 mô hình', 'Đạt hai mươi mốt mô hình.'],
    ['105 hộ tham gia', 'Một trăm linh năm hộ tham gia.'],
    ['tỷ lệ giải quyết đúng hạn đạt 98,5%', 'tỷ lệ giải quyết đúng hạn đạt chín mươi tám phẩy năm phần trăm.'],
    ['tăng 2,5 %', 'tăng hai phẩy năm phần trăm.'],
    ['100% thôn, xóm có mô hình', 'Một trăm phần trăm thôn, xóm có mô hình.'],
    ['tiếp nhận 1.250 hồ sơ trực tuyến', 'tiếp nhận một nghìn hai trăm năm mươi hồ sơ trực tuyến.'],
    ['cải tạo 12,5 ha đất', 'cải tạo mười hai phẩy năm héc ta đất.'],
    ['thu gom 3 tấn rơm', 'thu gom ba tấn rơm.'],
    ['tiết kiệm 1.200 kWh điện', 'tiết kiệm một nghìn hai trăm ki lô oát giờ điện.'],
    ['lắp 2,5 kW điện mặt trời', 'lắp hai phẩy năm ki lô oát điện mặt trời.'],
    ['tuyến đường hoa dài 2 km', 'tuyến đường hoa dài hai ki lô mét.'],
    ['nhà xưởng 500 m²', 'nhà xưởng năm trăm mét vuông.'],
    ['kinh phí 15.000.000 đồng', 'kinh phí mười lăm triệu đồng.'],
    ['thưởng 500.000đ', 'thưởng năm trăm nghìn đồng.'],
    ['Họp lúc 14:30', 'Họp lúc mười bốn giờ ba mươi phút.'],
    ['bắt đầu 7h30 sáng', 'bắt đầu bảy giờ ba mươi phút sáng.'],
    ['khai mạc 8h', 'khai mạc tám giờ.'],
    ['lúc 08:00', 'lúc tám giờ.'],
    ['Đường dây nóng 0912 345 678', 'Đường dây nóng không chín một hai, ba bốn năm, sáu bảy tám.'],
    ['gọi 0229.3850.123', 'gọi không hai hai chín, ba tám năm không, một hai ba.'],
    ['xếp thứ 1 toàn tỉnh', 'xếp thứ nhất toàn tỉnh.'],
    ['lần thứ 4', 'lần thứ tư.'],
    ['đứng thứ 2', 'đứng thứ hai.'],
    ['Phần II. NỘI DUNG', 'Phần hai. NỘI DUNG.'],
    ['mỗi tổ 3-5 người', 'mỗi tổ từ ba đến năm người.'],
    ['UBND xã đánh giá cao', 'Ủy ban nhân dân xã đánh giá cao.'],
    ['TT. HĐND xã', 'Thường trực Hội đồng nhân dân xã.'],
    ['UBMTTQ VN và các tổ chức CT-XH xã', 'Ủy ban Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội xã.'],
    ['CT và các PCT UBND xã', 'Chủ tịch và các Phó Chủ tịch Ủy ban nhân dân xã.'],
    ['Ban CHQS xã', 'Ban Chỉ huy quân sự xã.'],
    ['Trung tâm Phục vụ HCC', 'Trung tâm Phục vụ hành chính công.'],
    ['lĩnh vực ĐMST, KHCN, CĐS và CĐX', 'lĩnh vực đổi mới sáng tạo, khoa học công nghệ, chuyển đổi số và chuyển đổi xanh.'],
    ['Lưu: VT, VHXX.', 'Lưu: Văn thư, Văn hóa - Xã hội.'],
    ['mô hình GĐ1', 'mô hình giai đoạn một.'],
    ['kinh tế - xã hội của địa phương', 'kinh tế - xã hội của địa phương.'],
  ];
  for (const [md, out] of cases) it(`says "${md}"`, () => expect(say(md)).toBe(out));
});

describe('Markdown becomes sentences', () => {
  it('drops heading marks and ends a heading with a full stop', () => expect(say('## Mục tiêu chung')).toBe('Mục tiêu chung.'));
  it('keeps link words and drops the address', () =>
    expect(say('Xem [kế hoạch](https://example.org/ke-hoach) của xã')).toBe('Xem kế hoạch của xã.'));
  it('drops images entirely', () => expect(say('![Ảnh ruộng lúa](anh.jpg)\n\nRuộng lúa xanh.')).toBe('Ruộng lúa xanh.'));
  it('removes emphasis markers but keeps the words', () => expect(say('**Vũ Dương** _đổi mới_ `mã`')).toBe('Vũ Dương đổi mới mã.'));
  it('turns a bulleted list from the plan into sentences of one paragraph', () =>
    expect(say('Nội dung:\n- Phát huy truyền thống yêu nước;\n- Huy động sức mạnh tổng hợp;\n'))
      .toBe('Nội dung: Phát huy truyền thống yêu nước. Huy động sức mạnh tổng hợp.'));
  it('turns a numbered list into sentences', () => expect(say('1. Thôn Đông\n2. Thôn Tây')).toBe('Thôn Đông. Thôn Tây.'));
  it('reads each table row with its column names', () =>
    expect(say('| Thôn | Số hộ | Tỷ lệ |\n|---|---:|---|\n| Đông | 120 | 95% |\n| Tây | 85 | 90,5% |'))
      .toBe('Thôn: Đông, Số hộ: một trăm hai mươi, Tỷ lệ: chín mươi lăm phần trăm. Thôn: Tây, Số hộ: tám mươi lăm, Tỷ lệ: chín mươi phẩy năm phần trăm.'));
  it('drops code blocks and HTML comments', () => expect(say('Trước.\n\n```\nx = 1\n```\n<!-- ghi chú -->\nSau.')).toBe('Trước.\n\nSau.'));
  it('strips quote marks of Markdown blockquotes', () => expect(say('> Trích lời Chủ tịch xã')).toBe('Trích lời Chủ tịch xã.'));
  it('keeps paragraphs apart with a blank line', () => expect(say('Đoạn một.\n\nĐoạn hai.')).toBe('Đoạn một.\n\nĐoạn hai.'));
  it('joins soft-wrapped lines of one paragraph', () => expect(say('Dòng một\ndòng hai.')).toBe('Dòng một dòng hai.'));
  it('keeps question and exclamation marks a speech engine pauses on', () =>
    expect(say('Bà con đã quét mã chưa? Hãy thử ngay!')).toBe('Bà con đã quét mã chưa? Hãy thử ngay!'));
  it('returns Unicode NFC even for decomposed input', () => {
    const decomposed = 'Vũ Dương'.normalize('NFD');
    expect(say(decomposed)).toBe('Vũ Dương.'.normalize('NFC'));
  });
  it('drops front matter', () => expect(say('---\ntitle: X\n---\nNội dung.')).toBe('Nội dung.'));
  it('starts the title and the summary with a capital letter when they open with a number', () =>
    expect(storySpeechText('5 mô hình mới', 'Đông vui.', glossary, '12 thôn tham gia')).toBe('Năm mô hình mới.\n\nMười hai thôn tham gia.\n\nĐông vui.'));
  it('puts the story title first', () =>
    expect(storySpeechText('Ngày hội CĐS 2026', 'Đông vui.', glossary)).toBe('Ngày hội chuyển đổi số hai nghìn không trăm hai mươi sáu.\n\nĐông vui.'));
});

describe('glossary file', () => {
  it('rejects a duplicate abbreviation with file and field in Vietnamese', () =>
    expect(() => parseGlossary('entries:\n  - {abbr: UBND, say: a}\n  - {abbr: UBND, say: b}\n', 'tu-viet-tat.yml'))
      .toThrow(/tu-viet-tat\.yml: trường "entries\.1\.abbr": "UBND" bị khai báo hai lần/));
  it('rejects digits in what is said', () =>
    expect(() => parseGlossary('entries:\n  - {abbr: GĐ1, say: giai đoạn 1}\n', 'g.yml')).toThrow(/chữ số/));
  it('holds every abbreviation the issue names', () => {
    for (const k of ['UBND', 'HĐND', 'MTTQ', 'CT-XH', 'ĐMST', 'KHCN', 'CĐS', 'CĐX', 'HCC', 'CHQS', 'PCT']) expect(glossary[k]).toBeTruthy();
  });
});

describe('reading time', () => {
  it(`counts minutes at ${BROADCAST_WPM} words per minute, at least one`, () => {
    expect(readingMinutes('một hai ba')).toBe(1);
    expect(readingMinutes(Array(BROADCAST_WPM * 3).fill('chữ').join(' '))).toBe(3);
  });
});

describe('property: output is speakable', () => {
  const plan = '/work/shared/seed/ke-hoach-phong-trao-thi-dua-vu-duong.txt';
  const sources: [string, string][] = [];
  const storyDirs = ['fixtures/demo/stories', 'content/stories'];
  for (const dir of storyDirs) {
    if (!fs.existsSync(dir)) continue;
    for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.md'))) sources.push([`${dir}/${f}`, fs.readFileSync(path.join(dir, f), 'utf8')]);
  }
  if (fs.existsSync(plan)) sources.push(['plan', fs.readFileSync(plan, 'utf8')]);
  const abbrs = Object.keys(glossary).map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const abbrRe = new RegExp(`(?<![\\p{L}\\p{N}])(${abbrs.join('|')})(?![\\p{L}\\p{N}])`, 'u');
  it('has real texts to check', () => expect(sources.length).toBeGreaterThan(3));
  for (const [name, src] of sources) {
    it(`${name}: no raw digit, Markdown symbol or glossary abbreviation remains`, () => {
      const out = say(src);
      expect(out).not.toMatch(/\d/);
      expect(out).not.toMatch(/[#*_`|<>[\]{}\\]/);
      const hit = out.match(abbrRe);
      expect(hit?.[0], hit ? out.slice(Math.max(0, hit.index! - 40), hit.index! + 40) : '').toBeUndefined();
      expect(out).toBe(out.normalize('NFC'));
    });
  }
  it('random numbers in every written form always come out as words', () => {
    let seed = 42;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let i = 0; i < 300; i++) {
      const n = Math.floor(rnd() * 10 ** (1 + Math.floor(rnd() * 10)));
      const dotted = n.toLocaleString('de-DE');
      const text = `Có ${dotted} hộ, ${n}% và ${n},${i} ha ngày ${1 + (i % 28)}/${1 + (i % 12)}/${2026 + (i % 5)}.`;
      expect(say(text)).not.toMatch(/\d/);
    }
  }, 30_000); // 300 sentences through every token module: seconds on a busy machine
});
