/**
 * `npm run fixtures -- --out DIR --initiatives N [--seed S] [--today YYYY-MM-DD] [--image-every K] [--force]`
 *
 * Writes a complete, valid content directory of synthetic (clearly fictional) entries for tests and
 * benchmarks: N initiatives, about N/5 stories, N/20 honors (every rule of plan IV.2 obeyed),
 * max(12, N/25) units (the 7 real units plus generated hamlets, enterprises, schools and mass
 * organisations) and a yearly report per unit for every year whose 05/11 deadline is before
 * `--today` (about 1 in 10 late, 1 in 10 missing). site.yml, documents/ and criteria/ are copied
 * from the real content/. Drafts are included on purpose — max(1, ⌊count/50⌋) of each of
 * initiatives, stories and honors once that collection has 10 or more entries — so "drafts never
 * appear" can be tested at any size; the summary prints published and draft counts.
 *
 * Deterministic: one seeded PRNG, no clock, sorted output; the same arguments give byte-identical
 * files. `generateContent()` returns the files in memory for tests.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { slugify } from '../src/schemas/slug.ts';
import { COLLECTION_NAMES, COLLECTIONS } from '../src/schemas/collections.ts';
import { CAMPAIGN, PHASES, reportDeadline } from '../src/schemas/calendar.ts';
import {
  INITIATIVE_FIELDS, INITIATIVE_KINDS, INITIATIVE_STATUSES, type InitiativeField,
} from '../src/schemas/initiative.ts';
import type { UnitKind } from '../src/schemas/unit.ts';
import { PROVINCIAL_FORMS, type HonorForm, type HonorPeriod } from '../src/schemas/honor.ts';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const REAL_CONTENT = path.join(ROOT, 'content');
/** Opens the summary (honors: the title) of every generated draft, so tests can prove it never reaches the site. */
export const DRAFT_MARK = 'Bản nháp chưa duyệt';
/** Default "today": the fixed test build date, so output never depends on the clock. */
export const DEFAULT_TODAY = '2026-11-25';

export interface FixtureOptions {
  initiatives: number;
  seed?: number;
  /** ISO date; reports are written for years whose deadline is before it, stories dated up to it. */
  today?: string;
  /** Where site.yml, documents/, criteria/ and the real units come from. */
  source?: string;
  /** Every k-th initiative gets an image (a copy of a demo illustration) with alt text; 0 = none. */
  imageEvery?: number;
}

/** The drawn illustrations of fixtures/demo, reused so generated sets exercise image processing. */
const DEMO_IMAGES = path.join(ROOT, 'fixtures/demo/initiatives');

export interface FixtureSummary {
  [collection: string]: { total: number; drafts: number };
}

/** mulberry32: tiny, fast, good enough for test data, and identical on every platform. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!,
    chance: (p: number) => next() < p,
    /** Weighted pick from [value, weight] pairs. */
    weighted: <T>(pairs: readonly (readonly [T, number])[]): T => {
      const total = pairs.reduce((s, [, w]) => s + w, 0);
      let r = next() * total;
      for (const [v, w] of pairs) if ((r -= w) < 0) return v;
      return pairs[pairs.length - 1]![0];
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Vocabulary for fictional names and text.

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Phan', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Đinh', 'Mai', 'Trịnh', 'Tạ'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Thu', 'Quốc', 'Ngọc', 'Đức', 'Thanh', 'Hồng', 'Hải', 'Xuân', 'Kim'];
const GIVEN = ['An', 'Bình', 'Châu', 'Dung', 'Giang', 'Hà', 'Hạnh', 'Hùng', 'Khánh', 'Lan', 'Linh', 'Long', 'Mai', 'Nam', 'Nga', 'Phong', 'Phúc', 'Quang', 'Sơn', 'Tâm', 'Thảo', 'Trung', 'Tuấn', 'Vân', 'Xuân', 'Yến'];
const PLACE_A = ['Đông', 'Tây', 'Nam', 'Bắc', 'Thượng', 'Hạ', 'Trung', 'Tân', 'An', 'Phú', 'Vĩnh', 'Đại'];
const PLACE_B = ['Hòa', 'Phúc', 'Lạc', 'Xuân', 'Thành', 'Lộc', 'Thịnh', 'Vinh', 'Hưng', 'Yên', 'Bình', 'Mỹ', 'Khê', 'Sơn', 'Điền', 'Quang'];
const TRADES = ['Cơ khí', 'May mặc', 'Chế biến nông sản', 'Vật liệu xây dựng', 'Thực phẩm sạch', 'Gỗ mỹ nghệ', 'Dược liệu', 'Bao bì', 'Thủy sản', 'Điện dân dụng'];
const COMPANY_FORMS = ['Công ty TNHH', 'Công ty Cổ phần', 'Hợp tác xã'];
const SCHOOLS = ['Trường Mầm non', 'Trường Tiểu học', 'Trường Trung học cơ sở', 'Trung tâm Văn hóa - Thể thao'];
const MASS_ORGS = [
  'Đoàn Thanh niên Cộng sản Hồ Chí Minh', 'Hội Nông dân', 'Hội Liên hiệp Phụ nữ', 'Hội Cựu chiến binh',
  'Hội Người cao tuổi', 'Hội Chữ thập đỏ', 'Hội Khuyến học',
];

interface Topic {
  field: InitiativeField;
  title: string;
  problem: string;
  solution: string;
  result: readonly [label: string, unit: string, min: number, max: number];
  /** Unit kinds the topic suits; any kind when absent. */
  kinds?: readonly UnitKind[];
}

const TOPICS: readonly Topic[] = [
  { field: 'chuyen-doi-so', title: 'Hồ sơ trực tuyến tại chỗ', problem: 'người dân còn nộp hồ sơ giấy, phải đi lại nhiều lần', solution: 'hướng dẫn người dân nộp hồ sơ trực tuyến bằng máy tính bảng ngay tại chỗ', result: ['Hồ sơ nộp trực tuyến', 'hồ sơ', 200, 3000] },
  { field: 'chuyen-doi-so', title: 'Thanh toán không dùng tiền mặt', problem: 'tiểu thương chưa quen nhận tiền qua điện thoại', solution: 'in mã QR và hướng dẫn từng quầy hàng nhận tiền qua điện thoại', result: ['Hộ dùng mã QR', 'hộ', 20, 400] },
  { field: 'chuyen-doi-so', title: 'Bản đồ số', problem: 'thông tin đường làng, kênh mương nằm rải rác trong sổ sách', solution: 'số hóa các điểm quan trọng lên bản đồ trực tuyến dùng chung', result: ['Điểm được số hóa', 'điểm', 40, 600] },
  { field: 'chuyen-doi-so', title: 'Lớp kỹ năng số cho người cao tuổi', problem: 'người cao tuổi có điện thoại nhưng chưa biết dùng, dễ bị lừa qua tin nhắn', solution: 'mở lớp buổi tối tại nhà văn hóa, dạy theo nhóm nhỏ', result: ['Người tham dự', 'người', 30, 500] },
  { field: 'chuyen-doi-so', title: 'Họp không giấy tờ', problem: 'mỗi cuộc họp phải in hàng trăm trang tài liệu', solution: 'gửi tài liệu họp qua hệ thống điện tử để đọc trên máy tính bảng', result: ['Cuộc họp không giấy', 'cuộc họp', 10, 120] },
  { field: 'chuyen-doi-xanh', title: 'Phân loại rác tại nguồn', problem: 'rác sinh hoạt để lẫn lộn làm điểm tập kết quá tải', solution: 'hướng dẫn mỗi hộ dùng ba thùng rác theo màu và thu gom theo lịch', result: ['Hộ tham gia', 'hộ', 40, 600] },
  { field: 'chuyen-doi-xanh', title: 'Tuyến đường hoa tự quản', problem: 'hai bên đường nhiều cỏ dại và rác thải', solution: 'vận động mỗi khu dân cư nhận chăm sóc một đoạn đường, trồng hoa và cây xanh', result: ['Chiều dài tuyến đường', 'km', 1, 12] },
  { field: 'chuyen-doi-xanh', title: 'Đèn đường năng lượng mặt trời', problem: 'tiền điện chiếu sáng đường thôn do các hộ góp hằng tháng', solution: 'lắp đèn năng lượng mặt trời có cảm biến ánh sáng', result: ['Đèn được lắp đặt', 'bộ', 10, 150] },
  { field: 'chuyen-doi-xanh', title: 'Nói không với túi nilon', problem: 'túi nilon dùng một lần được dùng tràn lan ở chợ và cửa hàng', solution: 'phát túi vải, khuyến khích người dân mang giỏ khi đi chợ', result: ['Túi nilon giảm', '%', 20, 80] },
  { field: 'khoa-hoc-cong-nghe', title: 'Chế phẩm vi sinh xử lý rơm rạ', problem: 'rơm rạ bị đốt ngoài đồng gây khói bụi', solution: 'hướng dẫn phun chế phẩm vi sinh để ủ rơm thành phân hữu cơ', result: ['Diện tích áp dụng', 'ha', 5, 120], kinds: ['thon-xom', 'mttq-doan-the', 'phong-chuyen-mon', 'doanh-nghiep'] },
  { field: 'khoa-hoc-cong-nghe', title: 'Tưới tiết kiệm nhỏ giọt', problem: 'tưới thủ công tốn công và nước trong mùa khô', solution: 'lắp hệ thống tưới nhỏ giọt hẹn giờ cho vườn rau', result: ['Nước tưới tiết kiệm', '%', 15, 50] },
  { field: 'khoa-hoc-cong-nghe', title: 'Nhật ký đồng ruộng điện tử', problem: 'nông sản thiếu thông tin truy xuất nguồn gốc', solution: 'hướng dẫn ghi nhật ký chăm sóc trên điện thoại và in mã QR cho từng lô hàng', result: ['Hộ ghi nhật ký', 'hộ', 10, 200] },
  { field: 'khoa-hoc-cong-nghe', title: 'Máy sấy nông sản năng lượng mặt trời', problem: 'lò sấy than tốn nhiên liệu và gây khói', solution: 'dựng nhà sấy có mái thu nhiệt và quạt chạy điện mặt trời', result: ['Công suất mỗi mẻ', 'tấn', 1, 5], kinds: ['doanh-nghiep', 'thon-xom', 'mttq-doan-the'] },
  { field: 'doi-moi-sang-tao', title: 'Cải tiến quy trình sản xuất', problem: 'công đoạn thủ công làm chậm tiến độ và tốn nguyên liệu', solution: 'sắp xếp lại các công đoạn và cải tiến dụng cụ theo đề xuất của người lao động', result: ['Nguyên liệu tiết kiệm', '%', 5, 30], kinds: ['doanh-nghiep'] },
  { field: 'doi-moi-sang-tao', title: 'Tổ công nghệ số cộng đồng', problem: 'người dân thiếu người hướng dẫn khi dùng dịch vụ công', solution: 'thành lập tổ hỗ trợ gồm đoàn viên và cán bộ thôn', result: ['Lượt hỗ trợ', 'lượt', 50, 2000] },
  { field: 'doi-moi-sang-tao', title: 'Hòm thư góp ý trực tuyến', problem: 'ý kiến của người dân đến chậm và dễ thất lạc', solution: 'mở hòm thư góp ý bằng mã QR và trả lời công khai hằng tháng', result: ['Ý kiến được trả lời', 'ý kiến', 10, 400] },
];

const KIND_WORDS: Record<(typeof INITIATIVE_KINDS)[number], string> = {
  'sang-kien': 'Sáng kiến', 'mo-hinh': 'Mô hình', 'giai-phap': 'Giải pháp', 'cach-lam-hay': 'Cách làm hay',
};

// ---------------------------------------------------------------------------------------------
// Small helpers.

const yamlString = (s: string) => JSON.stringify(s); // a JSON string is a valid YAML double-quoted scalar
const pad2 = (n: number) => String(n).padStart(2, '0');
const vnNumber = (n: number) => (Number.isInteger(n) ? String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.') : String(n).replace('.', ','));

function isoDay(year: number, dayOfYear: number): string {
  const d = new Date(Date.UTC(year, 0, dayOfYear));
  return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}
function dayOfYear(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 1)) / 86_400_000) + 1;
}
const vnDate = (iso: string) => `${Number(iso.slice(8, 10))}/${Number(iso.slice(5, 7))}/${iso.slice(0, 4)}`;

/** Draft positions: max(1, ⌊count/50⌋) evenly spread once there are 10 or more entries. */
export function draftCount(count: number): number {
  return count >= 10 ? Math.max(1, Math.floor(count / 50)) : 0;
}
function isDraft(i: number, count: number): boolean {
  const d = draftCount(count);
  if (!d) return false;
  const step = Math.floor(count / d);
  return (i + 1) % step === 0 && (i + 1) / step <= d;
}

/** Hands out ids that stay unique after diacritic folding, adding " 2", " 3" … to the name if needed. */
function uniqueNamer() {
  const seen = new Set<string>();
  return (name: string): { name: string; id: string } => {
    let candidate = name;
    for (let k = 2; seen.has(slugify(candidate)); k++) candidate = `${name} ${k}`;
    const id = slugify(candidate);
    seen.add(id);
    return { name: candidate, id };
  };
}

// ---------------------------------------------------------------------------------------------

interface UnitRow { id: string; name: string; kind: UnitKind }
interface InitiativeRow { slug: string; title: string; unit: string; year: number; draft: boolean; authors: string[] }

/** Generates every file of the content directory: relative path → content, in sorted order. */
export function generateContent(opts: FixtureOptions): { files: Map<string, string | Buffer>; summary: FixtureSummary } {
  const n = Math.max(0, Math.floor(opts.initiatives));
  const rng = prng(opts.seed ?? 1);
  const today = opts.today ?? DEFAULT_TODAY;
  const source = opts.source ?? REAL_CONTENT;
  const imageEvery = Math.max(0, Math.floor(opts.imageEvery ?? 0));
  const images = imageEvery ? fs.readdirSync(DEMO_IMAGES).filter((f) => f.endsWith('.jpg')).sort().map((f) => fs.readFileSync(path.join(DEMO_IMAGES, f))) : [];
  const files = new Map<string, string | Buffer>();
  const summary: FixtureSummary = {};
  const count = (col: string, draft: boolean) => {
    const s = (summary[col] ??= { total: 0, drafts: 0 });
    s.total++;
    if (draft) s.drafts++;
  };
  const person = () => `${rng.pick(FAMILY)} ${rng.pick(MIDDLE)} ${rng.pick(GIVEN)}`;

  // The real plan, criteria and site, copied byte for byte.
  files.set('site.yml', fs.readFileSync(path.join(source, 'site.yml')));
  for (const folder of ['documents', 'criteria']) {
    for (const name of fs.readdirSync(path.join(source, folder)).sort()) {
      files.set(`${folder}/${name}`, fs.readFileSync(path.join(source, folder, name)));
    }
  }

  // Units: the real ones, then generated ones up to max(12, ⌈N/25⌉).
  const units: UnitRow[] = [];
  const unitName = uniqueNamer();
  const realUnitsDir = path.join(source, 'units');
  for (const name of fs.readdirSync(realUnitsDir).filter((f) => f.endsWith('.yml')).sort()) {
    const text = fs.readFileSync(path.join(realUnitsDir, name), 'utf8');
    const id = name.slice(0, -4);
    const display = /^name:\s*(.+)$/m.exec(text)?.[1]?.trim() ?? id;
    const kind = (/^kind:\s*(\S+)/m.exec(text)?.[1] ?? 'phong-chuyen-mon') as UnitKind;
    unitName(display);
    units.push({ id, name: display, kind });
    files.set(`units/${name}`, text);
    count('units', false);
  }
  const unitTarget = Math.max(12, Math.ceil(n / 25));
  const hamlets: string[] = [];
  for (let i = 0; units.length < unitTarget; i++) {
    const kind = rng.weighted<UnitKind>([['thon-xom', 50], ['doanh-nghiep', 25], ['don-vi-su-nghiep', 10], ['mttq-doan-the', 15]]);
    const place = `${rng.pick(PLACE_A)} ${rng.pick(PLACE_B)}`;
    let raw: string;
    if (kind === 'thon-xom') raw = `${rng.chance(0.6) ? 'Thôn' : 'Xóm'} ${place}`;
    else if (kind === 'doanh-nghiep') raw = `${rng.pick(COMPANY_FORMS)} ${rng.pick(TRADES)} ${place}`;
    else if (kind === 'don-vi-su-nghiep') raw = `${rng.pick(SCHOOLS)} ${place}`;
    else {
      const org = MASS_ORGS[i % MASS_ORGS.length]!;
      raw = hamlets.length && i >= MASS_ORGS.length
        ? `${org.startsWith('Hội ') ? `Chi hội ${org.slice(4)}` : 'Chi đoàn thanh niên'} ${rng.pick(hamlets)}`
        : `${org} xã`;
    }
    const { name, id } = unitName(raw);
    if (kind === 'thon-xom') hamlets.push(name);
    units.push({ id, name, kind });
    files.set(
      `units/${id}.yml`,
      `name: ${yamlString(name)}\nkind: ${kind}\ndescription: ${yamlString('Đơn vị hư cấu do trình sinh dữ liệu mẫu tạo ra.')}\norder: ${100 + units.length}\n`,
    );
    count('units', false);
  }

  // Initiatives.
  const initiatives: InitiativeRow[] = [];
  const slugName = uniqueNamer();
  for (let i = 0; i < n; i++) {
    const unit = rng.pick(units);
    const topic = rng.pick(TOPICS.filter((t) => !t.kinds || t.kinds.includes(unit.kind)));
    const kind = rng.pick(INITIATIVE_KINDS);
    const year = rng.weighted<number>([[2026, 45], [2027, 30], [2028, 10], [2029, 8], [2030, 7]]);
    const fields = new Set<InitiativeField>([topic.field]);
    if (rng.chance(0.35)) fields.add(rng.pick(INITIATIVE_FIELDS));
    // A later year cannot have spread yet.
    const status = year > 2027 ? 'dang-trien-khai' : rng.weighted([[INITIATIVE_STATUSES[0], 3], [INITIATIVE_STATUSES[1], 4], [INITIATIVE_STATUSES[2], 2]] as const);
    const draft = isDraft(i, n);
    const { name: title, id: slug } = slugName(`${KIND_WORDS[kind]} ${topic.title.toLowerCase()} – ${unit.name}`.slice(0, 140));
    const authors = Array.from({ length: rng.int(0, 3) }, person);
    const [label, resUnit, lo, hi] = topic.result;
    const value = resUnit === 'tấn' || resUnit === 'km' ? Math.round((lo + rng.next() * (hi - lo)) * 10) / 10 : rng.int(lo, hi);
    const results = [{ label, value, unit: resUnit }];
    if (rng.chance(0.5)) results.push({ label: 'Người dân hài lòng', value: rng.int(70, 99), unit: '%' });
    const featured = !draft && (i < 3 || rng.chance(0.04));
    initiatives.push({ slug, title, unit: unit.id, year, draft, authors });
    count('initiatives', draft);
    const withImage = images.length > 0 && (i + 1) % imageEvery === 0;
    if (withImage) {
      files.set(`initiatives/${slug}.jpg`, images[i % images.length]!);
      count('images', draft);
    }

    const start = isoDay(year, rng.int(15, 200));
    const fm = [
      '---',
      `title: ${yamlString(title)}`,
      `unit: ${unit.id}`,
      `fields: [${[...fields].join(', ')}]`,
      `kind: ${kind}`,
      `year: ${year}`,
      `summary: ${yamlString(`${draft ? `${DRAFT_MARK}: ` : ''}${unit.name} triển khai ${topic.title.toLowerCase()}: ${topic.solution}.`.slice(0, 300))}`,
      `status: ${status}`,
      authors.length ? `authors: [${authors.map(yamlString).join(', ')}]` : 'authors: []',
      'results:',
      ...results.flatMap((r) => [`  - label: ${yamlString(r.label)}`, `    value: ${r.value}`, `    unit: ${yamlString(r.unit)}`]),
      ...(withImage ? [`image: ./${slug}.jpg`, `imageAlt: ${yamlString(`Hình minh họa (vẽ) cho ${topic.title.toLowerCase()}`)}`] : []),
      ...(featured ? ['featured: true'] : []),
      ...(draft ? ['draft: true'] : []),
      '---',
    ];
    const body = [
      '## Vấn đề', '',
      `Trước khi có ${KIND_WORDS[kind].toLowerCase()} này, ${topic.problem}.`, '',
      '## Giải pháp', '',
      `Từ ngày ${vnDate(start)}, ${unit.name} ${topic.solution}. UBND xã và Ủy ban MTTQ xã phối hợp hướng dẫn.`, '',
      '## Kết quả', '',
      ...results.map((r) => `- ${r.label}: ${vnNumber(r.value)}${r.unit === '%' ? '' : ' '}${r.unit}.`), '',
      '## Cách nhân rộng', '',
      `Các thôn, xóm và cơ quan khác có thể áp dụng trong khoảng ${rng.int(2, 8)} tuần; cần ${rng.int(2, 6)} người phụ trách.`, '',
    ];
    files.set(`initiatives/${slug}.md`, `${fm.join('\n')}\n\n${body.join('\n')}`);
  }
  const published = initiatives.filter((x) => !x.draft);
  const byUnit = new Map<string, InitiativeRow[]>();
  for (const x of published) byUnit.set(x.unit, [...(byUnit.get(x.unit) ?? []), x]);

  // Stories: about N/5, dated in the current campaign year up to today.
  const storyCount = n === 0 ? 0 : Math.max(2, Math.round(n / 5));
  const todayYear = Number(today.slice(0, 4));
  const storyYear = Math.min(Math.max(Number(today.slice(0, 4)), CAMPAIGN.start), CAMPAIGN.end);
  const lastDay = Number(today.slice(0, 4)) === storyYear ? dayOfYear(today) : 360;
  const storyName = uniqueNamer();
  const linkable = published.filter((x) => x.year <= storyYear);
  for (let i = 0; i < storyCount; i++) {
    const draft = isDraft(i, storyCount);
    const date = isoDay(storyYear, rng.int(5, Math.max(5, lastDay)));
    const about = linkable.length && rng.chance(0.6) ? rng.pick(linkable) : undefined;
    const unit = about ? units.find((u) => u.id === about.unit)! : rng.pick(units);
    const pct = rng.int(10, 95);
    const people = rng.int(20, 900);
    const { name: title, id: slug } = storyName(about ? `Lan tỏa: ${about.title}`.slice(0, 140) : `${unit.name} hưởng ứng Phong trào thi đua`);
    const broadcast = !rng.chance(0.1);
    count('stories', draft);
    const fm = [
      '---',
      `title: ${yamlString(title)}`,
      `date: ${date}`,
      `summary: ${yamlString(`${draft ? `${DRAFT_MARK}: ` : ''}${unit.name} báo cáo ${people} người tham gia, ${pct}% đánh giá tốt sau đợt triển khai năm ${storyYear}.`)}`,
      `unit: ${unit.id}`,
      ...(about ? [`initiative: ${about.slug}`] : []),
      ...(broadcast ? [] : ['broadcast: false']),
      ...(draft ? ['draft: true'] : []),
      '---',
    ];
    const body = [
      `Thực hiện Kế hoạch số 118/KH-UBND ngày 15/4/2026 của UBND tỉnh, ngày ${vnDate(date)}, ${unit.name} tổ chức sơ kết việc thực hiện Phong trào thi đua.`,
      '',
      `Đã có ${vnNumber(people)} người tham gia, ${pct}% ý kiến đánh giá tốt. Đại diện HĐND xã và Ủy ban MTTQ xã ghi nhận kết quả về CĐS và chuyển đổi xanh.`,
      '',
    ];
    files.set(`stories/${slug}.md`, `${fm.join('\n')}\n\n${body.join('\n')}`);
  }

  // Honors: about N/20, cycling the periods so each appears; rules of plan IV.2 built in.
  const honorCount = n === 0 ? 0 : Math.max(3, Math.round(n / 20));
  const honorName = uniqueNamer();
  const periods: HonorPeriod[] = ['hang-nam', 'so-ket', 'tong-ket'];
  const decisionNo = { next: 100 };
  for (let i = 0; i < honorCount; i++) {
    const draft = isDraft(i, honorCount);
    const period = periods[i % 3]!;
    const year =
      period === 'hang-nam' ? rng.weighted<number>([[2026, 5], [2027, 3], [2028, 1], [2029, 1], [2030, 1]])
        : period === 'so-ket' ? rng.pick(PHASES[0]!.reviewYears) : rng.pick(PHASES[1]!.reviewYears);
    let form: HonorForm;
    if (period === 'tong-ket') form = rng.pick<HonorForm>(['giay-khen-chu-tich-ubnd-xa', ...PROVINCIAL_FORMS]);
    else if (period === 'hang-nam' && rng.chance(0.15)) form = 'khac';
    else form = 'giay-khen-chu-tich-ubnd-xa';
    const provincial = PROVINCIAL_FORMS.includes(form);
    // The commune only proposes provincial forms; a few are recorded as awarded by the province.
    // An award of a year still to come can only be proposed: a decision is never dated after today.
    const drawn = provincial ? (rng.chance(0.8) ? 'de-nghi' : 'da-khen-thuong') : rng.chance(0.8) ? 'da-khen-thuong' : 'de-nghi';
    const status = year > todayYear ? 'de-nghi' : drawn;
    const issuer = provincial
      ? form === 'giay-khen-thu-truong-so' ? 'Giám đốc Sở Khoa học và Công nghệ tỉnh Ninh Bình' : 'Chủ tịch Ủy ban nhân dân tỉnh Ninh Bình'
      : form === 'khac' ? 'Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Vũ Dương' : 'Chủ tịch Ủy ban nhân dân xã Vũ Dương';
    const recipientCount = rng.int(1, 4);
    const recipients: string[] = [];
    for (let r = 0; r < recipientCount; r++) {
      const collective = form === 'co-thi-dua-tinh' || rng.chance(0.5);
      const unit = rng.pick(units);
      const candidates = (byUnit.get(unit.id) ?? []).filter((x) => x.year <= year);
      const initiative = candidates.length && rng.chance(0.7) ? rng.pick(candidates) : undefined;
      const who = collective ? unit.name : initiative?.authors[0] ?? person();
      recipients.push(
        `  - kind: ${collective ? 'tap-the' : 'ca-nhan'}`,
        `    name: ${yamlString(who)}`,
        `    unit: ${unit.id}`,
        ...(initiative ? [`    initiative: ${initiative.slug}`] : []),
        `    achievement: ${yamlString(initiative ? `Có thành tích trong ${initiative.title.slice(0, 200)}.` : `Có thành tích xuất sắc trong Phong trào thi đua năm ${Math.min(year, CAMPAIGN.end)}.`)}`,
      );
    }
    const periodWord = period === 'hang-nam' ? `năm ${year}` : period === 'so-ket' ? `sơ kết giai đoạn 1 (${year})` : `tổng kết Phong trào (${year})`;
    const { name: title, id: slug } = honorName(`${draft ? `${DRAFT_MARK}: ` : ''}${status === 'de-nghi' ? 'Đề nghị khen thưởng' : 'Khen thưởng'} ${periodWord}, đợt ${i + 1}`);
    count('honors', draft);
    const lines = [
      `title: ${yamlString(title)}`,
      ...(status === 'da-khen-thuong'
        ? ['decision:', `  number: ${yamlString(`${decisionNo.next++}/QĐ-${provincial ? 'UBND' : form === 'khac' ? 'MTTQ' : 'UBND'}`)}`, `  date: ${isoDay(year, Math.min(rng.int(320, 350), year === todayYear ? dayOfYear(today) : 366))}`, `  issuer: ${yamlString(issuer)}`]
        : []),
      `period: ${period}`,
      `year: ${year}`,
      `form: ${form}`,
      ...(form === 'khac' ? [`formName: ${yamlString('Giấy chứng nhận của Ban Thường trực Ủy ban MTTQ Việt Nam xã')}`] : []),
      `status: ${status}`,
      'recipients:',
      ...recipients,
      ...(draft ? ['draft: true'] : []),
    ];
    files.set(`honors/${slug}.yml`, `${lines.join('\n')}\n`);
  }

  // Reports: one per unit per year whose deadline has passed; ~10 % missing, ~10 % late.
  for (let year = CAMPAIGN.start; year <= CAMPAIGN.end && reportDeadline(year) < today; year++) {
    const deadline = dayOfYear(reportDeadline(year));
    const last = Number(today.slice(0, 4)) === year ? dayOfYear(today) : 365;
    units.forEach((unit, u) => {
      // Random 1 in 10 missing and 1 in 10 late, plus one of each for certain (the last two units).
      const roll = u === units.length - 1 ? 0 : u === units.length - 2 ? 0.15 : rng.next();
      if (roll < 0.1) return;
      const late = roll < 0.2 && last > deadline;
      const submitted = isoDay(year, late ? rng.int(deadline + 1, last) : rng.int(deadline - 35, deadline));
      files.set(
        `reports/${unit.id}-${year}.yml`,
        `unit: ${unit.id}\nyear: ${year}\nsubmitted: ${submitted}\nnumber: ${yamlString(`${rng.int(1, 60)}/BC`)}\nsummary: ${yamlString(`Báo cáo kết quả Phong trào thi đua năm ${year} của ${unit.name}.`)}\n`,
      );
      count('reports', false);
    });
  }

  return { files: new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))), summary };
}

/** What this tool writes: site.yml and every collection folder of the registry. */
const MANAGED = ['site.yml', ...COLLECTION_NAMES.map((c) => COLLECTIONS[c].folder)];

/** Refuses the real content folder (or any folder containing it) and non-empty folders without `force`. */
export function checkTarget(out: string, force: boolean): void {
  const target = path.resolve(out);
  const real = fs.existsSync(REAL_CONTENT) ? fs.realpathSync(REAL_CONTENT) : REAL_CONTENT;
  const resolved = fs.existsSync(target) ? fs.realpathSync(target) : target;
  const inside = (child: string, parent: string) => child === parent || child.startsWith(parent + path.sep);
  if (inside(resolved, real) || inside(real, resolved)) {
    throw new Error(`Không ghi dữ liệu mẫu vào ${out}: thư mục đó là, nằm trong hoặc chứa content/, nơi chỉ dành cho nội dung thật.`);
  }
  if (fs.existsSync(target) && fs.readdirSync(target).length > 0 && !force) {
    throw new Error(`Thư mục ${out} không trống; thêm --force để ghi đè (chỉ xóa ${MANAGED.map((m) => (m.includes('.') ? m : `${m}/`)).join(', ')}).`);
  }
}

/** Writes the generated files; with `force`, first removes only the folders this tool manages. */
export function writeContent(out: string, files: Map<string, string | Buffer>, force = false): number {
  checkTarget(out, force);
  const target = path.resolve(out);
  for (const name of MANAGED) fs.rmSync(path.join(target, name), { recursive: true, force: true });
  const dirs = new Set<string>();
  let bytes = 0;
  for (const [rel, data] of files) {
    const file = path.join(target, rel);
    const dir = path.dirname(file);
    if (!dirs.has(dir)) {
      fs.mkdirSync(dir, { recursive: true });
      dirs.add(dir);
    }
    fs.writeFileSync(file, data);
    bytes += typeof data === 'string' ? Buffer.byteLength(data) : data.length;
  }
  return bytes;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      initiatives: { type: 'string', default: '100' },
      'image-every': { type: 'string', default: '0' },
      seed: { type: 'string', default: '1' },
      today: { type: 'string', default: DEFAULT_TODAY },
      force: { type: 'boolean', default: false },
    },
  });
  const n = Number(values.initiatives);
  const seed = Number(values.seed);
  const imageEvery = Number(values['image-every']);
  if (!Number.isInteger(imageEvery) || imageEvery < 0) throw new Error(`--image-every phải là số nguyên không âm, nhận được "${values['image-every']}".`);
  if (!values.out) throw new Error('Thiếu --out DIR: thư mục để ghi dữ liệu mẫu.');
  if (!Number.isInteger(n) || n < 0) throw new Error(`--initiatives phải là số nguyên không âm, nhận được "${values.initiatives}".`);
  if (!Number.isInteger(seed)) throw new Error(`--seed phải là số nguyên, nhận được "${values.seed}".`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.today)) throw new Error(`--today phải là ngày dạng YYYY-MM-DD, nhận được "${values.today}".`);
  checkTarget(values.out, values.force);
  const t0 = performance.now();
  const { files, summary } = generateContent({ initiatives: n, seed, today: values.today, imageEvery });
  const t1 = performance.now();
  const bytes = writeContent(values.out, files, values.force);
  const t2 = performance.now();
  console.log(`Đã ghi ${files.size} tệp (${(bytes / 1024 / 1024).toFixed(1)} MB) vào ${values.out} — sinh ${(t1 - t0).toFixed(0)} ms, ghi ${(t2 - t1).toFixed(0)} ms.`);
  for (const [col, s] of Object.entries(summary)) {
    console.log(`  ${col.padEnd(12)} ${String(s.total).padStart(6)} (công bố ${s.total - s.drafts}, nháp ${s.drafts})`);
  }
}

if (import.meta.main) {
  try {
    main();
  } catch (err) {
    console.error((err as Error).message);
    process.exit(1);
  }
}
