import type { APIRoute } from 'astro';
import { href } from '../lib/paths';

/** robots.txt with the sitemap's absolute URL (SITE_URL + BASE_PATH). */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(href('/sitemap-index.xml'), site).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
