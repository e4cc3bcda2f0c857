import { z } from 'zod';
import { campaignYear, draft, imagePath, oneOf, requiredText, slugId, text, requireImageAlt } from './common.ts';

export const INITIATIVE_FIELDS = ['doi-moi-sang-tao', 'khoa-hoc-cong-nghe', 'chuyen-doi-so', 'chuyen-doi-xanh'] as const;
export type InitiativeField = (typeof INITIATIVE_FIELDS)[number];

export const INITIATIVE_KINDS = ['sang-kien', 'mo-hinh', 'giai-phap', 'cach-lam-hay'] as const;
export type InitiativeKind = (typeof INITIATIVE_KINDS)[number];

export const INITIATIVE_STATUSES = ['dang-trien-khai', 'hieu-qua', 'da-nhan-rong'] as const;
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];

/** A measured outcome, e.g. `{ label: "Hồ sơ trực tuyến", value: 1250, unit: "hồ sơ" }`. */
export const resultSchema = z.strictObject({
  label: requiredText(80),
  value: z.number({ error: 'phải là một số, ví dụ 1250 hoặc 2.5' }),
  unit: text({ max: 30 }).default(''),
});

/**
 * The fields of an initiative before and after its picture, in the order staff see them. Built
 * once: Astro makes an entry's schema for every entry (its image() is bound to the entry's file),
 * and making these fields each time cost about a second at 2,000 initiatives.
 */
const initiativeFields = {
  /** Name of the initiative as it will be published. */
  title: requiredText(150),
  /** Id of the unit that carries it (a file in `units/`). */
  unit: slugId,
  /** One or more fields of the campaign. */
  fields: z
    .array(oneOf(INITIATIVE_FIELDS), { error: 'phải là danh sách lĩnh vực' })
    .min(1, 'chọn ít nhất một lĩnh vực')
    .refine((a) => new Set(a).size === a.length, 'có lĩnh vực bị lặp'),
  kind: oneOf(INITIATIVE_KINDS),
  /** Year it was put into practice, 2026–2030. */
  year: campaignYear,
  /** Plain-language summary for cards, feeds and search results. */
  summary: text({ min: 20, max: 300 }),
  status: oneOf(INITIATIVE_STATUSES),
  /** Names only: no other personal data. */
  authors: z.array(requiredText(100), { error: 'phải là danh sách tên' }).default([]),
  /** Measured outcomes. */
  results: z.array(resultSchema, { error: 'phải là danh sách kết quả' }).default([]),
};
const initiativeFieldsAfterImage = {
  imageAlt: text({ max: 200 }).optional(),
  /** Shown on the home page and the broadcast desk. */
  featured: z.boolean({ error: 'chỉ nhận true hoặc false' }).default(false),
  draft,
};

/**
 * `initiatives/<slug>.md`: a sáng kiến, mô hình, giải pháp or cách làm hay. The body holds the
 * problem, the solution, the results and how to replicate it. The phase follows from `year`.
 */
export function makeInitiativeSchema(image: z.ZodType = imagePath) {
  return z.strictObject({ ...initiativeFields, image: image.optional(), ...initiativeFieldsAfterImage }).superRefine(requireImageAlt);
}

export const initiativeSchema = makeInitiativeSchema();
export type Initiative = z.output<typeof initiativeSchema>;
