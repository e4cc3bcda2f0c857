/** The staff glossary: whole tokens only, readings chosen by the neighbouring words, the file's rules. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toSpeechText } from '../../src/lib/speech/index.ts';
import { parseGlossary } from '../../src/lib/speech/glossary.ts';
import { loadGlossary } from '../../src/node/glossary.ts';

const glossary = loadGlossary(path.resolve('content'));

describe('glossary readings', () => {
  const own = parseGlossary(
    'entries:\n  - { abbr: KH, say: kế hoạch }\n  - { abbr: CN, say: công nghệ }\n  - { abbr: KH&CN, say: khoa học và công nghệ }\n' +
      '  - { abbr: TT, say: thông tư, context: [số, bộ] }\n  - { abbr: TT, say: trung tâm }\n  - { abbr: ĐT, say: đầu tư }\n',
    'g.yml',
  );
  const cases: [string, string][] = [
    ['Sở KH&CN tỉnh', 'Sở khoa học và công nghệ tỉnh.'],
    ['Sở KH&ĐT tỉnh', 'Sở kế hoạch và đầu tư tỉnh.'],
    ['theo TT số một', 'theo thông tư số một.'],
    ['TT y tế xã', 'Trung tâm y tế xã.'],
    ['KHKT', 'Ca hát ca tê.'],
  ];
  for (const [text, say] of cases) it(`reads "${text}" as "${say}"`, () => expect(toSpeechText(text, own)).toBe(say));

  it('keeps one plain reading a string and context readings a list', () => {
    expect(own.KH).toBe('kế hoạch');
    expect(own.TT).toEqual([{ say: 'thông tư', context: ['số', 'bộ'] }, { say: 'trung tâm' }]);
  });
  it('allows several readings with a context but not two without', () =>
    expect(() => parseGlossary('entries:\n  - { abbr: TT, say: a }\n  - { abbr: TT, say: b }\n', 'g.yml')).toThrow(/"TT" bị khai báo hai lần/));
  it('rejects an empty context word in Vietnamese', () =>
    expect(() => parseGlossary('entries:\n  - { abbr: TT, say: a, context: [" "] }\n', 'g.yml')).toThrow(/g\.yml: trường "entries\.0\.context\.0": từ ngữ cảnh không được để trống/));
});

describe('the project glossary', () => {
  it('holds at least 80 abbreviations of administrative writing', () => expect(Object.keys(glossary).length).toBeGreaterThanOrEqual(80));
  it('reads every entry in words only', () => {
    for (const v of Object.values(glossary)) for (const r of typeof v === 'string' ? [{ say: v }] : v) expect(r.say).toMatch(/^[\p{L} ,-]+$/u);
  });
  const cases: [string, string][] = [
    ['Lịch trực T7, CN hằng tuần', 'Lịch trực thứ bảy, Chủ nhật hằng tuần.'],
    ['ứng dụng CN số', 'ứng dụng công nghệ số.'],
    ['Thông tư 12/2025/TT-BTC', 'Thông tư mười hai năm hai nghìn không trăm hai mươi lăm của Bộ Tài chính.'],
    ['BTC hội thi', 'Ban Tổ chức hội thi.'],
    ['Công ty CP Vũ Dương', 'Công ty cổ phần Vũ Dương.'],
    ['Nghị định 13/2023/NĐ-CP', 'Nghị định mười ba năm hai nghìn không trăm hai mươi ba của Chính phủ.'],
  ];
  for (const [text, say] of cases) it(`decides "${text}" from the words around`, () => expect(toSpeechText(text, glossary)).toBe(say));
});

describe('glossary lookups', () => {
  const parse = (entries: string) => parseGlossary(`entries:\n${entries}`, 'g.yml');

  it('leaves a word that names an object property (constructor, toString) as written', () =>
    expect(toSpeechText('Dự án constructor, mục toString-KH và valueOf.', glossary)).toBe('Dự án constructor, mục toString kế hoạch và valueOf.'));

  it('reads each glossary with its own readings, also when the same text was read with another one before (without one, KV is spelled)', () => {
    const a = parse('  - { abbr: KV, say: khu vực }\n  - { abbr: v.v., say: vân vân }\n');
    const b = parse('  - { abbr: KV, say: kinh văn }\n');
    const text = 'Các KV chợ, bến, v.v.';
    expect([toSpeechText(text, a), toSpeechText(text, b), toSpeechText(text, a), toSpeechText(text, {})]).toEqual([
      'Các khu vực chợ, bến, vân vân.', 'Các kinh văn chợ, bến, v.v.', 'Các khu vực chợ, bến, vân vân.', 'Các ca vê chợ, bến, v.v.',
    ]);
  });

  it('reads a key that starts with a small letter, a key of one letter and a key inside a joined token, not a word that starts like one', () => {
    const own = parse('  - { abbr: kv, say: khu vực }\n  - { abbr: đv, say: đơn vị }\n  - { abbr: Q, say: quận }\n  - { abbr: NTM, say: nông thôn mới }\n');
    expect(toSpeechText('Mỗi kv, mỗi đv có mô hình, Quý và NTMx ở Q Ba Đình đạt chuẩn NTM-kiểu mẫu.', own)).toBe('Mỗi khu vực, mỗi đơn vị có mô hình, Quý và NTMx ở quận Ba Đình đạt chuẩn nông thôn mới kiểu mẫu.');
  });
});
