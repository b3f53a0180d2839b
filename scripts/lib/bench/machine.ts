/**
 * What a bench figure was measured on: the machine, Node, Chromium, and the versions the built
 * Astro blog starter was made with (read from its project folder, the parent of its dist/).
 */
import { readFile } from 'node:fs/promises';
import { availableParallelism, cpus, release, type } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';

/** CPU model, cores, OS, Node and Chromium versions. */
export function machineInfo(browser: Browser): {
  cpu: string;
  cores: number;
  os: string;
  node: string;
  chromium: string;
} {
  return {
    cpu: cpus()[0]?.model.trim() || 'unknown CPU',
    cores: availableParallelism(),
    os: `${type()} ${release()} ${process.arch}`,
    node: process.version,
    chromium: browser.version(),
  };
}

/** Packages of the starter whose versions the reference records. */
const STARTER_PACKAGES = ['astro', '@astrojs/mdx', '@astrojs/rss', '@astrojs/sitemap', 'sharp'] as const;

/**
 * The installed versions of the starter's packages (from `<project>/node_modules`) and where its
 * source came from (`<project>/STARTER_SOURCE`, one line, written when it was fetched).
 */
export async function starterVersions(
  distDir: string,
): Promise<{ source: string; astro: string; packages: Record<string, string> }> {
  const project = path.dirname(path.resolve(distDir));
  const packages: Record<string, string> = {};
  for (const name of STARTER_PACKAGES) {
    const json = await readFile(path.join(project, 'node_modules', name, 'package.json'), 'utf8').catch(() => null);
    packages[name] = json ? (JSON.parse(json) as { version: string }).version : 'not installed';
  }
  const source =
    (await readFile(path.join(project, 'STARTER_SOURCE'), 'utf8').catch(() => '')).trim() ||
    'withastro/astro examples/blog (commit not recorded: no STARTER_SOURCE file beside its package.json)';
  return { source, astro: packages.astro!, packages };
}
