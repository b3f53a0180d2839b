/**
 * The public list of source files and their SHA-256 (/du-lieu/nguon-sha256sums.txt), without the
 * file system: which folders count, which paths the fallback walk may never publish, and the
 * `sha256sum` text. Finding and hashing the files is source-manifest-fs.ts.
 */

/** The folders whose files the site is built from (besides code): what staff edit. */
export const SOURCE_DIRS = ['content', 'data'] as const;

export interface ManifestEntry {
  /** Path relative to the project root, with forward slashes. */
  path: string;
  sha256: string;
}

/** Where the file list came from: git's index, or (without git) a cautious walk of the folders. */
export type FileListSource = 'git' | 'folders';

/**
 * Without git (a copy of the sources, not a clone), the walk leaves out what .gitignore keeps out
 * of the repository and anything hidden, so the fallback can only list less than git would.
 */
const NEVER_PUBLISHED = [/(^|\/)\./, /(^|\/)raw\//, /\.(xlsx|xls|ods|tmp)$/i, /\.csv$/i];
const ALLOWED_CSV = /^data\/results\/[^/]+\.csv$/i;

/**
 * Whether the fallback walk (without git) may list a path: not hidden, not a raw sheet, not a
 * temporary file; a published year's CSV under data/results/ is allowed.
 *
 * @example
 * mayPublishWithoutGit('data/ket-qua-2025.xlsx') // false
 * mayPublishWithoutGit('data/results/2025.csv') // true
 */
export function mayPublishWithoutGit(p: string): boolean {
  return ALLOWED_CSV.test(p) || !NEVER_PUBLISHED.some((re) => re.test(p));
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
