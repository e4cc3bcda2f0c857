import { z } from 'zod';

/** `tu-viet-tat.yml`: abbreviations the broadcast text reads out in full. Staff edit it in the CMS. */
export const glossarySchema = z.strictObject({
  entries: z
    .array(
      z.strictObject({
        /** As written in articles; matched case-sensitively as a whole word. */
        abbr: z.string().trim().min(1, 'chữ viết tắt không được để trống').max(20, 'chữ viết tắt tối đa 20 ký tự')
          .refine((s) => !/\s/.test(s), 'chữ viết tắt không chứa dấu cách'),
        /** Words to say instead; no digits so the result stays readable. */
        say: z.string().trim().min(1, 'cách đọc không được để trống').max(120, 'cách đọc tối đa 120 ký tự')
          .refine((s) => !/\d/.test(s), 'cách đọc phải viết bằng chữ, không dùng chữ số'),
      }),
    )
    .superRefine((list, ctx) => {
      const seen = new Set<string>();
      list.forEach((e, i) => {
        if (seen.has(e.abbr)) ctx.addIssue({ code: 'custom', path: [i, 'abbr'], message: `"${e.abbr}" bị khai báo hai lần` });
        seen.add(e.abbr);
      });
    }),
});
export type GlossaryFile = z.infer<typeof glossarySchema>;
