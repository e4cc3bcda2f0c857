import { z } from 'zod';
import { requiredText, text } from './common.ts';

/**
 * `site.yml`: everything commune-specific outside the collections, so another commune can reuse
 * the project by replacing `content/`. The official contact is the only place contact details may
 * appear; leave a field out rather than guess it.
 */
export const siteSchema = z.strictObject({
  /** Commune name without "xã", e.g. "Vũ Dương". */
  commune: requiredText(80),
  province: requiredText(80),
  /** Issuing body as printed in the plan header. */
  issuer: requiredText(150),
  /** The campaign's name, without quotes. */
  campaign: requiredText(200),
  /** Public address of the site (used for feeds, sitemap and canonical links); SITE_URL overrides it. */
  url: z.url({ error: 'phải là địa chỉ web đầy đủ, ví dụ https://…' }),
  /** Official contact of the People's Committee: may carry a public phone and e-mail address. */
  contact: z
    .strictObject({
      office: text({ max: 150 }).optional(),
      address: text({ max: 200 }).optional(),
      phone: text({ max: 40 }).optional(),
      email: z.email({ error: 'địa chỉ e-mail không hợp lệ' }).optional(),
    })
    .default({}),
  /** The publishing server: the branch of the content repository whose content is public. */
  cms: z
    .strictObject({
      branch: text({ max: 60 }).default('main'),
    })
    .default({ branch: 'main' }),
});

export type Site = z.output<typeof siteSchema>;
