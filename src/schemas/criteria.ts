import { z } from 'zod';
import { oneOf, requiredText, text } from './common.ts';
import { UNIT_KINDS } from './unit.ts';

/**
 * `criteria/<group>.md`: a criteria group of plan IV.1 (code 1.1–1.4) or the award forms of
 * IV.2 (code 2). The body quotes the plan's text for that section.
 */
export const criteriaSchema = z.strictObject({
  /** Section number in the plan: "1.1" … "1.4", or "2" for the award forms. */
  code: z.string({ error: 'phải là mã mục, ví dụ "1.1"' }).regex(/^(1\.[1-4]|2)$/, 'chỉ nhận "1.1", "1.2", "1.3", "1.4" hoặc "2"'),
  /** Heading as in the plan, e.g. "Đối với các cơ quan, đơn vị, thôn/xóm". */
  title: requiredText(200),
  /** Who the group applies to, in plain words. */
  audience: requiredText(400),
  /** Unit kinds judged by this group (empty for individuals and for the award forms). */
  unitKinds: z.array(oneOf(UNIT_KINDS)).default([]),
  /** Section anchor in the plan page this text comes from. */
  planSection: text({ max: 80 }).optional(),
  order: z.number().int().default(0),
});

export type Criteria = z.output<typeof criteriaSchema>;
