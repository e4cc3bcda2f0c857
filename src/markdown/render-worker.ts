/**
 * A Markdown render worker (render-pool.ts): the site's own processor (markdownProcessor), built
 * once with the options Astro gives its renderer, answering one message per entry.
 */
import { pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import { markdownProcessor } from './index.ts';
import type { RenderTask, RenderReply } from './render-pool.ts';

const renderer = await markdownProcessor().createRenderer(workerData.shared);

parentPort!.on('message', async ({ task, body, frontmatter, filePath }: RenderTask) => {
  let reply: RenderReply;
  try {
    const { code, metadata } = await renderer.render(body, { frontmatter, fileURL: filePath ? pathToFileURL(filePath) : undefined });
    // As Astro's own Markdown entry type returns it (vite-plugin-markdown/content-entry-type.js).
    reply = { task, html: code, metadata: { ...metadata, imagePaths: metadata.localImagePaths.concat(metadata.remoteImagePaths) } };
  } catch (error) {
    reply = { task, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(reply);
});
