/**
 * Wires each collection of the registry (src/schemas/collections.ts) to an Astro glob loader over
 * the content directory (`content/` or CONTENT_DIR). The loader reads exactly the files the
 * validator checks; nothing is listed or defined here. Staff content is `.md` only: MDX runs
 * code, which nobody editing through the CMS should ship. The loader renders Markdown on worker
 * threads once a sync is large (src/markdown/render-pool.ts); everything else is Astro's glob loader.
 */
import { defineCollection, type SchemaContext } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir } from './node/content-dir.ts';
import { hasEntryFiles } from './node/entry-files.ts';
import { withRenderWorkers } from './markdown/render-pool.ts';
import { COLLECTIONS, COLLECTION_NAMES, entryGlob, type CollectionName, type CollectionSpec } from './schemas/collections.ts';

const root = contentDir();

type SchemaOf<N extends CollectionName> = ReturnType<(typeof COLLECTIONS)[N]['makeSchema']>;
/** What Astro's types read off each collection: a schema function returning that collection's schema. */
type Collections = { [N in CollectionName]: { loader: ReturnType<typeof glob>; schema: (context: SchemaContext) => SchemaOf<N> } };
type GlobContext = Parameters<ReturnType<typeof glob>['load']>[0] & { entryTypes?: Parameters<typeof withRenderWorkers>[0] };

/**
 * Astro's glob loader, given the entry types with Markdown rendered on worker threads. An empty
 * folder (hasEntryFiles) loads without Astro's "No files found" warning on every build.
 */
function globLoader(name: CollectionName, options: Parameters<typeof glob>[0]): ReturnType<typeof glob> {
  const inner = glob(options);
  return {
    ...inner,
    load: (context: GlobContext) => {
      const logger = hasEntryFiles(name, root) ? context.logger : quietAboutNoFiles(context.logger);
      return inner.load({ ...context, logger, ...(context.entryTypes && { entryTypes: withRenderWorkers(context.entryTypes) }) });
    },
  };
}

/** The loader's logger without the one warning an empty folder gets; every other line still shows. */
function quietAboutNoFiles(logger: GlobContext['logger']): GlobContext['logger'] {
  const quiet = Object.create(logger) as GlobContext['logger'];
  quiet.warn = (message: string) => {
    if (!message.startsWith('No files found matching')) logger.warn(message);
  };
  return quiet;
}

function collection(name: CollectionName) {
  const spec: CollectionSpec = COLLECTIONS[name];
  return defineCollection({
    loader: globLoader(name, { base: `${root}/${spec.folder}`, pattern: entryGlob(name) }),
    // Astro's image() only for collections whose entries may carry a picture: a schema function
    // for the others makes Astro lose the pictures of the rest (tried).
    schema: spec.media ? ({ image }) => spec.makeSchema(image()) : spec.makeSchema(),
  });
}

export const collections = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, collection(name)])) as unknown as Collections;
