/**
 * Fields that hold the id of another entry: picked from that collection in the form (config.ts's
 * relation widget) and shown by that entry's name in the preview (previews.ts). Pure, so the CMS
 * page's script loads it without the schemas.
 */
export interface Relation { collection: string; search_fields: string[]; display_fields: string[] }
export const RELATIONS: Record<'unit' | 'initiative', Relation> = {
  unit: { collection: 'units', search_fields: ['name', 'shortName'], display_fields: ['name'] },
  initiative: { collection: 'initiatives', search_fields: ['title'], display_fields: ['title'] },
};
export type RelationField = keyof typeof RELATIONS;
export const isRelationField = (name: string): name is RelationField => Object.hasOwn(RELATIONS, name);
