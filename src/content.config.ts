/**
 * Wires each collection of the registry (src/schemas/collections.ts) to an Astro glob loader over
 * the content directory (`content/` or CONTENT_DIR). The loader reads exactly the files the
 * validator checks; nothing is listed or defined here. Staff content is `.md` only: MDX runs
 * code, which nobody editing through the CMS should ship.
 */
import { defineCollection, type SchemaContext } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir } from './lib/content-dir.ts';
import { COLLECTIONS, COLLECTION_NAMES, entryGlob, type CollectionName } from './schemas/collections.ts';

const root = contentDir();

type SchemaOf<N extends CollectionName> = ReturnType<(typeof COLLECTIONS)[N]['makeSchema']>;

function collection<N extends CollectionName>(name: N) {
  const spec = COLLECTIONS[name];
  return defineCollection({
    loader: glob({ base: `${root}/${spec.folder}`, pattern: entryGlob(name) }),
    // Astro's image() for collections whose entries may carry a picture; the others ignore it.
    schema: ({ image }: SchemaContext) => spec.makeSchema(image()) as SchemaOf<N>,
  });
}

export const collections = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, collection(name)])) as {
  [N in CollectionName]: ReturnType<typeof collection<N>>;
};
