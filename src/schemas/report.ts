import { z } from 'zod';
import { campaignYear, isoDate, slugId, text } from './common.ts';

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
  submitted: isoDate,
  /** Reference of the report document, e.g. "25/BC-CAX". */
  number: text({ max: 60 }).optional(),
  /** Main results in a few sentences. */
  summary: text({ max: 1000 }).optional(),
});

export type Report = z.output<typeof reportSchema>;
