import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { startStaticServer, type RunningServer } from '../../scripts/lib/static-server';

/** The two builds `npm test` makes: at the root, and under the portal's sub-path. */
export const BUILDS = {
  root: { dir: process.env.TEST_DIST ?? 'dist', base: '/' },
  sub: { dir: process.env.TEST_DIST_SUB ?? 'dist-sub', base: '/dan-van/' },
} as const;
export type BuildName = keyof typeof BUILDS;

/** Throw a clear message when a build is missing (the tests were run without `npm test`). */
export function requireBuild(name: BuildName): string {
  const dir = path.resolve(BUILDS[name].dir);
  if (!existsSync(path.join(dir, 'index.html'))) {
    throw new Error(`${dir} has no index.html: run \`npm test\` (it builds dist/ and dist-sub/ first).`);
  }
  return dir;
}

/** Serve one of the builds on a free port, only under its base path. */
export function serveBuild(
  name: BuildName,
  headers?: Record<string, string> | ((path: string) => Record<string, string>),
): Promise<RunningServer> {
  return startStaticServer({ root: requireBuild(name), base: BUILDS[name].base, ...(headers ? { headers } : {}) });
}

/**
 * Every public HTML file of a build, as paths relative to its folder (Pagefind's own UI files and
 * the staff editor quan-tri/, which is not a public page and has its own test, excluded).
 */
export async function listHtmlFiles(name: BuildName): Promise<string[]> {
  const dir = requireBuild(name);
  const entries = await readdir(dir, { recursive: true });
  return entries
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind') && !f.startsWith(`quan-tri${path.sep}`))
    .map((f) => f.split(path.sep).join('/'))
    .sort();
}

/** The URL path (under the base) of a built HTML file: `chi-thi/index.html` → `chi-thi/`. */
export function pagePath(file: string): string {
  return file === 'index.html' ? '' : file.replace(/index\.html$/, '');
}

/** Read a built file as text. */
export function readBuilt(name: BuildName, rel: string): Promise<string> {
  return readFile(path.join(requireBuild(name), rel), 'utf8');
}

/** An embeddable widget page (/nhung/…/): no site chrome, canonical is the full page, not in the sitemap. */
export function isEmbedPage(file: string): boolean {
  return file.startsWith('nhung/') && file !== 'nhung/index.html';
}

/** A printable poster (/in/…/): canonical is the online page, noindex, not in the sitemap (tests/site/posters.browser.test.ts). */
export function isPosterPage(file: string): boolean {
  return file.startsWith('in/');
}
