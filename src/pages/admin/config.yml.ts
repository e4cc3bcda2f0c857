/**
 * /admin/config.yml: Decap's configuration, generated at build from the zod schemas
 * (src/cms/config.ts) and where the content folder sits in its repository.
 */
import type { APIRoute } from 'astro';
import { stringify } from 'yaml';
import { cmsConfig } from '../../cms/config.ts';
import { cmsRepository } from '../../cms/repository.ts';
import { loadSite } from '../../node/site.ts';

export const GET: APIRoute = () => {
  // The publishing server builds from an export of the branch and says where content lives in the repository.
  const contentFolder = process.env.CMS_CONTENT_FOLDER ?? cmsRepository().contentFolder;
  const publishMode = process.env.CMS_PUBLISH_MODE === 'simple' ? 'simple' : 'editorial_workflow';
  const config = cmsConfig({ site: loadSite(), contentFolder, publishMode });
  const yaml = `# Tạo tự động từ src/cms/config.ts khi build; đừng sửa tay.\n${stringify(config, { aliasDuplicateObjects: false, lineWidth: 0 })}`;
  return new Response(yaml, { headers: { 'content-type': 'text/yaml; charset=utf-8' } });
};
