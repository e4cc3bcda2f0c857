import { z } from 'zod';
import { draft, isoDate, requiredText, text } from './common.ts';

/** A document this one implements ("Thực hiện Kế hoạch số 118/KH-UBND ngày 15/4/2026 …"). */
export const basisSchema = z.strictObject({
  number: requiredText(60),
  date: isoDate,
  issuer: requiredText(150),
  title: text({ max: 300 }).optional(),
});

/**
 * `documents/<slug>.md`: an official document reproduced as issued (typos included). What the
 * paper leaves blank stays blank: `number` keeps "…" where the number is not yet assigned and
 * `date` may be a month only (`YYYY-MM`).
 */
export const documentSchema = z.strictObject({
  /** Kind of document as printed above the title, e.g. "KẾ HOẠCH". */
  kind: requiredText(60),
  /** Title as printed below the kind. */
  title: requiredText(300),
  /** Short title for navigation and the browser tab. */
  shortTitle: text({ max: 80 }).optional(),
  /** Document number, "…/KH-UBND" while the number is not yet known. */
  number: requiredText(60),
  /** Place of issue as printed ("Vũ Dương"). */
  place: text({ max: 60 }).optional(),
  /** `YYYY-MM-DD`, or `YYYY-MM` when the day was left blank. */
  date: z
    .string({ error: 'phải là ngày dạng YYYY-MM-DD hoặc tháng dạng YYYY-MM' })
    .regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, 'phải là ngày dạng YYYY-MM-DD hoặc tháng dạng YYYY-MM'),
  issuer: requiredText(150),
  /** The signature block, line by line as printed, then the signer's name. */
  signer: z.strictObject({
    authority: z.array(requiredText(80)).min(1, 'cần ít nhất một dòng thẩm quyền ký'),
    name: requiredText(100),
  }),
  /** Documents this one implements. */
  basis: z.array(basisSchema).default([]),
  /** "Nơi nhận", as printed. */
  recipients: z.array(requiredText(200)).default([]),
  /** One-paragraph summary for the home page and search results. */
  summary: text({ max: 400 }).optional(),
  /** Position in lists; the plan comes first. */
  order: z.number().int().default(0),
  draft,
});

export type OfficialDocument = z.output<typeof documentSchema>;
