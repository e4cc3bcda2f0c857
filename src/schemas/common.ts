/**
 * Building blocks shared by every collection schema. Each schema module is the single source of
 * truth for its collection: `src/content.config.ts`, `scripts/validate.ts`, the CMS configuration
 * and the statistics all import them. Messages here are the Vietnamese text staff read.
 */
import { z } from 'zod';
import { nfc } from './slug.ts';
import { CAMPAIGN, PHASES } from './calendar.ts';

/**
 * Trimmed text in Unicode NFC; `min`/`max` count characters after normalisation. One string schema
 * whose first checks rewrite the value (NFC, then trim) before the length checks: the same result
 * and messages as a transform piped into a second string, at a fraction of the cost per field.
 */
export function text(opts: { min?: number; max?: number } = {}) {
  let schema = z
    .string({ error: (iss) => (iss.input === undefined ? 'bắt buộc, chưa có giá trị' : 'phải là một đoạn chữ') })
    .overwrite((s) => nfc(s).trim());
  if (opts.min !== undefined) {
    schema = schema.min(opts.min, opts.min === 1 ? 'không được để trống' : `cần ít nhất ${opts.min} ký tự`);
  }
  if (opts.max !== undefined) schema = schema.max(opts.max, `dài quá ${opts.max} ký tự`);
  return schema.superRefine(refuseHidden);
}

/**
 * Characters a short field (title, name, summary, …) never holds: control characters other than
 * tab and line feed, bidirectional controls (they reorder how a title reads) and zero-width
 * characters (they make two equal-looking names differ). Pasted text brings them in unseen.
 */
const HIDDEN = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;

function refuseHidden(value: string, ctx: z.RefinementCtx): void {
  const m = HIDDEN.exec(value);
  if (!m) return;
  const code = `U+${m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  const before = value.slice(Math.max(0, m.index - 20), m.index);
  const where = before ? `ở ký tự thứ ${m.index + 1}, ngay sau "${before}"` : 'ở đầu';
  ctx.addIssue({ code: 'custom', message: `có ký tự ẩn ${code} ${where}; hãy xoá rồi gõ lại đoạn đó` });
}

/** Required text: at least one character. */
export const requiredText = (max?: number) => text({ min: 1, max });

/** ASCII id/slug as used in file names and URLs: lower-case letters, digits, single hyphens. */
export const slugId = z
  .string({ error: 'phải là mã không dấu, ví dụ "phong-van-hoa-xa-hoi"' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'chỉ gồm chữ thường không dấu, số và dấu gạch ngang');

function isRealDate(y: number, m: number, d: number): boolean {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/**
 * A calendar date, output as ISO `YYYY-MM-DD`. YAML parsers may hand over a Date object (Astro's
 * frontmatter) or the raw string (the validator keeps strings so that 2026-02-30 is caught rather
 * than rolled over to 2 March). Also accepts the Vietnamese `dd/mm/yyyy` staff often type.
 */
export const isoDate = z
  .union([z.date(), z.string()], { error: 'phải là ngày dạng YYYY-MM-DD' })
  .transform((value, ctx) => {
    if (value instanceof Date) {
      if (Number.isNaN(value.getTime())) {
        ctx.addIssue({ code: 'custom', message: 'không phải là ngày có thật' });
        return z.NEVER;
      }
      return value.toISOString().slice(0, 10);
    }
    const s = value.trim();
    const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
    const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
    const [y, m, d] = iso
      ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
      : vn
        ? [Number(vn[3]), Number(vn[2]), Number(vn[1])]
        : [NaN, NaN, NaN];
    if (Number.isNaN(y)) {
      ctx.addIssue({ code: 'custom', message: `"${s}" không phải ngày dạng YYYY-MM-DD` });
      return z.NEVER;
    }
    if (!isRealDate(y, m, d)) {
      ctx.addIssue({ code: 'custom', message: `ngày ${s} không có thật` });
      return z.NEVER;
    }
    return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  });

/** Years a dated event of the campaign can fall in: its start to the year of the final review. */
export const CAMPAIGN_DATE_YEARS = [CAMPAIGN.start, PHASES[1]!.reviewYears[1]] as const;

/**
 * A date within the campaign's years, so a mistyped year (2062 for 2026) is an error instead of a
 * story or decision published decades away.
 */
export const campaignDate = isoDate.refine(
  (date) => isDateInYears(date, CAMPAIGN_DATE_YEARS[0], CAMPAIGN_DATE_YEARS[1]),
  { error: (iss) => `ngày ${String(iss.input)} nằm ngoài thời gian phong trào (${CAMPAIGN_DATE_YEARS[0]}–${CAMPAIGN_DATE_YEARS[1]})` },
);

/** The date schemas, which the CMS shows as a date picker. */
export const DATE_SCHEMAS: readonly unknown[] = [isoDate, campaignDate];

/** Whether an ISO date's year is within [from, to]. */
export function isDateInYears(date: string, from: number, to: number): boolean {
  const year = Number(date.slice(0, 4));
  return year >= from && year <= to;
}

/** A whole year within [min, max], with a message that names the range. */
export function yearIn(min: number, max: number) {
  return z
    .number({ error: 'phải là một năm, ví dụ 2026' })
    .int('phải là số năm nguyên')
    // Bounds as checks (not a refine) so the CMS configuration can read them from the schema.
    .gte(min, { error: (iss) => `năm ${String(iss.input)} nằm ngoài ${min}–${max}` })
    .lte(max, { error: (iss) => `năm ${String(iss.input)} nằm ngoài ${min}–${max}` });
}

/** A campaign year, 2026–2030. */
export const campaignYear = yearIn(CAMPAIGN.start, CAMPAIGN.end);

/** `draft: true` keeps an entry out of every page, list, feed, sitemap, search index and statistic. */
export const draft = z.boolean({ error: 'chỉ nhận true hoặc false' }).default(false);

/**
 * An image beside the entry. In Astro the `image()` helper from the loader context is passed in, so
 * sharp can optimise it; elsewhere (validator, CMS) it is the relative path as written.
 */
export const imagePath = z.string({ error: 'phải là đường dẫn tới tệp ảnh' }).min(1, 'không được để trống');

/** Enum with a Vietnamese message that lists the allowed values. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, {
    error: (iss) =>
      iss.input === undefined
        ? `bắt buộc, chưa có giá trị; chọn một trong: ${values.join(', ')}`
        : `"${String(iss.input)}" không hợp lệ; chọn một trong: ${values.join(', ')}`,
  });
}

/** A description that says nothing of the picture: a word for "picture", with a number at most. */
const PLACEHOLDER_ALT = /^(?:ảnh|hình|hình ảnh|ảnh chụp|anh|hinh|hinh anh|image|img|photo|picture)(?: (?:minh họa|minh hoạ|minh hoa))?(?: ?(?:số )?\d+)?$/u;
/** A description that is a file's name, as a phone or camera names it ("IMG_2031.jpg", "DSC0042"). */
const FILE_NAME_ALT = /\.(?:jpe?g|png|webp|avif|gif|heic)$|^(?:img|dsc|dcim|pxl|screenshot|zalo)[ _-]?\d/iu;
const ALT_EXAMPLE = 'hãy tả điều ảnh cho thấy, ví dụ "Bà con thôn Đông phân loại rác tại nhà văn hóa"';

/**
 * An entry with an image must describe it (alt text for screen readers and slow connections), and
 * the description must say what the picture shows: "ảnh", "Hình 1" or "IMG_2031.jpg" read aloud tell
 * a blind reader nothing (WCAG 1.1.1).
 */
export function requireImageAlt(d: { image?: unknown; imageAlt?: string }, ctx: z.RefinementCtx): void {
  if (d.image === undefined) return;
  const alt = d.imageAlt?.trim() ?? '';
  if (!alt) {
    ctx.addIssue({ code: 'custom', path: ['imageAlt'], message: 'ảnh cần có mô tả (văn bản thay thế) cho người khiếm thị' });
  } else if (FILE_NAME_ALT.test(alt)) {
    ctx.addIssue({ code: 'custom', path: ['imageAlt'], message: `mô tả ảnh "${alt}" là tên tệp, không cho người khiếm thị biết ảnh có gì; ${ALT_EXAMPLE}` });
  } else if (PLACEHOLDER_ALT.test(alt.toLowerCase().replace(/[.:!…]+$/u, '').replace(/\s+/g, ' '))) {
    ctx.addIssue({ code: 'custom', path: ['imageAlt'], message: `mô tả ảnh "${alt}" không cho người khiếm thị biết ảnh có gì; ${ALT_EXAMPLE}` });
  }
}
