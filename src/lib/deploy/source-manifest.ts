import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The folders whose files the site is built from (besides code): what staff edit. */
export const SOURCE_DIRS = ['content', 'data'] as const;

export interface ManifestEntry {
  /** Path relative to the project root, with forward slashes. */
  path: string;
  sha256: string;
}

/**
 * SHA-256 of every file under the given folders, sorted by path: published on /du-lieu/ so anyone
 * can check that a rebuild uses the same sources (the build itself is byte-for-byte reproducible).
 *
 * @example
 * sourceManifest('.', ['data'])[0] // { path: 'data/dia-ban.yaml', sha256: '…' }
 */
export function sourceManifest(root: string, dirs: readonly string[] = SOURCE_DIRS): ManifestEntry[] {
  return dirs
    .flatMap((dir) =>
      readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/')),
    )
    .sort()
    .map((p) => ({ path: p, sha256: createHash('sha256').update(readFileSync(path.join(root, p))).digest('hex') }));
}

/**
 * The manifest in `sha256sum` format, checkable with `sha256sum -c` from the project root.
 *
 * @example
 * manifestText([{ path: 'data/a.json', sha256: 'ab' }]) // 'ab  data/a.json\n'
 */
export function manifestText(entries: readonly ManifestEntry[]): string {
  return entries.map((e) => `${e.sha256}  ${e.path}\n`).join('');
}
