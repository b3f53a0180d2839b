import type { APIRoute } from 'astro';
import { manifestText } from '../../lib/deploy/source-manifest';
import { sourceManifest } from '../../lib/deploy/source-manifest-fs';

/** SHA-256 of every source file (content/, data/): `sha256sum -c nguon-sha256sums.txt` in a checkout. */
export const GET: APIRoute = () =>
  new Response(manifestText(sourceManifest(process.cwd())), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
