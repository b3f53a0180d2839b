import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifestText } from './source-manifest';
import { sourceFiles, sourceManifest } from './source-manifest-fs';

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

/** A project folder with tracked sources and, beside them, files git does not track. */
function project(git: boolean): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'dv-manifest-'));
  const files: Record<string, string> = {
    'content/b.md': '# B',
    'data/a.yaml': 'x: 1',
    'data/results/2025.json': '{}',
    '.gitignore': '*.xlsx\n*.csv\n!data/results/*.csv\n*.tmp\n',
  };
  for (const [f, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
    writeFileSync(path.join(root, f), text);
  }
  if (git) {
    const g = (...args: string[]) => spawnSync('git', args, { cwd: root, encoding: 'utf8' });
    g('init', '-q');
    g('add', '.');
  }
  // Not tracked: a raw sheet (ignored), private notes and a draft (untracked), a temporary file.
  const secret: Record<string, string> = {
    'data/ket-qua-2025-so-noi-vu.xlsx': 'raw',
    'data/ghi-chu-rieng.txt': 'private',
    'content/stories/ban-nhap-chua-dang/index.mdx': 'draft',
    'data/results/2025.json.4242.tmp': '{',
    'data/bang-diem-goc.csv': 'raw',
  };
  for (const [f, text] of Object.entries(secret)) {
    mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
    writeFileSync(path.join(root, f), text);
  }
  return root;
}

describe('sourceManifest', () => {
  it('lists only files git tracks, sorted, with forward-slash paths', () => {
    const root = project(true);
    expect(sourceManifest(root)).toEqual([
      { path: 'content/b.md', sha256: sha('# B') },
      { path: 'data/a.yaml', sha256: sha('x: 1') },
      { path: 'data/results/2025.json', sha256: sha('{}') },
    ]);
    rmSync(root, { recursive: true, force: true });
  });

  it('without git, walks the folders cautiously and says so', () => {
    const root = project(false);
    const warnings: string[] = [];
    const listed = sourceFiles(root, undefined, (m) => warnings.push(m));
    expect(listed.source).toBe('folders');
    // The untracked notes and draft cannot be told apart without git; raw sheets and temporary files can.
    expect(listed.files).toEqual([
      'content/b.md',
      'content/stories/ban-nhap-chua-dang/index.mdx',
      'data/a.yaml',
      'data/ghi-chu-rieng.txt',
      'data/results/2025.json',
    ]);
    expect(warnings).toEqual([expect.stringMatching(/không có git .* Hãy dựng trang từ một bản clone git/)]);
    rmSync(root, { recursive: true, force: true });
  });

  it('covers the real sources, all tracked, and writes sha256sum lines', () => {
    const entries = sourceManifest(process.cwd());
    const tracked = spawnSync('git', ['ls-files', 'content', 'data'], { encoding: 'utf8' }).stdout.trim().split('\n');
    expect(entries.map((e) => e.path)).toContain('content/van-ban/chi-thi-2022-02-21.md');
    expect(entries.some((e) => e.path.startsWith('data/results/'))).toBe(true);
    for (const e of entries) expect(tracked).toContain(e.path);
    expect(manifestText(entries.slice(0, 1))).toMatch(/^[0-9a-f]{64} {2}\S+\n$/);
  });
});
