/** The preview's stylesheet: the site's own CSS and the story card and page styles. */
import type { APIRoute } from 'astro';
import { editorPreviewCss } from '../../lib/editor/editor-files-fs';

export const GET: APIRoute = () => new Response(editorPreviewCss(process.cwd()));
