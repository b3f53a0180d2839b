import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifestText, sourceManifest } from './source-manifest';

describe('sourceManifest', () => {
  it('hashes every file of the source folders, sorted, with forward-slash paths', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'dv-manifest-'));
    mkdirSync(path.join(root, 'data', 'results'), { recursive: true });
    mkdirSync(path.join(root, 'content'), { recursive: true });
    writeFileSync(path.join(root, 'data', 'results', '2025.json'), '{}');
    writeFileSync(path.join(root, 'data', 'a.yaml'), 'x: 1');
    writeFileSync(path.join(root, 'content', 'b.md'), '# B');
    const sha = (s: string) => createHash('sha256').update(s).digest('hex');
    expect(sourceManifest(root)).toEqual([
      { path: 'content/b.md', sha256: sha('# B') },
      { path: 'data/a.yaml', sha256: sha('x: 1') },
      { path: 'data/results/2025.json', sha256: sha('{}') },
    ]);
  });

  it('covers the real sources and writes sha256sum lines', () => {
    const entries = sourceManifest(process.cwd());
    expect(entries.map((e) => e.path)).toContain('content/van-ban/chi-thi-2022-02-21.md');
    expect(entries.some((e) => e.path.startsWith('data/results/'))).toBe(true);
    expect(manifestText(entries.slice(0, 1))).toMatch(/^[0-9a-f]{64} {2}\S+\n$/);
  });
});
