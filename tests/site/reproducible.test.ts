import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * A verifiable build: building the same commit again, from a clean cache, gives a byte-identical
 * dist/ tree, so anyone can rebuild the published site and compare (the open-data manifest on
 * /du-lieu/ lists the data files' hashes for the same purpose).
 */
function tree(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort()
    .map(
      (f) =>
        `${createHash('sha256')
          .update(readFileSync(path.join(dir, f)))
          .digest('hex')}  ${f}`,
    );
}

/** A build from a clean cache (no content-layer store, no processed images), as on a fresh clone. */
function cleanBuild(outDir: string): string[] {
  rmSync('.astro', { recursive: true, force: true });
  rmSync('node_modules/.astro', { recursive: true, force: true });
  const run = spawnSync('npx', ['astro', 'build'], {
    encoding: 'utf8',
    env: { ...process.env, BASE_PATH: '/', OUT_DIR: outDir },
  });
  if (run.status !== 0) throw new Error(`astro build failed:\n${run.stderr.slice(-2000)}`);
  return tree(outDir);
}

describe('verifiable build', () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'dv-rebuild-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('two clean builds of the same sources are byte-identical', () => {
    const first = cleanBuild(path.join(tmp, 'a'));
    const second = cleanBuild(path.join(tmp, 'b'));
    expect(first.length).toBeGreaterThan(100);
    expect(second).toEqual(first);
  });
});
