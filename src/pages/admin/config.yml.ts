/**
 * /admin/config.yml: Decap's configuration, generated at build from the zod schemas
 * (src/cms/config.ts), the production backend in site.yml and the local repository layout.
 */
import type { APIRoute } from 'astro';
import { stringify } from 'yaml';
import { cmsConfig } from '../../cms/config.ts';
import { cmsPort, cmsRepository } from '../../cms/repository.ts';
import { loadSite } from '../../lib/site.ts';

export const GET: APIRoute = () => {
  const config = cmsConfig({ site: loadSite(), repository: cmsRepository(), port: cmsPort() });
  const yaml = `# Tạo tự động từ src/cms/config.ts khi build; đừng sửa tay.\n${stringify(config, { aliasDuplicateObjects: false, lineWidth: 0 })}`;
  return new Response(yaml, { headers: { 'content-type': 'text/yaml; charset=utf-8' } });
};
