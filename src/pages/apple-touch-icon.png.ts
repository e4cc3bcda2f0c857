import type { APIRoute } from 'astro';
import { appleTouchIcon } from '../node/icons.ts';

export const GET: APIRoute = async () => new Response(await appleTouchIcon(), { headers: { 'content-type': 'image/png' } });
