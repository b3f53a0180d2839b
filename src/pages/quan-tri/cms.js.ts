/** Decap CMS with the preview and the Vietnamese locale, bundled from node_modules (no CDN). */
import type { APIRoute } from 'astro';
import { bundleCms } from '../../lib/editor/bundle-cms-fs';

export const GET: APIRoute = async () => new Response(await bundleCms(process.cwd()));
