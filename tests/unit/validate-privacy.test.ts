import { describe, expect, it } from 'vitest';
import { findPersonalData } from '../../src/validation/privacy.ts';

describe('the privacy check', () => {
  it.each([
    ['an ID-card number', 'Số căn cước 001080012345 của tác giả'],
    ['an old 9-digit CMND', 'CMND 123456789'],
    ['a mobile number with spaces', 'Liên hệ anh Minh 0912 345 678'],
    ['a mobile number with dots', 'ĐT: 091.234.5678'],
    ['a +84 number', 'gọi +84 912 345 678'],
    ['a landline', 'Điện thoại 0229 3 123 456'],
    ['an e-mail address', 'gửi về minh.nguyen@gmail.com'],
    ['a birth date', 'Chị Lan, sinh ngày 12/03/1980'],
    ['a birth-date label', 'Ngày sinh: 12/03/1980'],
  ])('flags %s', (_, line) => {
    expect(findPersonalData(`Dòng đầu\n${line}`)).toEqual([expect.objectContaining({ line: 2 })]);
  });

  it.each([
    ['a document number', 'Theo Kế hoạch số 118/KH-UBND ngày 15/01/2026'],
    ['years and a range', 'Giai đoạn 2026–2030, sơ kết năm 2028'],
    ['a money figure', 'Kinh phí 1.200.000.000 đồng, tiết kiệm 25.000.000 đ'],
    ['a money figure with commas', 'Tổng 1,250,000,000 đồng'],
    ['result values', 'Số hóa 392 điểm, 85% người dân hài lòng, 12.345 lượt'],
    ['a decision number and date', 'Quyết định số 2451/QĐ-UBND ngày 30/12/2030'],
  ])('leaves %s alone', (_, line) => {
    expect(findPersonalData(line)).toEqual([]);
  });
});
