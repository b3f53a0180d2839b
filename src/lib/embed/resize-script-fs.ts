/**
 * The resize script the portal pastes (public/nhung/nhung.js, copied as is to /nhung/nhung.js),
 * read at build time so its integrity hash is always that of the file actually served.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { EmbedScript } from './widgets';

/** Where the script lives in the sources, and its path on the site. */
export const RESIZE_SCRIPT = { file: 'public/nhung/nhung.js', path: '/nhung/nhung.js' } as const;

/**
 * Subresource Integrity value of a file's bytes (SHA-384, base64), as browsers check it.
 * https://www.w3.org/TR/SRI/#the-integrity-attribute
 *
 * @example
 * subresourceIntegrity(Buffer.from('alert(1)')) // 'sha384-…'
 */
export function subresourceIntegrity(bytes: Uint8Array): string {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/**
 * The script as offered: absolute URL and SRI hash of the file's bytes.
 *
 * @example
 * resizeScript('https://h/dan-van/nhung/nhung.js').integrity // 'sha384-…'
 */
export function resizeScript(src: string, root = process.cwd()): EmbedScript {
  return { src, integrity: subresourceIntegrity(readFileSync(path.join(root, RESIZE_SCRIPT.file))) };
}
