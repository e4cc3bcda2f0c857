/** Every collection's schema, keyed by the folder it lives in under `content/`. */
export { unitSchema, UNIT_KINDS, CRITERIA_GROUPS, criteriaGroupOf } from './unit.ts';
export { initiativeSchema, makeInitiativeSchema, INITIATIVE_FIELDS, INITIATIVE_KINDS, INITIATIVE_STATUSES } from './initiative.ts';
export { honorSchema, HONOR_PERIODS, HONOR_FORMS, HONOR_STATUSES, RECIPIENT_KINDS, PROVINCIAL_FORMS } from './honor.ts';
export { storySchema, makeStorySchema } from './story.ts';
export { reportSchema } from './report.ts';
export { documentSchema } from './document.ts';
export { criteriaSchema } from './criteria.ts';
export { siteSchema } from './site.ts';
