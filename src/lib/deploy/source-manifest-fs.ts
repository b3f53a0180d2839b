/**
 * The public list of source files and their SHA-256 (/du-lieu/nguon-sha256sums.txt), read from disk
 * (the pure rules and the text are source-manifest.ts). It names only
 * files git tracks: a raw results sheet, private notes or an unfinished draft lying in content/ or
 * data/ of the machine that builds must not have even its name published.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { mayPublishWithoutGit, SOURCE_DIRS, type FileListSource, type ManifestEntry } from './source-manifest';

/**
 * The files under `dirs` that git tracks (sorted, forward slashes), or null when `root` is not a
 * git checkout or git is not installed.
 *
 * @example
 * gitTrackedFiles('.', ['data'])?.[0] // 'data/dia-ban.yaml'
 */
export function gitTrackedFiles(root: string, dirs: readonly string[]): string[] | null {
  const run = spawnSync('git', ['ls-files', '-z', '--cached', '--', ...dirs], { cwd: root, encoding: 'utf8' });
  if (run.error || run.status !== 0) return null;
  return (
    run.stdout
      .split('\0')
      .filter(Boolean)
      // A tracked file deleted in the working copy is not a source of this build.
      .filter((p) => existsSync(path.join(root, p)) && statSync(path.join(root, p)).isFile())
      .sort()
  );
}

/**
 * The fallback without git: every file under `dirs` except hidden ones, raw sheets and temporary
 * files (the patterns .gitignore keeps out of the repository).
 *
 * @example
 * folderFiles('.', ['data']).includes('data/ket-qua-2025.xlsx') // false
 */
export function folderFiles(root: string, dirs: readonly string[]): string[] {
  return dirs
    .filter((dir) => existsSync(path.join(root, dir)))
    .flatMap((dir) =>
      readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/')),
    )
    .filter(mayPublishWithoutGit)
    .sort();
}

/**
 * The source files to list: git's when there is git, else the cautious folder walk (and a warning
 * on the build's console, so whoever builds from a copy knows the list was not checked by git).
 *
 * @example
 * sourceFiles('.').source // 'git'
 */
export function sourceFiles(
  root: string,
  dirs: readonly string[] = SOURCE_DIRS,
  warn: (message: string) => void = console.warn,
): { files: string[]; source: FileListSource } {
  const tracked = gitTrackedFiles(root, dirs);
  if (tracked) return { files: tracked, source: 'git' };
  warn(
    `nguon-sha256sums.txt: không có git ở ${path.resolve(root)}, nên danh sách tệp nguồn lấy từ các thư mục ${dirs.join(', ')} ` +
      '(đã bỏ tệp ẩn, bảng điểm gốc .csv/.xlsx và tệp tạm). Hãy dựng trang từ một bản clone git để danh sách chỉ gồm tệp đã commit.',
  );
  return { files: folderFiles(root, dirs), source: 'folders' };
}

/**
 * SHA-256 of the source files under the given folders, sorted by path: published on /du-lieu/ so
 * anyone can check that a rebuild uses the same sources (the build itself is byte-for-byte
 * reproducible). Only git-tracked files are listed (see sourceFiles).
 *
 * @example
 * sourceManifest('.', ['data'])[0] // { path: 'data/dia-ban.yaml', sha256: '…' }
 */
export function sourceManifest(
  root: string,
  dirs: readonly string[] = SOURCE_DIRS,
  warn?: (message: string) => void,
): ManifestEntry[] {
  return sourceFiles(root, dirs, warn).files.map((p) => ({
    path: p,
    sha256: createHash('sha256')
      .update(readFileSync(path.join(root, p)))
      .digest('hex'),
  }));
}
