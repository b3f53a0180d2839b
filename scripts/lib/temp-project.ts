/**
 * A throw-away copy of the project for builds that must not touch the working tree (the scale
 * benchmark, the broken-story build test): sources copied, packages linked, Astro's cache
 * (node_modules/.astro) private to the copy.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const SKIP = new Set(['node_modules', '.git', 'reports', '.astro']);

/**
 * Copy `source` to a new temporary folder and return its path.
 *
 * @example
 * const dir = copyProject(process.cwd(), 'bench-stories-')
 */
export function copyProject(source: string, prefix: string): string {
  const work = mkdtempSync(path.join(tmpdir(), prefix));
  for (const entry of readdirSync(source)) {
    // Hidden files are tool state, not the site; others may come and go while we copy.
    if (SKIP.has(entry) || entry.startsWith('dist') || entry.startsWith('.')) continue;
    try {
      cpSync(path.join(source, entry), path.join(work, entry), { recursive: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  mkdirSync(path.join(work, 'node_modules'));
  for (const entry of readdirSync(path.join(source, 'node_modules'))) {
    if (entry === '.astro' || entry === '.vite') continue;
    symlinkSync(path.join(source, 'node_modules', entry), path.join(work, 'node_modules', entry));
  }
  return work;
}
