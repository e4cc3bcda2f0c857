/**
 * Wires each folder of the content directory (`content/` or CONTENT_DIR) to its schema. The
 * schemas live in `src/schemas/`, shared with the validator and the CMS; nothing is defined here.
 * Staff content is `.md` only: MDX runs code, which nobody editing through the CMS should ship.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir } from './lib/content-dir.ts';
import { documentSchema } from './schemas/document.ts';
import { criteriaSchema } from './schemas/criteria.ts';
import { unitSchema } from './schemas/unit.ts';
import { makeInitiativeSchema } from './schemas/initiative.ts';
import { honorSchema } from './schemas/honor.ts';
import { makeStorySchema } from './schemas/story.ts';
import { reportSchema } from './schemas/report.ts';

const root = contentDir();
const from = (folder: string, pattern: string) => glob({ base: `${root}/${folder}`, pattern });

export const collections = {
  documents: defineCollection({ loader: from('documents', '*.md'), schema: documentSchema }),
  criteria: defineCollection({ loader: from('criteria', '*.md'), schema: criteriaSchema }),
  units: defineCollection({ loader: from('units', '*.yml'), schema: unitSchema }),
  initiatives: defineCollection({ loader: from('initiatives', '**/*.md'), schema: ({ image }) => makeInitiativeSchema(image()) }),
  honors: defineCollection({ loader: from('honors', '*.yml'), schema: honorSchema }),
  stories: defineCollection({ loader: from('stories', '**/*.md'), schema: ({ image }) => makeStorySchema(image()) }),
  reports: defineCollection({ loader: from('reports', '*.yml'), schema: reportSchema }),
};
