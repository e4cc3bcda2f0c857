import errors from '../i18n/vi/build-errors.ts';
import { published } from './collections.ts';

/** The campaign plan: the published document with the lowest `order` (DESIGN: "the plan first"). */
export async function getPlan() {
  const docs = await published('documents');
  const plan = docs.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id))[0];
  if (!plan) throw new Error(errors.noPlan);
  return plan;
}
