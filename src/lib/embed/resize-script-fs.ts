/**
 * The resize script the portal pastes (public/nhung/nhung.js, copied as is to /nhung/nhung.js),
 * read at build time so its integrity hash is always that of the file actually served.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { subresourceIntegrity, type EmbedScript } from './widgets';

/** Where the script lives in the sources, and its path on the site. */
export const RESIZE_SCRIPT = { file: 'public/nhung/nhung.js', path: '/nhung/nhung.js' } as const;

/**
 * The script as offered: absolute URL and SRI hash of the file's bytes.
 *
 * @example
 * (await resizeScript('https://h/dan-van/nhung/nhung.js')).integrity // 'sha384-…'
 */
export async function resizeScript(src: string, root = process.cwd()): Promise<EmbedScript> {
  return { src, integrity: await subresourceIntegrity(readFileSync(path.join(root, RESIZE_SCRIPT.file))) };
}
