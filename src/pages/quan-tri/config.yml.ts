/** The editor's Decap CMS configuration, generated from the story schema, places, points and principles. */
import type { APIRoute } from 'astro';
import { backendFromEnv } from '../../lib/editor/cms-config';
import { editorConfigFile } from '../../lib/editor/editor-files-fs';

export const GET: APIRoute = ({ site }) =>
  new Response(
    editorConfigFile(process.cwd(), backendFromEnv(process.env), new URL(import.meta.env.BASE_URL, site).href),
  );
