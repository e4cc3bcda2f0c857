import { z } from 'zod';
import { campaignDate, draft, imagePath, requiredText, slugId, text, requireImageAlt } from './common.ts';

/** The fields of a story before its picture, built once (see `initiativeFields`). */
const storyFields = {
  title: requiredText(150),
  /** Publication date. */
  date: campaignDate,
  summary: text({ min: 20, max: 300 }),
  /** Id of the unit the story is about. */
  unit: slugId.optional(),
  /** Slug of the initiative the story is about. */
  initiative: slugId.optional(),
};
const storyFieldsAfterImage = {
  imageAlt: text({ max: 200 }).optional(),
  /** Offered to the loudspeaker broadcast desk. */
  broadcast: z.boolean({ error: 'chỉ nhận true hoặc false' }).default(true),
  draft,
};

/** `stories/<slug>.md`: a success story or news article; read on air by default. */
export function makeStorySchema(image: z.ZodType = imagePath) {
  return z.strictObject({ ...storyFields, image: image.optional(), ...storyFieldsAfterImage }).superRefine(requireImageAlt);
}

export const storySchema = makeStorySchema();
export type Story = z.output<typeof storySchema>;
