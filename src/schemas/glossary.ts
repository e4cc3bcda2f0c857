import { z } from 'zod';

const abbr = z.string().trim().min(1, 'chữ viết tắt không được để trống').max(20, 'chữ viết tắt tối đa 20 ký tự')
  .refine((s) => !/\s/.test(s), 'chữ viết tắt không chứa dấu cách');
const say = z.string().trim().min(1, 'cách đọc không được để trống').max(120, 'cách đọc tối đa 120 ký tự')
  .refine((s) => !/\d/.test(s), 'cách đọc phải viết bằng chữ, không dùng chữ số');
const word = z.string().trim().min(1, 'từ ngữ cảnh không được để trống').max(40, 'từ ngữ cảnh tối đa 40 ký tự');

/** `tu-viet-tat.yml`: abbreviations the broadcast text reads out in full. Staff edit it in the CMS. */
export const glossarySchema = z.strictObject({
  entries: z
    .array(
      z.strictObject({
        /** As written in articles; matched case-sensitively as a whole token ("KH&CN" is one token). */
        abbr,
        /** Words to say instead; no digits so the result stays readable. */
        say,
        /**
         * Words that select this reading when one of them stands among the five words before or after
         * the abbreviation ("TT" → thông tư near "số", "Bộ"). An abbreviation may have several readings
         * with a context and at most one without (the default).
         */
        context: z.array(word).max(40, 'tối đa 40 từ ngữ cảnh').optional(),
      }),
    )
    .superRefine((list, ctx) => {
      const seen = new Set<string>();
      list.forEach((e, i) => {
        if (e.context?.length) return;
        if (seen.has(e.abbr)) ctx.addIssue({ code: 'custom', path: [i, 'abbr'], message: `"${e.abbr}" bị khai báo hai lần` });
        seen.add(e.abbr);
      });
    }),
});
export type GlossaryFile = z.infer<typeof glossarySchema>;
