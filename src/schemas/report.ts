import { z } from 'zod';
import { campaignDate, campaignYear, isDateInYears, slugId, text } from './common.ts';

/**
 * `reports/<unit>-<year>.yml`: a unit's yearly report on the campaign (plan V.1, V.2), due to
 * Phòng Văn hóa - Xã hội by 05/11 of that year.
 */
export const reportSchema = z.strictObject({
  /** Id of the reporting unit. */
  unit: slugId,
  /** Campaign year reported on. */
  year: campaignYear,
  /** Date the report reached Phòng Văn hóa - Xã hội. */
  submitted: campaignDate,
  /** Reference of the report document, e.g. "25/BC-CAX". */
  number: text({ max: 60 }).optional(),
  /** Main results in a few sentences. */
  summary: text({ max: 1000 }).optional(),
}).superRefine((r, ctx) => {
  // Due by 05/11 of the year; a late one may come in the next year, never before the year.
  if (!isDateInYears(r.submitted, r.year, r.year + 1)) {
    ctx.addIssue({ code: 'custom', path: ['submitted'], message: `ngày nộp ${r.submitted} không hợp với báo cáo năm ${r.year} (chỉ trong năm ${r.year} hoặc ${r.year + 1})` });
  }
});

export type Report = z.output<typeof reportSchema>;
